package dev.precis.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words without which no time expression exists (a digit, a month or weekday, "year", "ago",
 * "now" …), grouped in kinds. The resolver scans only the windows around trigger words, and in each
 * window only the rules whose kind of trigger occurs there: a window that holds "year" but no digit,
 * month or weekday is not searched for dates. This keeps the many patterns cheap on ordinary text and
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

    /** How far an expression reaches beyond its trigger word. */
    static final int MARGIN = 60;

    private static final Pattern TRIGGER = Pattern.compile("\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
            + "|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|now|current|present|recent|lately|past"
            + "|future|soon|previous|formerly|day|week|fortnight|month|quarter|year|decade|centur|spring|summer|autumn"
            + "|fall|winter|second|minute|hour|night|noon|midday|midnight|morning|afternoon|evening|ago|q[1-4]\\b"
            + "|nineteen|two\\s+thousand|twenty[\\s-]+(?:twenty|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen)|thirties|forties|fifties|sixties|seventies|eighties|nineties"
            + "|(?:latest|recent|current|comparable|same|most\\s+recent)\\s+period|(?:near|short)\\s+term)",
            Pattern.CASE_INSENSITIVE);

    private static final String[][] KINDS = {
        {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
        {"mon", "tue", "wed", "thu", "fri", "sat", "sun"},
        {"today", "tonight", "yesterday", "tomorrow", "night", "noon", "midday", "midnight", "morning", "afternoon",
            "evening"},
        {"now", "current", "present", "recent", "lately", "past", "future", "soon", "previous", "formerly", "near",
            "short", "day"},
        {"day", "week", "fortnight", "month", "quarter", "year", "decade", "centur", "second", "minute", "hour", "ago",
            "latest", "recent", "current", "comparable", "same", "most"},
        {"spring", "summer", "autumn", "fall", "winter"},
        {"nineteen", "two", "twenty", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"},
    };
    private static final int[] KIND_BITS = {MONTH, WEEKDAY, DEICTIC, REFERENCE, UNIT, SEASON, SPELLED};

    private Triggers() {
    }

    /** Merged windows around trigger words: {start, end, kinds of the triggers inside}. */
    static List<int[]> regions(String text) {
        List<int[]> regions = new ArrayList<>();
        Matcher t = TRIGGER.matcher(text);
        int start = -1;
        int end = -1;
        int kinds = 0;
        while (t.find()) {
            int s = Math.max(0, t.start() - MARGIN);
            int e = Math.min(text.length(), t.end() + MARGIN);
            int kind = kindOf(text, t.start(), t.end());
            if (s <= end) {
                end = Math.max(end, e);
                kinds |= kind;
            } else {
                if (start >= 0) {
                    regions.add(new int[] {start, end, kinds});
                }
                start = s;
                end = e;
                kinds = kind;
            }
        }
        if (start >= 0) {
            regions.add(new int[] {start, end, kinds});
        }
        return regions;
    }

    /** Every kind the trigger word could stand for ("dec" may open "December" or "decade"). */
    static int kindOf(String text, int start, int end) {
        char c = text.charAt(start);
        if (c >= '0' && c <= '9' || Character.isDigit(c)) {
            return DIGIT;
        }
        if ((c == 'q' || c == 'Q') && end - start == 2) {
            return QUARTER_CODE;
        }
        int wordEnd = end;
        while (wordEnd < text.length() && wordEnd < start + 20 && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(start, wordEnd).toLowerCase(Locale.ROOT);
        int kinds = 0;
        for (int k = 0; k < KINDS.length; k++) {
            for (String prefix : KINDS[k]) {
                if (word.startsWith(prefix)) {
                    kinds |= KIND_BITS[k];
                    break;
                }
            }
        }
        return kinds;
    }

    /** The kinds of trigger a rule's matches always contain (any one of them suffices). */
    static int needsOf(String rule) {
        return switch (rule) {
            case "iso", "numeric", "yearRange", "decade", "year" -> DIGIT;
            case "monthDayRange", "dayMonthRange", "monthDay", "dayMonth", "monthRange", "monthYear", "monthRelYear",
                    "month", "monthSpelledYear" -> MONTH;
            case "season" -> SEASON;
            case "qShort" -> QUARTER_CODE;
            case "weekday" -> WEEKDAY;
            case "deictic", "partOfDay" -> DEICTIC;
            case "reference" -> REFERENCE;
            case "spelledYear", "decadeWord" -> SPELLED;
            case "clock" -> DIGIT | DEICTIC;
            case "dayClock" -> WEEKDAY | MONTH | DEICTIC;
            case "halfYear" -> DIGIT | UNIT;
            default -> UNIT;
        };
    }
}
