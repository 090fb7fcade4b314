package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Periods named without a number: half years ("the second half of 2024" → {@code 2024-H2}), "the weekend" (the one the tense points to, {@code 2024-W11-WE}),
 * recurring units ("every month" → {@code P1M}, TimeML's set notation), decades in words ("the
 * nineties" → {@code 199}) and the reporting period of an earnings text ("the latest period" → the
 * quarter the text reports on). Thread-safe (stateless).
 */
final class PeriodRule {

    /** 1 first/second half, 2 first/last two quarters; then 3 a year, or 4 this/last/next year. */
    static final String HALF_YEAR = "\\b(?:the\\s+)?(?:(first|second|last|latter|back)[\\s-]+half|(first|last)\\s+two\\s+quarters)"
            + "(?:\\s+(?:of\\s+)?(?:((?:1[6-9]|20)\\d\\d)\\b|(this|last|next|the)\\s+year\\b)|\\b)";
    /** What follows a half that is no year's ("the first half of the match", "the first half hour", "half-time"). */
    private static final Pattern HALF_OF_SOMETHING = Pattern.compile("^(?:\\s+of\\b|[\\s-]+(?:an?|hour|time|century|decade"
            + "|inning|season|term|mile|point|dozen|million|billion|percent|per)\\b)");
    /** Words of business and economic reporting: a yearless "first half" among them is a year's half. */
    private static final Pattern YEAR_HALF_CONTEXT = Pattern.compile("\\b(?:profits?|loss(?:es)?|sales|revenues?|earnings"
            + "|results|growth|econom\\w*|output|prices|demand|dividends?|fiscal|financial|year|quarters?|GDP|inflation"
            + "|shares|turnover|margins?|income|exports|imports|production|spending|investment|orders|deliveries"
            + "|shipments|budget|deficit|unemployment)\\b", Pattern.CASE_INSENSITIVE);
    /** "the weekend", "this past weekend"; "on weekends" (after "on", "at" or "over") is the set of all of them. */
    static final String WEEKEND = "\\b(?:the|this\\s+past|this\\s+coming)\\s+weekend\\b|(?<=\\b(?:on|at|over)\\s)weekends\\b";
    /** 1 the unit; 2 a count or "other" for "every two years", "every other week", "every few months". */
    static final String EVERY = "\\b(?:each|every)\\s+(?:(other|second|third|few|two|three|four|five|six|seven|eight|nine|ten"
            + "|twelve|\\d{1,2}|half)\\s+)?(day|week|month|quarter|year|hour|minute|morning|afternoon|evening|night)s?\\b";
    /** A recurrence adverb: 1 the word ("held rallies almost daily", "revised annually"). */
    static final String RECURRENCE = "\\b(daily|weekly|monthly|quarterly|annually|yearly|hourly)\\b";
    /**
     * Words after "daily", "weekly" … that show the adverb ("rallied daily in the capital", "paid
     * annually since 1990"); before any other word it is an adjective or a newspaper ("daily volume",
     * "the weekly Der Spiegel"), which TimeML's annotators mostly leave unmarked.
     */
    private static final Pattern ADVERB_NEXT = Pattern.compile("|in|on|at|for|from|to|since|until|through|by|with"
            + "|and|or|but|as|during|over|throughout|thereafter|if|when|while|because|before|after|the|a|an"
            + "|this|that|these|those|its|their|his|her|our|now|again|instead|outside|inside|across|around|near"
            + "|under|into|against|among|between|along|up|down|out|off|online|there|here|so|too|than|because");
    private static final Pattern POSSESSIVE = Pattern.compile("my|your|his|her|its|our|their");
    static final String DECADE_WORD = "\\bthe\\s+(?:(early|mid|late)[\\s-]+)?(?:nineteen[\\s-]+)?(twenties|thirties|forties"
            + "|fifties|sixties|seventies|eighties|nineties)\\b";
    static final String LATEST_PERIOD = "\\b(?:the\\s+)?(latest|most\\s+recent|current|comparable|corresponding|same)"
            + "\\s+period\\b(\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year))?";

    /** "the '90s", "the mid-’80s": a decade with its century left out. */
    static final String SHORT_DECADE = "(?:\\bthe\\s+)?(?:(?:early|mid|late)[\\s-]+)?['’‘](\\d)0s\\b";

    private PeriodRule() {
    }

    /** "the second half of 2024" → {@code 2024-H2}; "the first two quarters of next year" → H1. */
    /** "H1 2025" → {@code 2025-H1}. */
    static Value halfShort(MatchResult m, Resolution r) {
        int year = TimeLexicon.year(m.group(2));
        return year < 0 ? null : TimeValues.of(TimeValues.year(year) + "-H" + m.group(1), Granularity.QUARTER);
    }

    static Value halfYear(MatchResult m, Resolution r) {
        String which = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        int half = which.equals("first") ? 1 : 2;
        int year;
        if (m.group(3) == null && m.group(4) == null) {
            return yearlessHalf(m, r, half);
        }
        if (m.group(3) != null) {
            year = Integer.parseInt(m.group(3));
        } else if (r.anchor == null) {
            return TimeValues.of(null, Granularity.QUARTER);
        } else {
            String rel = m.group(4).toLowerCase(Locale.ROOT);
            year = r.anchor.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
        }
        return TimeValues.of(TimeValues.year(year) + "-H" + half, Granularity.QUARTER);
    }

    /**
     * "profits rose in the first half", "first-half sales": a half with no year, read as TimeML values
     * it (the document's year or the one the tense points to) only in a sentence of business or economic
     * reporting, so that a match's or a film's "first half" stays no date. In a past or present clause
     * it is the latest such half begun by the anchor; in a future clause the one under way or the next
     * one to begin. "The back half", "the latter half", "the last half" are the second half (the business
     * context keeps "the last half of the meeting" out: "of" follows).
     */
    private static Value yearlessHalf(MatchResult m, Resolution r, int half) {
        if (m.group(2) != null
                || HALF_OF_SOMETHING.matcher(r.textAfter(m.end(), 20)).lookingAt()
                || !YEAR_HALF_CONTEXT.matcher(r.text).region(r.sentenceStart, r.sentenceEnd()).find()) {
            return null;
        }
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.QUARTER);
        }
        int current = r.anchor.getMonthValue() <= 6 ? 1 : 2;
        int year = r.anchor.getYear();
        if (PeriodTense.of(r) == Tense.FUTURE) {
            year += half < current ? 1 : 0;
        } else {
            year -= half > current ? 1 : 0;
        }
        return TimeValues.of(TimeValues.year(year) + "-H" + half, Granularity.QUARTER);
    }

    /** "over the weekend": the last weekend in a past clause, the next one in a future clause. */
    static Value weekend(MatchResult m, Resolution r) {
        String text = m.group().toLowerCase(Locale.ROOT);
        if (text.equals("weekends")) {
            return TimeValues.of("XXXX-WXX-WE", Granularity.WEEK); // "open on weekends": every weekend, a set
        }
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.WEEK);
        }
        DayOfWeek dow = r.anchor.getDayOfWeek();
        boolean onWeekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        LocalDate saturday;
        if (onWeekend) {
            saturday = r.anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        } else if (text.contains("coming") || r.tense() == Tense.FUTURE && !text.contains("past")) {
            saturday = r.anchor.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        } else {
            saturday = r.anchor.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        }
        return TimeValues.of(TimeValues.week(saturday) + "-WE", Granularity.WEEK);
    }

    static Value every(MatchResult m, Resolution r) {
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        boolean plural = m.group().toLowerCase(Locale.ROOT).endsWith("s");
        if (m.group(1) != null) {
            if (unit.matches("morning|afternoon|evening|night")) {
                return null; // "every other night": no length to give
            }
            // "every two years" P2Y, "every other week" P2W, "every few months" PXM (TimeML sets)
            String count = m.group(1).toLowerCase(Locale.ROOT);
            if (count.equals("half")) {
                // "every half hour" PT30M, "every half year" P6M: half of one unit, never of a plural
                return plural || !unit.matches("hour|year") ? null
                        : TimeValues.of(unit.equals("hour") ? "PT30M" : "P6M", Granularity.DURATION);
            }
            int n = switch (count) {
                case "other", "second" -> 2;
                case "third" -> 3;
                case "few" -> -1;
                default -> TimeLexicon.count(count);
            };
            boolean ordinal = count.equals("other") || count.equals("second") || count.equals("third");
            if (ordinal == plural || n == 0 || n == 1 && !ordinal) {
                return null; // "every second year", "every two years"; not "every two day", "every other days"
            }
            return TimeValues.of(TimeLexicon.duration(n, unit), Granularity.DURATION);
        }
        if (plural) {
            return null;
        }
        if (unit.matches("morning|afternoon|evening|night")) {
            // "each morning": a part of every day, TimeML's set XXXX-XX-XXTMO (as "every Monday night" is XXXX-WXX-1TNI)
            return TimeValues.of("XXXX-XX-XX" + TimeValues.partOfDay(unit), Granularity.TIME);
        }
        String value = switch (unit) {
            case "day" -> "P1D";
            case "week" -> "P1W";
            case "month" -> "P1M";
            case "quarter" -> "P1Q";
            case "hour" -> "PT1H";
            case "minute" -> "PT1M";
            default -> "P1Y";
        };
        return TimeValues.of(value, Granularity.DURATION);
    }

    /**
     * "daily", "weekly", "monthly", "annually", "yearly", "hourly" used as adverbs: TimeML's sets
     * ({@code P1D}, {@code P1W}, {@code P1M}, {@code P1Y}, {@code PT1H}); "annually" is always one.
     */
    static Value recurrence(MatchResult m, Resolution r) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        int next = m.end();
        while (next < r.text.length() && r.text.charAt(next) == ' ') {
            next++;
        }
        // a name or a number after it ("the party daily Granma", "daily 3 million barrels") is no adverb's
        boolean nameOrNumber = next < r.text.length() && (Character.isUpperCase(r.text.charAt(next))
                || Character.isDigit(r.text.charAt(next)));
        // "on a daily basis" is the adverb's meaning in a noun phrase
        boolean basis = r.nextWord(m.end()).equals("basis");
        if (r.capitalisedInside(m.start(1))) {
            return null; // "China Daily", "the Daily and Sunday Telegraph": a name
        }
        if (!word.equals("annually") && !basis && !routine(word, r)
                && (nameOrNumber || !ADVERB_NEXT.matcher(r.nextWord(m.end())).matches())) {
            return null;
        }
        String value = switch (word) {
            case "daily" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "hourly" -> "PT1H";
            case "quarterly" -> "P3M";
            default -> "P1Y";
        };
        return TimeValues.of(value, Granularity.DURATION);
    }

    /**
     * "daily", "weekly", "monthly" after a possessive name someone's routine ("in his weekly radio address",
     * "their daily lives"), which TimeML's annotators mark as the set; a company's "quarterly dividend" they
     * leave unmarked, so "quarterly" is not among them.
     */
    private static boolean routine(String word, Resolution r) {
        return (word.equals("daily") || word.equals("weekly") || word.equals("monthly"))
                && POSSESSIVE.matcher(r.previousWord()).matches();
    }

    /** "the nineties" → {@code 199}: the twentieth century's decade (the usual reading in news). */
    static Value decadeWord(MatchResult m, Resolution r) {
        int tens = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "twenties" -> 2;
            case "thirties" -> 3;
            case "forties" -> 4;
            case "fifties" -> 5;
            case "sixties" -> 6;
            case "seventies" -> 7;
            case "eighties" -> 8;
            default -> 9;
        };
        return TimeValues.of("19" + tens, Granularity.DECADE);
    }

    /**
     * "the '90s" → {@code 199}: the latest such decade begun by the publication year ("the '20s" is
     * the 1920s in 2013, the 2020s in 2024); without a date, the 2000s and 2010s, else the 1900s.
     */
    static Value shortDecade(MatchResult m, Resolution r) {
        int tens = m.group(1).charAt(0) - '0';
        int century = r.anchor != null ? (2000 + 10 * tens <= r.anchor.getYear() ? 20 : 19) : (tens <= 1 ? 20 : 19);
        return TimeValues.of(century + "" + tens, Granularity.DECADE);
    }

    /**
     * The quarter an earnings text reports on, or that quarter a year before ("the corresponding
     * period last year"); rejected when the text has named no quarter.
     */
    static Value latestPeriod(MatchResult m, Resolution r) {
        if (!r.hasQuarter()) {
            return null;
        }
        int yearShift = m.group(2) != null ? -1 : 0;
        return TimeValues.of(TimeValues.quarter(r.quarterYear() + yearShift, r.quarterNumber()), Granularity.QUARTER);
    }

    /** "last summer" → the previous year's SU, "every winter" → XXXX-WI; a bare "fall" is no season. */
    static Value season(MatchResult m, Resolution r) {
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String name = m.group(2).toLowerCase(Locale.ROOT);
        boolean withYear = m.group(3) != null || m.group(4) != null || m.group(5) != null;
        if (name.equals("fall") && mod.isEmpty() && !withYear) {
            return null;
        }
        if (name.equals("fall") && mod.equals("the") && !withYear
                && !r.previousWord().matches("in|during|this|by|until|since")) {
            return null;
        }
        String code = switch (name) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
        if ((mod.isEmpty() || mod.equals("the")) && !withYear && r.capitalisedInside(m.start(2))
                && (TitleWords.capitalisedBefore(r.text, m.start(2)) || TitleWords.capitalisedAfter(r.text, m.end(2)))) {
            return null; // "the Arab Spring", "the Winter Olympics": a name
        }
        if (mod.equals("each") || mod.equals("every")) {
            return TimeValues.of("XXXX-" + code, Granularity.SEASON); // a recurring season, as "every July"
        }
        String yearText = m.group(3) != null ? m.group(3) : m.group(4);
        if (yearText != null) {
            int year = TimeLexicon.year(yearText);
            return year < 0 ? null : TimeValues.of(TimeValues.year(year) + "-" + code, Granularity.SEASON);
        }
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.SEASON);
        }
        // "the spring of next year" counts from the year named after it, "last summer" from its modifier
        int year = r.anchor.getYear() + switch (m.group(5) != null ? m.group(5).toLowerCase(Locale.ROOT) : mod) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        if (m.group(5) == null && (mod.isEmpty() || mod.equals("the"))) {
            // "in the spring" is placed by its clause as a month is: "elections are expected in the spring"
            // (December) is next year's, "the plant closed in the winter" (August) the last winter begun
            int firstMonth = switch (code) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            LocalDate begins = LocalDate.of(year, firstMonth, 1);
            Tense tense = r.tense();
            if (tense == Tense.FUTURE && r.anchor.isAfter(begins.plusMonths(3).minusDays(1))) {
                year++;
            } else if (tense == Tense.PAST && r.anchor.isBefore(begins)) {
                year--;
            }
        }
        return TimeValues.of(year + "-" + code, Granularity.SEASON);
    }

    /** "the 1988 period": in a text reporting on a quarter, that quarter of 1988; otherwise the year. */
    static Value yearPeriod(MatchResult m, Resolution r) {
        int year = Integer.parseInt(m.group(1));
        if (r.comparesQuarters()) {
            return TimeValues.of(TimeValues.quarter(year, r.quarterNumber()), Granularity.QUARTER);
        }
        return TimeValues.of(TimeValues.year(year), Granularity.YEAR);
    }
}
