package dev.precis.model;

/**
 * One sentence of an article: its position in document order and its range into the text.
 * Immutable and thread-safe.
 *
 * @param index zero-based position among the article's sentences
 * @param range characters of the sentence, trimmed of surrounding white space
 */
public record Sentence(int index, TextRange range) {

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index " + index);
        }
    }

    /** The sentence's characters in {@code text}. */
    public String text(String text) {
        return range.slice(text);
    }
}
