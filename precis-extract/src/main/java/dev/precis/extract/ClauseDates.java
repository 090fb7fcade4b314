package dev.precis.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence runs on after a date a page shows ("Schon am 3. Januar 2024 hatte der Rat …", "Le 3
 * janvier 2024, le conseil avait …", "On January 3, 2024, the council had …", "What the March 1, 2024 vote
 * means"): such a date is what the text talks about, not when it appeared, however short its block or near
 * the headline it stands. A meta line's date is followed by nothing, a separator, a clock time, a label ("…,
 * mis à jour le …") or a byline ("March 5, 2024 by Jane Doe"); a dateline's by a dash ("BERLIN, 12. Juli 2017
 * – Die Stadt …") or a full stop. Stateless.
 */
final class ClauseDates {

    private ClauseDates() {
    }

    /** The fewest words a clause after the date holds to be a sentence's, and how many of them start lowercase. */
    private static final int WORDS = 3;
    private static final int LOWERCASE = 2;

    /** A year's word after the date that belongs to it ("3 stycznia 2024 r.", "3 января 2024 года"). */
    private static final Pattern YEAR_WORD = Pattern.compile("[\\s\\u00a0]*(?:r\\.|roku|г\\.|года|год)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Where the clause after a date ends: a figure (a clock time), a separator or a dash ("12/07/2017 - Radweg"; a
     * hyphen inside a word is none), a bracket, a sentence's end.
     */
    private static final Pattern CLAUSE = Pattern.compile("(?:[^\\d|·•–—/:;()\\[\\].!?\\n-]|(?<=\\p{L})-(?=\\p{L}))*");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    /**
     * Words that open what follows a meta line's date rather than a sentence: a byline ("by", "von", "par",
     * "por", "di", "door", "przez", "от"), a section or a place ("in", "im", "dans", "en"), a clock written in
     * words ("um", "à", "at", "alle", "om", "às"); a clock in figures ends the clause before.
     */
    private static final Set<String> META_OPENERS = Set.of("by", "von", "par", "por", "di", "door", "przez", "от",
            "autorstwa", "in", "im", "dans", "en", "um", "à", "at", "alle", "om", "às");

    /**
     * True when a sentence continues after a date ending at {@code end} in {@code s}: on the same line, after
     * at most a comma, a clause of {@link #WORDS} words or more, {@link #LOWERCASE} of them lowercase (a
     * headline's title case too: "… Vote Means for the Bridge"), the first no meta line's opener, holding no
     * date label.
     */
    static boolean continues(CharSequence s, int end) {
        return continues(s, end, java.util.List.of());
    }

    /**
     * As {@link #continues(CharSequence, int)}, knowing where {@code links} stand in {@code s} ({start, end}
     * pairs in order): a clause whose words are half or more link text is no sentence but a list of links — a
     * post's tags or categories on its meta line ("25 March 2025 <a>Google algorithm</a>, <a>Holistic SEO</a>") —
     * while a sentence that links a few of its words still runs on.
     */
    static boolean continues(CharSequence s, int end, java.util.List<int[]> links) {
        int at = end;
        if (yearWordNext(s, end)) {
            Matcher year = YEAR_WORD.matcher(s).region(end, s.length());
            at = year.lookingAt() ? year.end() : end;
        }
        while (at < s.length() && (Character.isWhitespace(s.charAt(at)) && s.charAt(at) != '\n' || s.charAt(at) == ',')) {
            at++;
        }
        Matcher clause = CLAUSE.matcher(s).region(at, s.length());
        if (!clause.lookingAt()) {
            return false;
        }
        String text = clause.group();
        Matcher w = WORD.matcher(text);
        int words = 0;
        int lower = 0;
        int linked = 0;
        while (w.find()) {
            String word = w.group();
            linked += inLink(links, at + w.start()) ? 1 : 0;
            boolean lowercase = Character.isLowerCase(word.charAt(0));
            if (words == 0 && META_OPENERS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            words++;
            lower += lowercase ? 1 : 0;
        }
        return words >= WORDS && lower >= LOWERCASE && 2 * linked < words && DateLabels.before(text) == DateLabels.Kind.NONE;
    }

    /** True when the character at {@code pos} lies inside one of {@code links}. */
    private static boolean inLink(java.util.List<int[]> links, int pos) {
        for (int[] l : links) {
            if (l[0] > pos) {
                return false;
            }
            if (pos < l[1]) {
                return true;
            }
        }
        return false;
    }

    /** True when the first character after {@code end} and any space is a year word's ({@link #YEAR_WORD}): r or г. */
    private static boolean yearWordNext(CharSequence s, int end) {
        int at = end;
        while (at < s.length() && " \t\n\u000B\f\r\u00a0".indexOf(s.charAt(at)) >= 0) {
            at++;
        }
        return at < s.length() && "rRгГ".indexOf(s.charAt(at)) >= 0;
    }

    /** True when another of the {@code written} dates falls on {@code date}'s day: a day the text repeats. */
    static boolean repeated(java.util.List<WrittenDates.Found> written, WrittenDates.Found date) {
        for (WrittenDates.Found f : written) {
            if (f != date && f.date().equals(date.date())) {
                return true;
            }
        }
        return false;
    }
}
