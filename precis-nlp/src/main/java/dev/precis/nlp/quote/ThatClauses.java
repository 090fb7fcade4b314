package dev.precis.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a "verb … that" pattern ({@link RuleQuoteFinder#thatClause()}) in a text, the same
 * and in the same order as a find loop over the whole text gives them, but searched for only in the
 * few words before each "that". Every match ends in "that" between white space, and the words between
 * its verb and that "that" are at most three and are never "that" themselves, so a match lies inside
 * such a window.
 *
 * <p>Hand-written because the verb alternation, tried at every word of the text, was half of the quote
 * finder's time. Stateless and thread-safe.
 */
final class ThatClauses {

    /** Words walked back from "that": the verb (up to two words), three words between, and one spare. */
    private static final int WORDS_BACK = 6;

    private ThatClauses() {
    }

    static List<MatchResult> find(Pattern thatClause, String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = thatClause.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int lastEnd = 0;
        int n = text.length();
        for (int p = nextThat(text, 0); p >= 0; p = nextThat(text, p + 4)) {
            if (p < lastEnd) {
                continue;
            }
            int end = p + 4;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            m.region(Math.max(lastEnd, windowStart(text, p)), end);
            while (m.find()) {
                out.add(m.toMatchResult());
                lastEnd = m.end();
            }
        }
        return out;
    }

    /** The next "that" (any case) with white space on both sides, at or after {@code from}; -1 if none. */
    private static int nextThat(String text, int from) {
        int n = text.length();
        for (int i = Math.max(from, 1); i + 4 < n; i++) {
            char c = text.charAt(i);
            if ((c == 't' || c == 'T') && isSpace(text.charAt(i - 1)) && isSpace(text.charAt(i + 4))
                    && (text.charAt(i + 1) | 0x20) == 'h' && (text.charAt(i + 2) | 0x20) == 'a'
                    && (text.charAt(i + 3) | 0x20) == 't') {
                return i;
            }
        }
        return -1;
    }

    /** Where the window before the "that" at {@code p} starts: {@link #WORDS_BACK} words back, fewer at punctuation. */
    private static int windowStart(String text, int p) {
        int i = p;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == ',') {
            i--;
        }
        for (int word = 0; word < WORDS_BACK; word++) {
            int j = i;
            while (j > 0 && isSpace(text.charAt(j - 1))) {
                j--;
            }
            int wordEnd = j;
            while (j > 0 && isWordChar(text.charAt(j - 1))) {
                j--;
            }
            if (j == wordEnd) {
                break;
            }
            i = j;
        }
        return i;
    }

    /** {@code \s} as the pattern reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The characters of the pattern's words, {@code [\p{L}'’-]}. */
    private static boolean isWordChar(char c) {
        // a surrogate may be half of a letter: counting it keeps the window wide enough
        return Character.isLetter(c) || Character.isSurrogate(c) || c == '\'' || c == '’' || c == '-';
    }
}
