package dev.precis.nlp.entity;

import java.util.List;

/**
 * A document as sentences of tokens, each token with its character range in the text.
 * Immutable after construction (the arrays are not copied: callers hand them over).
 *
 * @param text the document
 * @param tokens per sentence, the token strings
 * @param starts per sentence, each token's start offset in {@code text}
 * @param ends per sentence, each token's end offset in {@code text}
 */
public record TokenizedText(String text, List<String[]> tokens, List<int[]> starts, List<int[]> ends) {

    int sentenceCount() {
        return tokens.size();
    }

    String[] sentence(int s) {
        return tokens.get(s);
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
    String covered(int s, int from, int to) {
        return text.substring(starts.get(s)[from], ends.get(s)[to - 1]);
    }
}
