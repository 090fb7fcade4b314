package dev.precis.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words without which no time expression exists (a digit, a month or weekday, "year", "ago",
 * "now" …), grouped in kinds. Each rule is searched for only in the windows around the trigger words
 * of the kinds it needs: date rules around months, digits and weekdays, not around "year" alone. This keeps the many patterns cheap on ordinary text and
 * on long paragraphs. Immutable and thread-safe.
 */
final class Triggers {

    static final int DIGIT = 1;
    static final int MONTH = 1 << 1;
    static final int WEEKDAY = 1 << 2;
    static final int DEICTIC = 1 << 3;
    static final int REFERENCE = 1 << 4;
    static final int UNIT = 1 << 5;
    static final int SEASON = 1 << 6;
    static final int SPELLED = 1 << 7;
    static final int QUARTER_CODE = 1 << 8;
    /** A run of exactly four digits: every year, ISO date and decade rule needs one. */
    static final int YEAR4 = 1 << 9;
    /** A named day ("Christmas", "Thanksgiving Day"). */
    static final int HOLIDAY = 1 << 10;
    private static final int ALL = (1 << 11) - 1;

    /** How far an expression reaches beyond its trigger word. */
    static final int MARGIN = 60;


    /*
     * The trigger pattern finds word beginnings ("dec" in "decision", "mon" in "money"); a kind is
     * given only when the whole word is one the rules of that kind can match, so a window opened by
     * "market" is not searched for month rules. Each rule's needs (needsOf) name kinds of which its
     * every match contains a word: months and weekdays as the rules spell them (case-sensitive), the
     * other kinds as the word sets below.
     */
    private static final Pattern MONTH_WORD = Pattern.compile(TimeLexicon.MONTH);
    private static final Pattern WEEKDAY_WORD = Pattern.compile(TimeLexicon.WEEKDAY);
    private static final Pattern PERIOD_AFTER = Pattern.compile("\\s+(?:recent\\s+)?period\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DEICTIC_WORDS = Set.of("today", "tonight", "yesterday", "tomorrow", "night", "nights",
            "noon", "midday", "midnight", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "overnight");
    private static final Set<String> REFERENCE_WORDS = Set.of("now", "currently", "current", "present", "presently",
            "nowadays", "days", "recently", "recent", "lately", "past", "future", "near", "short", "soon", "previously",
            "formerly");
    private static final Set<String> UNIT_WORDS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months", "quarter",
            "quarters", "year", "years", "decade", "decades", "century", "centuries", "ago", "daily", "weekly", "monthly",
            "annually", "yearly", "hourly", "quarterly", "half");
    private static final Set<String> PERIOD_WORDS = Set.of("latest", "recent", "current", "comparable", "corresponding",
            "same", "most");
    /** Named days without "Day" in them (the others are found by "day"). */
    private static final Set<String> HOLIDAY_WORDS = Set.of("christmas", "thanksgiving", "easter", "halloween", "eid");
    private static final Set<String> SEASON_WORDS = Set.of("spring", "summer", "autumn", "fall", "winter");
    private static final String[] SPELLED_PREFIXES = {"nineteen", "two", "twenty", "thirties", "forties", "fifties",
        "sixties", "seventies", "eighties", "nineties"};

    private Triggers() {
    }

    /** The trigger words of a text: {start, end, kinds}. */
    static List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher[] matchers = TriggerWords.matchers();
        for (int[] t = TriggerWords.next(text, 0, matchers); t != null; t = TriggerWords.next(text, t[1], matchers)) {
            found.add(new int[] {t[0], t[1], kindOf(text, t[0], t[1])});
        }
        return found;
    }

    /**
     * The merged windows ({start, end}) around those triggers whose kinds meet {@code needs}: where a
     * rule with those needs can match.
     */
    static List<int[]> windows(List<int[]> triggers, int needs, int textLength) {
        List<int[]> windows = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] t : triggers) {
            if ((t[2] & needs) == 0) {
                continue;
            }
            int s = Math.max(0, t[0] - MARGIN);
            int e = Math.min(textLength, t[1] + MARGIN);
            if (s <= end) {
                end = Math.max(end, e);
            } else {
                if (start >= 0) {
                    windows.add(new int[] {start, end});
                }
                start = s;
                end = e;
            }
        }
        if (start >= 0) {
            windows.add(new int[] {start, end});
        }
        return windows;
    }

    /** Every kind the trigger word could stand for ("May" opens a month and is a verb; "dec" in "decision" none). */
    static int kindOf(String text, int start, int end) {
        char c = text.charAt(start);
        if (isAsciiDigit(c)) {
            return DIGIT | (fourDigitRun(text, start) ? YEAR4 : 0);
        }
        if ((c == 'q' || c == 'Q') && end - start == 2) {
            return QUARTER_CODE;
        }
        int spanEnd = end;
        while (spanEnd < text.length() && spanEnd < start + 20 && Character.isLetter(text.charAt(spanEnd))) {
            spanEnd++;
        }
        // a trigger may span words ("short term", "most recent period"): each word counts
        int kinds = 0;
        int i = start;
        while (i < spanEnd) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < spanEnd && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            kinds |= wordKinds(text, i, wordEnd);
            i = wordEnd;
        }
        return kinds;
    }

    private static int wordKinds(String text, int start, int end) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        int kinds = 0;
        // every month and weekday the rules spell begins with one of these capitals
        char first = text.charAt(start);
        // transparent: "12 Jun 2024" looks back at its day ("Jun" alone is a name)
        if ("JFMASOND".indexOf(first) >= 0
                && MONTH_WORD.matcher(text).useTransparentBounds(true).region(start, text.length()).lookingAt()) {
            kinds |= MONTH;
        }
        if ("MTWFS".indexOf(first) >= 0 && WEEKDAY_WORD.matcher(text).region(start, text.length()).lookingAt()) {
            kinds |= WEEKDAY;
        }
        if (DEICTIC_WORDS.contains(word)) {
            kinds |= DEICTIC;
        }
        if (REFERENCE_WORDS.contains(word)) {
            kinds |= REFERENCE;
        }
        if (UNIT_WORDS.contains(word) || PERIOD_WORDS.contains(word)
                && PERIOD_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            kinds |= UNIT;
        }
        if (HOLIDAY_WORDS.contains(word)) {
            kinds |= HOLIDAY;
        }
        if (SEASON_WORDS.contains(word)) {
            kinds |= SEASON;
        }
        for (String prefix : SPELLED_PREFIXES) {
            if (word.startsWith(prefix)) {
                kinds |= SPELLED;
                break;
            }
        }
        return kinds;
    }

    /** Whether the digit at {@code i} belongs to a run of exactly four ASCII digits. */
    private static boolean fourDigitRun(String text, int i) {
        int from = i;
        while (from > 0 && isAsciiDigit(text.charAt(from - 1))) {
            from--;
        }
        int to = i;
        while (to < text.length() && isAsciiDigit(text.charAt(to))) {
            to++;
        }
        return to - from == 4;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The kinds of trigger a rule's matches always contain (any one of them suffices). */
    static int needsOf(String rule) {
        return switch (rule) {
            case "iso", "dotted", "yearRange", "decade", "year", "yearPeriod" -> YEAR4;
            case "hShort" -> YEAR4;
            case "numeric", "shortDecade", "ordinalDay", "fiscalShort" -> DIGIT;
            case "andDay", "dayAnd", "monthDayRange", "dayMonthRange", "monthDay", "dayMonth", "monthRange", "monthYear", "monthRelYear",
                    "month", "monthSpelledYear", "spelledDay", "monthSpanQuarter" -> MONTH;
            case "season" -> SEASON;
            case "holiday" -> HOLIDAY | UNIT | WEEKDAY;
            case "qShort" -> QUARTER_CODE;
            case "weekday" -> WEEKDAY;
            case "deictic", "partOfDay", "overnight" -> DEICTIC;
            case "reference" -> REFERENCE;
            case "spelledYear", "decadeWord" -> SPELLED;
            case "clock" -> DIGIT | DEICTIC;
            case "clock24", "clockZone" -> DIGIT;
            case "halfUnit" -> UNIT;
            case "dayClock" -> WEEKDAY | MONTH | DEICTIC;
            case "halfYear" -> DIGIT | UNIT;
            case "quarter", "relYearQuarter", "relativeUnit", "relativeDay", "thatDay", "unitEnd", "withinUnit", "theYear", "unitBefore", "ago", "bareAgo", "inTime",
                    "duration", "vagueDuration", "weekend", "recurrence", "latestPeriod", "century", "unitLong", "unitsAhead",
                    "pastHourDay", "ofTheDecade", "nthDay", "copulaDay" -> UNIT;
            case "every" -> UNIT | DEICTIC;
            // a rule whose needs nobody has worked out runs in every window
            default -> ALL;
        };
    }
}
