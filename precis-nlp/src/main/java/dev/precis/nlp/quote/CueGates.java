package dev.precis.nlp.quote;

/**
 * Cheap checks run before the frames of {@link FramedCredits} and {@link DocumentCredits}'s run-on credit: each is a
 * necessary condition of its pattern (whatever the pattern matches passes the check), read by index over the text
 * without a regular expression or an allocation, so most quotations never reach the pattern. Hand-written because the
 * patterns run for every quotation of every article: a gate that costs a few character reads keeps them off the
 * analysis time (quotes62). Stateless.
 */
final class CueGates {

    private CueGates() {
    }

    /** Whether {@code c} is a regular expression's {@code \s} (without the Unicode flag): space, tab, line breaks. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Where the text before {@code to} ends, after the spaces, one comma or colon and the spaces before it are passed
     * over (not before {@code from}): the end of the last word of "… said, " is at the "d".
     */
    static int endBeforePunctuation(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && space(s.charAt(i - 1))) {
            i--;
        }
        if (i > from && (s.charAt(i - 1) == ',' || s.charAt(i - 1) == ':')) {
            i--;
            while (i > from && space(s.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** Whether {@code s[from, to)}, past its trailing spaces, ends in a comma or colon: "… was asked by Tom Hale, ". */
    static boolean endsInCommaOrColon(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && space(s.charAt(i - 1))) {
            i--;
        }
        return i > from && (s.charAt(i - 1) == ',' || s.charAt(i - 1) == ':');
    }

    /**
     * Whether {@code s[from, end)} ends with one of {@code words} (ASCII letters, any case) with no letter right
     * before it.
     */
    static boolean endsWithWord(String s, int from, int end, String... words) {
        for (String w : words) {
            int start = end - w.length();
            if (start >= from && s.regionMatches(true, start, w, 0, w.length())
                    && (start == from || !Character.isLetter(s.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} holds any of {@code words} (any case), anywhere, even inside a longer word. */
    static boolean containsAny(String s, int from, int to, String... words) {
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            for (String w : words) {
                if (w.charAt(0) == c && i + w.length() <= to && s.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} holds {@code word} exactly (case as written), anywhere. */
    static boolean contains(String s, int from, int to, String word) {
        int last = to - word.length();
        for (int i = from; i <= last; i++) {
            if (s.charAt(i) == word.charAt(0) && s.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }
}
