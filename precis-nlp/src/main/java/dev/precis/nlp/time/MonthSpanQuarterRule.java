package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.MatchResult;

/**
 * A quarter named by its months, as Japanese, Indian and other reports name fiscal periods: "the
 * April-June quarter", "the July–September period", "the October-December quarter of 2012". Only the
 * four calendar quarters are read (TimeML's 2013-Q2); three months across two of them ("the
 * February-April quarter") are left to the month rules. Without a year, the quarter under way or the
 * latest past one, the next one in a future clause
 * or, without a tense, when it is much nearer ({@link Placement#PAST_LEAN}).
 */
final class MonthSpanQuarterRule {

    private static final String M = "(?-i:" + TimeLexicon.MONTH + ")";
    /** Groups: 1 first month, 2 last month, 3 year. */
    static final String PATTERN = "(?:the\\s+)?(" + M + ")\\s?[-–/]\\s?(" + M + ")\\s+(?:quarter|period)\\b"
            + "(?:,?\\s+(?:of\\s+)?((?:19|20)\\d\\d)(?!\\d))?";

    private MonthSpanQuarterRule() {
    }

    static Value resolve(MatchResult m, Resolution r) {
        int first = TimeLexicon.month(m.group(1));
        int last = TimeLexicon.month(m.group(2));
        if (first < 1 || last != first + 2 || first % 3 != 1) {
            return null;
        }
        int q = (first - 1) / 3 + 1;
        if (m.group(3) != null) {
            return TimeValues.of(TimeValues.quarter(Integer.parseInt(m.group(3)), q), Granularity.QUARTER);
        }
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.QUARTER);
        }
        int year = r.anchor.getYear();
        LocalDate start = LocalDate.of(year, first, 1);
        LocalDate end = LocalDate.of(year, last, 1).with(TemporalAdjusters.lastDayOfMonth());
        if (r.tense() == Tense.FUTURE && end.isBefore(r.anchor)) {
            year++;
        } else if (r.tense() == Tense.PAST && start.isAfter(r.anchor)) {
            year--;
        } else if (r.tense() == Tense.UNKNOWN && start.isAfter(r.anchor)) {
            // still to come this year, or last year's: the past unless this year's is much nearer
            long ahead = start.toEpochDay() - r.anchor.toEpochDay();
            long back = r.anchor.toEpochDay() - end.minusYears(1).toEpochDay();
            year -= ahead + Placement.PAST_LEAN < back ? 0 : 1;
        }
        return TimeValues.of(TimeValues.quarter(year, q), Granularity.QUARTER);
    }
}
