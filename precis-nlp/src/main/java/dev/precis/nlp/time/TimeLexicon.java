package dev.precis.nlp.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words of English time expressions: month and weekday names, number words, units. The regex
 * fragments here are shared by {@link TimeRules}; every lookup is locale-independent.
 * Immutable and thread-safe.
 */
final class TimeLexicon {

    /**
     * "Mar", "Jun", "Jul" without their full stop only inside a date ("Mar 12 2024", "12 Jun 2024", "on Jun
     * 12"): alone they are also a verb and names. A day without a year needs a preposition before the
     * month ("on Mar 3", "until Jun 12"), and the day must end there (no further digit, decimal, time or
     * "%", and no capitalised word right after it: "on Mar 3 Group shares" is a name's).
     */
    private static final String SHORT_NO_DOT = "(?:(?<=\\d\\s)(?:Mar|Jun|Jul)(?=,?\\s+(?:1[6-9]|20)\\d\\d(?!\\d))"
            + "|(?:Mar|Jun|Jul)(?=\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:1[6-9]|20)\\d\\d(?!\\d))"
            + "|(?<=\\b(?:on|by|from|until|till|since|before|after|through|to|and)\\s)(?:Mar|Jun|Jul)"
            + "(?=\\s(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\d%]|[.,:]\\d|\\s*[-–]?\\s*\\p{Lu})))";
    /** Capitalised month names and abbreviations (lower-case "may" and "march" are not months). */
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
            + "|DECEMBER|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?|" + SHORT_NO_DOT + ")(?![\\p{L}])";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)s?";
    static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety|hundred|a\\s+couple\\s+of|couple\\s+of|a\\s+few|several|a|an|few|many"
            + "|some|half\\s+a|a\\s+half)";
    /** A count: digits (with thousands separators: "2,000"), number words, "twenty four", "twenty-four". */
    static final String COUNT = "(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\\b|" + NUMBER_WORD + ")";
    static final String UNIT = "(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century"
            + "|centuries)";

    // compiled once: count() and year() run for every duration and spelled year found
    private static final Pattern SPACES = Pattern.compile("[\\s-]+");
    private static final Pattern GROUPED_DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{1,4}");

    private static final String ONES = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen)";
    private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    /**
     * A year in words, as broadcast transcripts write them: "nineteen ninety-four", "nineteen oh five",
     * "two thousand", "two thousand and one", "twenty twenty-two".
     */
    static final String SPELLED_YEAR = "(?:nineteen[\\s-]+(?:" + TENS + "(?:[\\s-]+" + ONES + ")?|" + TEENS
            + "|oh[\\s-]+" + ONES + ")|two\\s+thousand(?:(?:\\s+and)?\\s+(?:" + TENS + "(?:[\\s-]+" + ONES + ")?|"
            + TEENS + "|" + ONES + "))?|twenty[\\s-]+(?:" + TEENS + "|twenty(?:[\\s-]+" + ONES + ")?))(?![\\p{L}]|[\\s-]+"
            + "(?:hundred|thousand|million|billion|" + ONES + "\\b|" + TENS + "))";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a couple of", 2), Map.entry("couple of", 2));

    private TimeLexicon() {
    }

    /** Month 1–12 of a name or abbreviation, or 0. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        return switch (w.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }

    static DayOfWeek weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (w.startsWith(d.name().toLowerCase(Locale.ROOT).substring(0, 3))) {
                return d;
            }
        }
        return null;
    }

    /** The value of a count ("two", "24", "twenty-four", "a"), or -1 for vague counts ("several"). */
    static int count(String raw) {
        String w = SPACES.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        if (GROUPED_DIGITS.matcher(w).matches()) {
            w = w.replace(",", "");
        }
        if (DIGITS.matcher(w).matches()) {
            return w.length() > 6 ? -1 : Integer.parseInt(w);
        }
        if (DECIMAL.matcher(w).matches()) {
            return -1;
        }
        Integer direct = NUMBERS.get(w);
        if (direct != null) {
            return direct;
        }
        int space = w.indexOf(' ');
        if (space > 0) {
            Integer tens = NUMBERS.get(w.substring(0, space));
            Integer ones = NUMBERS.get(w.substring(space + 1));
            if (tens != null && ones != null && tens >= 20 && ones < 10) {
                return tens + ones;
            }
        }
        return -1;
    }

    /** The year of digits or of {@link #SPELLED_YEAR} words ("nineteen ninety-four" → 1994), or -1. */
    static int year(String text) {
        String w = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        if (YEAR_DIGITS.matcher(w).matches()) {
            return Integer.parseInt(w);
        }
        if (w.startsWith("two thousand")) {
            String rest = w.substring("two thousand".length()).replaceFirst("^ and ", " ").trim();
            int n = rest.isEmpty() ? 0 : count(rest);
            return n < 0 ? -1 : 2000 + n;
        }
        int space = w.indexOf(' ');
        if (space < 0) {
            return -1;
        }
        int century = count(w.substring(0, space));
        String rest = w.substring(space + 1);
        int n = rest.startsWith("oh ") ? count(rest.substring(3)) : count(rest);
        return century < 0 || n < 0 || n > 99 ? -1 : century * 100 + n;
    }

    /** ISO 8601 duration letter of a unit word, with its designator prefix ("PT" for clock units). */
    static String unitDesignator(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("sec")) {
            return "T:S";
        } else if (u.startsWith("min")) {
            return "T:M";
        } else if (u.startsWith("hour")) {
            return "T:H";
        } else if (u.startsWith("day")) {
            return ":D";
        } else if (u.startsWith("fortnight") || u.startsWith("week")) {
            return ":W";
        } else if (u.startsWith("month")) {
            return ":M";
        } else if (u.startsWith("quarter")) {
            return ":Q";
        } else if (u.startsWith("decade")) {
            return ":DE";
        } else if (u.startsWith("centur")) {
            return ":CE";
        }
        return ":Y";
    }

    /** The value of a written fraction ("1/2", "¾"), 0 for null. */
    static double fraction(String text) {
        if (text == null) {
            return 0;
        }
        return switch (text.strip()) {
            case "1/2", "½" -> 0.5;
            case "1/4", "¼" -> 0.25;
            case "3/4", "¾" -> 0.75;
            default -> 0;
        };
    }

    /**
     * A fractional duration: the remainder in the next smaller unit when it comes out whole ("2 1/2
     * years" → P2Y6M, "5 1/2 hours" → PT5H30M, "1.5 days" → P1DT12H), else a decimal ("P1.5W").
     */
    static String duration(double amount, String unit) {
        int whole = (int) Math.floor(amount);
        double rest = amount - whole;
        if (rest < 1e-9) {
            return duration(whole, unit);
        }
        String u = unit.toLowerCase(Locale.ROOT);
        // units written as multiples of others ("a decade and a half" is P15Y, as "two decades" is P20Y)
        if (u.startsWith("decade")) {
            return duration(amount * 10, "year");
        } else if (u.startsWith("centur")) {
            return duration(amount * 100, "year");
        } else if (u.startsWith("quarter")) {
            return duration(amount * 3, "month");
        } else if (u.startsWith("fortnight")) {
            return duration(amount * 2, "week");
        }
        String w = whole == 0 ? "" : Integer.toString(whole);
        double smaller;
        if (u.startsWith("year") && isWhole(smaller = rest * 12)) {
            return "P" + (w.isEmpty() ? "" : w + "Y") + (int) smaller + "M";
        } else if (u.startsWith("day") && isWhole(smaller = rest * 24)) {
            return "P" + (w.isEmpty() ? "" : w + "D") + "T" + (int) smaller + "H";
        } else if (u.startsWith("hour") && isWhole(smaller = rest * 60)) {
            return "PT" + (w.isEmpty() ? "" : w + "H") + (int) smaller + "M";
        } else if (u.startsWith("min") && isWhole(smaller = rest * 60)) {
            return "PT" + (w.isEmpty() ? "" : w + "M") + (int) smaller + "S";
        }
        String plain = duration(1, unit);
        String decimal = java.math.BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
        return plain.replaceFirst("\\d+", decimal);
    }

    private static boolean isWhole(double x) {
        return Math.abs(x - Math.rint(x)) < 1e-9;
    }

    /** "P6M", "PT24H", "PXY" (an unknown count), "P2W" for a fortnight. */
    static String duration(int n, String unit) {
        String d = unitDesignator(unit);
        int colon = d.indexOf(':');
        String prefix = "P" + d.substring(0, colon);
        String letter = d.substring(colon + 1);
        if (unit.toLowerCase(Locale.ROOT).startsWith("fortnight") && n > 0) {
            n *= 2;
        }
        String amount = n < 0 ? "X" : Integer.toString(n);
        return switch (letter) {
            case "Q" -> n < 0 ? prefix + "XQ" : prefix + (3 * n) + "M";
            case "DE" -> n < 0 ? prefix + "XDE" : prefix + (n * 10) + "Y";
            case "CE" -> n < 0 ? prefix + "XCE" : prefix + (n * 100) + "Y";
            default -> prefix + amount + letter;
        };
    }
}
