package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.MatchResult;

/**
 * Periods named without a number: "the weekend" (the one the tense points to, {@code 2024-W11-WE}),
 * recurring units ("every month" → {@code P1M}, TimeML's set notation), decades in words ("the
 * nineties" → {@code 199}) and the reporting period of an earnings text ("the latest period" → the
 * quarter the text reports on). Thread-safe (stateless).
 */
final class PeriodRule {

    static final String WEEKEND = "\\b(?:the|this\\s+past|this\\s+coming)\\s+weekend\\b";
    static final String EVERY = "\\b(?:each|every)\\s+(day|week|month|quarter|year)\\b";
    static final String DECADE_WORD = "\\bthe\\s+(?:(early|mid|late)[\\s-]+)?(?:nineteen[\\s-]+)?(twenties|thirties|forties"
            + "|fifties|sixties|seventies|eighties|nineties)\\b";
    static final String LATEST_PERIOD = "\\b(?:the\\s+)?(latest|most\\s+recent|current|comparable|same)\\s+period\\b";

    private PeriodRule() {
    }

    /** "over the weekend": the last weekend in a past clause, the next one in a future clause. */
    static Value weekend(MatchResult m, Resolution r) {
        if (r.anchor == null) {
            return Resolution.of(null, Granularity.WEEK);
        }
        String text = m.group().toLowerCase(Locale.ROOT);
        DayOfWeek dow = r.anchor.getDayOfWeek();
        boolean onWeekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        LocalDate saturday;
        if (onWeekend) {
            saturday = r.anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        } else if (text.contains("coming") || r.tense == Tense.FUTURE && !text.contains("past")) {
            saturday = r.anchor.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        } else {
            saturday = r.anchor.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        }
        return Resolution.of(Resolution.week(saturday) + "-WE", Granularity.WEEK);
    }

    static Value every(MatchResult m, Resolution r) {
        String unit = m.group(1).toLowerCase(Locale.ROOT);
        String value = switch (unit) {
            case "day" -> "P1D";
            case "week" -> "P1W";
            case "month" -> "P1M";
            case "quarter" -> "P1Q";
            default -> "P1Y";
        };
        return Resolution.of(value, Granularity.DURATION);
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
        return Resolution.of("19" + tens, Granularity.DECADE);
    }

    /** The quarter an earnings text reports on; rejected when the text has named no quarter. */
    static Value latestPeriod(MatchResult m, Resolution r) {
        if (!r.hasQuarter()) {
            return null;
        }
        return Resolution.of(Resolution.quarter(r.quarterYear(), r.quarterNumber()), Granularity.QUARTER);
    }
}
