package dev.precis.nlp.quote;

/**
 * Quotation marks set with a space inside them, as some copy and every tokenised text sets them ("“ We will stay , ”
 * she said", "„ … “", "« … »", and straight ones: "\" We will stay , \" she said"): the space moves outside the mark,
 * one character for one so ranges hold, and the quotation then reads as one typed tight — its words open right after
 * the mark and its comma closes right before it, where the credits look. A straight mark with a space on both sides
 * opens or closes by its place among the straight marks of its paragraph (the first opens, the second closes, …), and
 * only in a text that sets its straight marks spaced (two in three at least).
 * Stateless.
 */
final class SpacedMarks {

    private SpacedMarks() {
    }

    /** The text with a space inside an opening mark moved before it and one inside a closing mark moved after it. */
    static String tightened(String text) {
        char[] out = null;
        int n = text.length();
        boolean straightSpaced = straightMarksSpaced(text);
        int straight = 0; // straight marks met in the paragraph
        boolean low = false; // a „ open in the paragraph, which “ closes
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    straight = 0;
                    low = false;
                }
                continue;
            }
            boolean opening;
            if (c == '"') {
                straight++;
                if (!straightSpaced) {
                    continue;
                }
                if (!(i == 0 || Character.isWhitespace(text.charAt(i - 1))) || !(i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))
                        || !spaced(text, i - 1) && !spaced(text, i + 1)) {
                    continue; // a straight mark is spaced when white space stands on both sides and a space on one
                }
                opening = straight % 2 == 1;
            } else if (c == '“' && low) {
                // „…“: the high mark closes after the low one (German and Central European copy)
                low = false;
                opening = false;
            } else if (c == '“' || c == '„' || c == '«') {
                low = c == '„';
                opening = true;
            } else if (c == '”' || c == '»') {
                opening = false;
            } else {
                continue;
            }
            if (opening && spaced(text, i + 1) && i + 2 < n && Character.isLetterOrDigit(text.charAt(i + 2))
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-:".indexOf(text.charAt(i - 1)) >= 0)) {
                out = out == null ? text.toCharArray() : out;
                out[i] = text.charAt(i + 1);
                out[i + 1] = c;
                i++;
            } else if (!opening && spaced(text, i - 1) && i >= 2 && !Character.isWhitespace(text.charAt(i - 2))
                    && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)) || ".,;:!?)".indexOf(text.charAt(i + 1)) >= 0)
                    && (out == null || out[i - 1] == ' ' || out[i - 1] == '\u00a0')) {
                out = out == null ? text.toCharArray() : out;
                out[i] = text.charAt(i - 1);
                out[i - 1] = c;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Whether the text sets its straight marks spaced: two or more, and at least two in three of them with white space
     * (or the text's edge) on both sides. Only then is a straight mark's direction read from its place among the others;
     * in a text that types them tight, a spaced one is left as it is (a stray or an unclosed mark earlier would turn the
     * count inside out).
     */
    private static boolean straightMarksSpaced(String text) {
        int count = 0;
        int spaced = 0;
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
            count++;
            spaced += (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1))) ? 1 : 0;
        }
        return spaced >= 2 && 3 * spaced >= 2 * count;
    }

    /** Whether the character at {@code i} is a space (plain or no-break) inside the text. */
    private static boolean spaced(String text, int i) {
        return i >= 0 && i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0');
    }
}
