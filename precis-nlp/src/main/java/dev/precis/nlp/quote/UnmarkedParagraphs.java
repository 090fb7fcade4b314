package dev.precis.nlp.quote;

/**
 * A quote opened in one paragraph and closed in a later one whose paragraphs open with no mark of their own ("“The
 * pumps ran all night.⏎⏎We will ask the province for help.”"): copy that breaks a quotation's paragraphs without the
 * news convention's reopening mark, or text taken from a page whose paragraphs were split inside a quote. For
 * {@link QuoteMarks}: the paragraphs after an opening mark left open belong to its quote when they hold no quotation
 * mark at all until the mark that closes it, shaped to close (after the words, before a space, a stop or the
 * paragraph's end), at most {@value #PARAGRAPHS} paragraph breaks on. A stray mark ("the new “premium plan costs
 * …") is followed by another opening mark or by no closing one, so it continues nothing. Stateless.
 */
final class UnmarkedParagraphs {

    /** The most paragraph breaks between the open paragraph and the closing mark. */
    private static final int PARAGRAPHS = 3;
    /** The longest stretch looked through for the closing mark. */
    private static final int REACH = 2500;

    private UnmarkedParagraphs() {
    }

    /**
     * Where the paragraph after the break at {@code breakAt} starts when it continues the quotation opened by the mark
     * {@code opening} (left open at the break), else -1: the paragraph opens with a letter or digit, and the text from it
     * holds no quotation mark before the closing mark of {@code opening}'s kind, shaped to close, within
     * {@value #PARAGRAPHS} paragraph breaks and {@value #REACH} characters.
     */
    static int continuation(String text, int breakAt, char opening) {
        int n = text.length();
        int p = breakAt;
        while (p < n && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        if (p >= n || !Character.isLetterOrDigit(text.charAt(p))) {
            return -1;
        }
        int breaks = 0;
        int end = Math.min(n, p + REACH);
        for (int i = p; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                if (++breaks > PARAGRAPHS - 1) {
                    return -1;
                }
                while (i + 1 < n && Character.isWhitespace(text.charAt(i + 1))) {
                    i++;
                }
                if (i + 1 < n && !Character.isLetterOrDigit(text.charAt(i + 1))) {
                    return -1; // a paragraph opening with a mark, a dash or a bracket is no plain continuation
                }
            } else if ("\"“”«»„「」『』".indexOf(c) >= 0) {
                return closes(opening, c) && closingShaped(text, i) ? p : -1;
            }
        }
        return -1;
    }

    private static boolean closes(char opening, char c) {
        return switch (opening) {
            case '“' -> c == '”';
            case '"' -> c == '"';
            case '«' -> c == '»';
            case '„' -> c == '“' || c == '”';
            case '「' -> c == '」';
            case '『' -> c == '』';
            default -> false;
        };
    }

    /** After a letter, digit or stop, before white space, the text's end or punctuation that is no letter. */
    private static boolean closingShaped(String text, int i) {
        char before = text.charAt(i - 1);
        if (!Character.isLetterOrDigit(before) && ".,!?…;:—–)".indexOf(before) < 0) {
            return false;
        }
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
