package dev.precis.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who said what: a quote's content, its speaker and the cue that attributes it.
 * Immutable and thread-safe.
 *
 * @param range the whole attribution (content, cue and speaker) in the article text
 * @param content the quoted or reported content, without its outer quotation marks; a quote interrupted by its
 *                attribution ("“A,” she said, “B.”") or carried into the next paragraph is one quote whose
 *                content runs from its first quoted word to its last, the words between included
 * @param kind direct or indirect
 * @param speaker the speaker's canonical name or description; null when unknown
 * @param speakerRange where the speaker is named in the text (may be a pronoun resolved elsewhere), or null
 * @param cue the attributing verb or phrase ("said", "according to"), or null
 */
public record Quote(TextRange range, TextRange content, QuoteKind kind, String speaker,
                    TextRange speakerRange, String cue) {

    /** A closing quotation mark, the attribution that interrupts the quote, and the mark that reopens it. */
    private static final Pattern INTERRUPTION = Pattern.compile("(?:([.!?])|[,;:])[”\"]\\s[^“”\"]{1,200}?[“\"]");
    /** A paragraph break inside a quote run over several paragraphs, each opened again by a quotation mark. */
    private static final Pattern REOPENED_PARAGRAPH = Pattern.compile("\\s*\\n\\s*[“\"]");
    /**
     * The same, in a text whose paragraphs were run together into one line: a mark opening a sentence after a full stop,
     * with no mark closing it later in the quote ("… in March. “Nobody …"); a quotation inside the quote closes.
     */
    private static final Pattern REJOINED_PARAGRAPH =
            Pattern.compile("([.!?…])\\s+[“\"](?=\\p{Lu}(?:[^“”\"]|[.!?…]\\s+[“\"]\\p{Lu})*$)");

    public Quote {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
    }

    /** The quoted words as a reader should see them: {@link #quotedWords} of the content in {@code text}. */
    public String words(String text) {
        return quotedWords(content.slice(text));
    }

    /**
     * A quote's content as shown to readers: the attribution that interrupts it becomes an ellipsis ("A,” she
     * said, “B." → "A … B."; a quotation inside the quote, with no punctuation before its closing mark, stays) and the paragraph breaks of a quote over several paragraphs a space (the mark reopening a
     * paragraph goes, also when the text lost its line breaks). The content
     * range itself still runs over both, as the {@code content} parameter says.
     */
    public static String quotedWords(String content) {
        if (content.indexOf('"') < 0 && content.indexOf('“') < 0 && content.indexOf('”') < 0) {
            return content;
        }
        String s = INTERRUPTION.matcher(content).replaceAll("$1 … ");
        s = REOPENED_PARAGRAPH.matcher(s).replaceAll(" ");
        return REJOINED_PARAGRAPH.matcher(s).replaceAll("$1 ");
    }
}
