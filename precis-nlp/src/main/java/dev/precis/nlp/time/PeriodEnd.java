package dev.precis.nlp.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a month or day without one that ends a reporting period: "the three months to March",
 * "the year to June 30", "the nine months ended September 30", "the half year through the end of
 * September". A period reported on in the past tense (or with "ended") is over by the anchor, so
 * its end is the latest such date on or before it ("sales in the six months to September fell",
 * read in August, is last September); one in the future tense ends after it ("exports will rise in
 * the year to March", read in August, is next March). With no tense only "ended" decides; "to",
 * "ending" and the rest are left to {@link Placement} ("expects losses in the six months to
 * October 31" is a forecast in the present). The length ("the three months", P3M)
 * stays its own expression, as TimeML marks it. Stateless.
 */
final class PeriodEnd {

    /** What comes before a period's end: its length or name, then "to", "ended", "ending", "through". */
    private static final Pattern BEFORE_END = Pattern.compile("\\b(?:months?|weeks?|year|quarter|half(?:[\\s-]year)?"
            + "|period)\\s+(to|ended|ending|through|until)\\s+(?:(?:the\\s+)?end\\s+(?:of\\s+)?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final int LOOK_BACK = 50;

    private PeriodEnd() {
    }

    /** Whether the current expression ends a reporting period. */
    static boolean endsPeriod(Resolution r) {
        return BEFORE_END.matcher(r.text).region(Math.max(0, r.start - LOOK_BACK), r.start).find();
    }

    /**
     * The year of the period's end {@code month} (and {@code dayOfMonth}, 0 for the month's last day),
     * or 0 when the expression ends no period or neither tense nor word decides.
     */
    static int year(Resolution r, int month, int dayOfMonth) {
        if (r.anchor == null) {
            return 0;
        }
        Matcher m = BEFORE_END.matcher(r.text).region(Math.max(0, r.start - LOOK_BACK), r.start);
        if (!m.find()) {
            return 0;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        Tense tense = r.tense();
        boolean over = tense == Tense.PAST || word.equals("ended") && tense != Tense.FUTURE;
        boolean ahead = tense == Tense.FUTURE && !word.equals("ended");
        if (!over && !ahead) {
            return 0;
        }
        LocalDate anchor = r.anchor;
        for (int shift = over ? 1 : -1; over ? shift >= -2 : shift <= 2; shift += over ? -1 : 1) {
            int year = anchor.getYear() + shift;
            LocalDate end = dayOfMonth > 0 ? TimeValues.date(year, month, dayOfMonth)
                    : LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth());
            if (end != null && (over ? !end.isAfter(anchor) : end.isAfter(anchor))) {
                return year;
            }
        }
        return 0;
    }
}
