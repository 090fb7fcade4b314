package dev.precis.nlp.quote;

/**
 * Text whose paragraphs were run together into one line (a feed or extraction that turned every line break into a
 * space): the paragraph starts that quotes depend on are restored where a quotation opens after a finished
 * sentence ("… on Tuesday. “We will not pay,” she said."), the space before its opening mark read as a line break,
 * one character for one so ranges hold. The line-start rules (a quote opening its paragraph, a paragraph left open
 * and continued by the next, a credit in the paragraph before ending in a colon) then see the quote as they would
 * in the paragraphed text. Only a text of some length with no line break at all is touched. Stateless.
 */
final class JoinedParagraphs {

    /** Shorter one-line texts are a headline or a snippet, not joined paragraphs. */
    private static final int MIN_LENGTH = 400;

    private JoinedParagraphs() {
    }

    /** The text with a line break before each quotation that opens after a sentence's end; unchanged when it has line breaks. */
    static String restored(String text) {
        int n = text.length();
        if (n < MIN_LENGTH || text.indexOf('\n') >= 0) {
            return text;
        }
        StringBuilder out = null;
        for (int i = 2; i + 1 < n; i++) {
            char c = text.charAt(i);
            if ((c == '“' || c == '"' || c == '«') && text.charAt(i - 1) == ' ' && Character.isLetterOrDigit(text.charAt(i + 1))
                    && sentenceEndsAt(text, i - 2)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i - 1, '\n');
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether a sentence ends at {@code at}: a full stop, question or exclamation mark, perhaps followed by a closing mark. */
    private static boolean sentenceEndsAt(String text, int at) {
        char c = text.charAt(at);
        if (!(c == '”' || c == '"' || c == '»') || at == 0) {
            return false; // a quotation after a sentence of narration may be its paragraph's own ("He was blunt. “No.”")
        }
        c = text.charAt(at - 1);
        return c == '.' || c == '?' || c == '!';
    }
}
