package dev.precis.server;

/**
 * Where a source left out the space after a comma or a sentence stop ("the Party,said", "was dangerous.The
 * minister"), so that a reader's page can show one. Only what is shown changes: the stored text, and every offset
 * and range into it, stays as the source wrote it. Stateless.
 *
 * <p>A space is missing after a comma or semicolon between two Latin letters ("Party,said"; not "1,000", not
 * "3,a" in a list of figures) and after a full stop, question or exclamation mark that ends a lower-case word of
 * two letters or more and is followed by a capital and a lower-case letter ("dangerous.The"; not "U.S.", not
 * "Amazon.com", not "a.m."). Nothing inside an address ("www.", "://", "@", "/") is touched.
 */
public final class MissingSpaces {

    private MissingSpaces() {
    }

    /** Whether a space is missing right after the character at {@code i} of {@code text}. */
    public static boolean after(CharSequence text, int i) {
        if (i < 1 || i + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        boolean missing;
        if (c == ',' || c == ';') {
            missing = latin(text.charAt(i - 1)) && latin(text.charAt(i + 1));
        } else if (c == '.' || c == '?' || c == '!') {
            missing = i >= 2 && i + 2 < text.length() && lowerLatin(text.charAt(i - 1)) && lowerLatin(text.charAt(i - 2))
                    && latin(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(i + 1)) && lowerLatin(text.charAt(i + 2));
        } else {
            return false;
        }
        return missing && !inAddress(text, i);
    }

    /** {@code s} as shown: a space put in wherever {@link #after} says one is missing. */
    public static String mend(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            if (after(s, i)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i + 1);
                } else {
                    out.append(s.charAt(i));
                }
                out.append(' ');
            } else if (out != null) {
                out.append(s.charAt(i));
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean latin(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean lowerLatin(char c) {
        return latin(c) && Character.isLowerCase(c);
    }

    /** Whether the run of non-space characters around {@code i} is an address or a path. */
    private static boolean inAddress(CharSequence text, int i) {
        int from = i;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = i;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        String word = text.subSequence(from, to).toString();
        return word.contains("://") || word.contains("www.") || word.indexOf('@') >= 0 || word.indexOf('/') >= 0;
    }
}
