package dev.precis.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds trigger words in a text as {@link #PATTERN} would, left to right without overlap, but
 * faster: a digit is a trigger by itself, and at the start of a word only the alternatives that begin
 * with the word's first letter are tried, in the pattern's order.
 *
 * <p>Hand-written because the one regular expression spends most of the resolver's scanning time
 * trying all the alternatives, case-insensitively, at every word start; the matches are the same
 * (checked against the pattern in the tests). Immutable and thread-safe.
 */
final class TriggerWords {

    private static final String[] ALTERNATIVES = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "today", "tonight", "yesterday", "tomorrow", "now", "current",
        "present", "recent", "lately", "past", "future", "soon", "previous", "formerly", "day", "week", "fortnight",
        "month", "quarter", "half", "year", "decade", "centur", "spring", "summer", "autumn", "fall", "winter", "second",
        "minute", "hour", "night", "noon", "midday", "midnight", "morning", "afternoon", "evening", "overnight", "ago", "q[1-4]\\b",
        "nineteen", "two\\s+thousand", "twenty[\\s-]+(?:twenty|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen)", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
        "nineties", "(?:latest|recent|current|comparable|corresponding|same|most\\s+recent)\\s+period", "(?:near|short)\\s+term",
        "christmas", "thanksgiving", "easter", "halloween", "eid", "daily", "annually",
    };

    /** The trigger words as one regular expression: what {@link #next} finds. */
    static final Pattern PATTERN = Pattern.compile("\\d|\\b(?:" + String.join("|", ALTERNATIVES) + ")",
            Pattern.CASE_INSENSITIVE);

    /**
     * One alternative: a literal its matches begin with, and the whole alternative as a pattern when
     * the literal is not all of it.
     */
    private record Alternative(String literal, Pattern whole, int index) {
    }

    /** How many alternatives have a pattern ({@link Alternative#index} numbers them). */
    private static int patterns;
    /** Alternatives by the lower-case ASCII letter they begin with, in the pattern's order. */
    private static final Alternative[][] BY_LETTER = byLetter();

    private TriggerWords() {
    }

    private static Alternative[][] byLetter() {
        List<List<Alternative>> lists = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            lists.add(new ArrayList<>());
        }
        for (String alternative : ALTERNATIVES) {
            if (alternative.startsWith("(?:")) {
                // a group of literal heads followed by a common tail: one entry per head, in order
                int close = alternative.indexOf(')');
                String tail = alternative.substring(close + 1);
                for (String head : alternative.substring(3, close).split("\\|")) {
                    add(lists, literalPrefix(head), Pattern.compile(head + tail, Pattern.CASE_INSENSITIVE));
                }
            } else {
                String literal = literalPrefix(alternative);
                add(lists, literal, literal.equals(alternative) ? null
                        : Pattern.compile(alternative, Pattern.CASE_INSENSITIVE));
            }
        }
        Alternative[][] out = new Alternative[26][];
        for (int i = 0; i < 26; i++) {
            out[i] = lists.get(i).toArray(Alternative[]::new);
        }
        return out;
    }

    private static void add(List<List<Alternative>> lists, String literal, Pattern whole) {
        lists.get(literal.charAt(0) - 'a').add(new Alternative(literal, whole, whole == null ? -1 : patterns++));
    }

    /** The leading letters of an alternative, up to its first regular-expression syntax. */
    private static String literalPrefix(String alternative) {
        int i = 0;
        while (i < alternative.length() && Character.isLetter(alternative.charAt(i))) {
            i++;
        }
        return alternative.substring(0, i).toLowerCase(Locale.ROOT);
    }

    /** The next trigger at or after {@code from} as {start, end}, or null when there is none. */
    static int[] next(String text, int from) {
        return next(text, from, matchers());
    }

    /** Room for the matchers {@link #next(String, int, Matcher[])} makes for one text and reuses. */
    static Matcher[] matchers() {
        return new Matcher[patterns];
    }

    /** As {@link #next(String, int)}, with the matchers of earlier calls on the same text. */
    static int[] next(String text, int from, Matcher[] matchers) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return new int[] {i, i + 1};
            }
            int letter = (c | 0x20) - 'a';
            if (letter < 0 || letter >= 26 || c > 'z' || wordBefore(text, i)) {
                continue;
            }
            for (Alternative a : BY_LETTER[letter]) {
                if (!startsWithIgnoreAsciiCase(text, i, a.literal())) {
                    continue;
                }
                if (a.whole() == null) {
                    return new int[] {i, i + a.literal().length()};
                }
                Matcher m = matchers[a.index()];
                if (m == null) {
                    m = a.whole().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[a.index()] = m;
                }
                if (m.region(i, n).lookingAt()) {
                    return new int[] {i, m.end()};
                }
            }
        }
        return null;
    }

    private static boolean startsWithIgnoreAsciiCase(String text, int at, String lower) {
        if (at + lower.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(at + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c | 0x20);
            }
            if (c != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the character before {@code i} is a word character, as {@code \b} decides it. */
    private static boolean wordBefore(String text, int i) {
        if (i > 0 && text.charAt(i - 1) < 0x80) {
            // ASCII (no combining mark): the letters, digits and "_" without the Unicode tables
            char c = text.charAt(i - 1);
            return c == '_' || c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        int j = i - 1;
        // a combining mark belongs to the word of the character it marks
        while (j >= 0 && Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char c = text.charAt(j);
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
