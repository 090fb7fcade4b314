package dev.precis.nlp.time;

import static dev.precis.nlp.time.TimeValues.date;
import static dev.precis.nlp.time.TimeValues.day;
import static dev.precis.nlp.time.TimeValues.of;
import static dev.precis.nlp.time.TimeValues.partOfDay;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Places a date the text gives only in part (a month and day without a year, a month, a day of the
 * month, a weekday) on the calendar: on the side of the publication date its clause's tense says,
 * within limits tuned on TimeBank and AQUAINT's first half.
 */
final class Placement {

    private static final long HALF_YEAR = 183;
    /**
     * How far back a past clause may place a date without a year: eight months ("He was last seen
     * Nov. 3" in May is last November). Further back, the same year's date is kept: without its year
     * a date is rarely much more than half a year old, and the tense cue is often another clause's.
     */
    private static final long PAST_REACH = 240;

    /**
     * By how many days a date after the anchor must be nearer than the one before it to be taken when no
     * tense decides (tuned on TimeBank and AQUAINT's first half: 60 changes nothing, 150 loses).
     */
    static final long PAST_LEAN = 100;

    private Placement() {
    }

    /**
     * Month and day without a year: with a known tense, the anchor's year unless the tense says the
     * other side of the anchor and the neighbouring year's date is within half a year ("said on
     * December 20" in a January article is last December), or eight months in a past clause ("last
     * seen Nov. 3" in a May article); without a tense, the occurrence nearer the anchor, leaning to the past ("payable
     * Jan. 2" in a November article is next January).
     */
    static Value monthDay(Resolution r, int month, int dayOfMonth) {
        LocalDate anchor = r.anchor;
        if (anchor == null) {
            return of(null, Granularity.DAY);
        }
        int endYear = PeriodEnd.year(r, month, dayOfMonth);
        if (endYear != 0) {
            // "the nine months ended September 30": a period over by the anchor, or one still to come
            LocalDate end = date(endYear, month, dayOfMonth);
            return of(end == null ? null : day(end), Granularity.DAY);
        }
        LocalDate same = date(anchor.getYear(), month, dayOfMonth);
        if (same == null) {
            return of(null, Granularity.DAY);
        }
        if (r.tense() == Tense.UNKNOWN) {
            LocalDate other = date(anchor.getYear() + (same.isAfter(anchor) ? -1 : 1), month, dayOfMonth);
            return of(day(nearer(anchor, same, other)), Granularity.DAY);
        }
        if (!fitsTense(r, same, same)) {
            LocalDate other = date(anchor.getYear() + (r.tense() == Tense.PAST ? -1 : 1), month, dayOfMonth);
            if (other != null && Math.abs(other.toEpochDay() - anchor.toEpochDay()) <= reach(r)) {
                return of(day(other), Granularity.DAY);
            }
        }
        return of(day(same), Granularity.DAY);
    }

    /**
     * "on the 20th": that day of the month of the full date the text last named ("took effect on 5 June
     * and was extended on the 10th"), else of the anchor's month, "of next month" or the tense moving it
     * a month ("was detained on the 28th" read on the 3rd is last month's).
     */
    static Value dayOfMonth(Resolution r, int dayOfMonth, String whichMonth) {
        Value named = whichMonth == null ? r.reference.dayOfMonth(dayOfMonth) : null;
        if (named != null) {
            return named;
        }
        LocalDate anchor = r.anchor;
        if (anchor == null) {
            return of(null, Granularity.DAY);
        }
        LocalDate first = anchor.withDayOfMonth(1);
        String w = whichMonth == null ? "" : whichMonth.toLowerCase(Locale.ROOT);
        if (w.equals("next") || w.isEmpty() && r.tense() == Tense.FUTURE && dayOfMonth < anchor.getDayOfMonth()) {
            first = first.plusMonths(1);
        } else if (w.equals("last") || w.isEmpty() && r.tense() == Tense.PAST && dayOfMonth > anchor.getDayOfMonth()) {
            first = first.minusMonths(1);
        }
        LocalDate d = date(first.getYear(), first.getMonthValue(), dayOfMonth);
        return of(d == null ? null : day(d), Granularity.DAY);
    }

    /** A month without a year, placed like {@link #monthDay}. */
    static int yearOfMonth(Resolution r, int month) {
        int endYear = PeriodEnd.year(r, month, 0);
        if (endYear != 0) {
            return endYear; // "the three months to March"
        }
        LocalDate anchor = r.anchor;
        LocalDate first = LocalDate.of(anchor.getYear(), month, 1);
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        if (r.tense() == Tense.UNKNOWN) {
            LocalDate middle = first.withDayOfMonth(15);
            LocalDate other = middle.plusYears(middle.isAfter(anchor) ? -1 : 1);
            return nearer(anchor, middle, other).getYear();
        }
        if (!fitsTense(r, first, last)) {
            int otherYear = anchor.getYear() + (r.tense() == Tense.PAST ? -1 : 1);
            LocalDate middle = LocalDate.of(otherYear, month, 15);
            if (Math.abs(middle.toEpochDay() - anchor.toEpochDay()) <= reach(r)) {
                return otherYear;
            }
        }
        return anchor.getYear();
    }

    /** A weekday: "last" looks back, "next" forward, otherwise the tense decides (past by default). */
    static Value weekday(Resolution r, DayOfWeek dow, String modifier, String partOfDay) {
        LocalDate anchor = r.anchor;
        if (anchor == null) {
            return of(null, Granularity.DAY);
        }
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        LocalDate d;
        switch (mod) {
            case "last", "past" -> d = anchor.with(TemporalAdjusters.previous(dow));
            case "previous" -> {
                // "down 4.5% from the previous Friday" is the one before the day the text last named,
                // as "the previous day" is (the publication date when it named none)
                LocalDate named = r.reference.namedDate();
                d = (named != null ? named : anchor).with(TemporalAdjusters.previous(dow));
            }
            case "next", "coming" -> d = anchor.with(TemporalAdjusters.next(dow));
            case "this" -> {
                d = anchor.with(dow);
                if (r.tense() == Tense.FUTURE && d.isBefore(anchor)) {
                    d = d.plusWeeks(1);
                }
            }
            default -> d = r.tense() == Tense.FUTURE
                    ? anchor.with(TemporalAdjusters.nextOrSame(dow))
                    : anchor.with(TemporalAdjusters.previousOrSame(dow));
        }
        if (partOfDay != null) {
            return of(day(d) + partOfDay(partOfDay), Granularity.TIME);
        }
        return of(day(d), Granularity.DAY);
    }

    /**
     * "Wednesday next week", "Friday of last week", "Monday this week": that day of the ISO week the
     * phrase names, whatever the tense ("on Wednesday" alone would be the coming one).
     */
    static Value weekdayOfWeek(Resolution r, DayOfWeek dow, String week, String partOfDay) {
        if (r.anchor == null) {
            return of(null, Granularity.DAY);
        }
        String w = week.toLowerCase(Locale.ROOT);
        LocalDate d = r.anchor.plusWeeks(w.equals("next") ? 1 : w.equals("last") ? -1 : 0).with(dow);
        return partOfDay != null ? of(day(d) + partOfDay(partOfDay), Granularity.TIME) : of(day(d), Granularity.DAY);
    }

    /** How far from the anchor the other year's date may be for the tense to move it there. */
    private static long reach(Resolution r) {
        return r.tense() == Tense.PAST ? PAST_REACH : HALF_YEAR;
    }

    /**
     * Of two candidate dates, the one nearer the anchor ({@code same}, the anchor's year, on a tie), with
     * a lean to the past ({@link #PAST_LEAN}) when they fall on either side of it.
     */
    private static LocalDate nearer(LocalDate anchor, LocalDate same, LocalDate other) {
        if (other == null) {
            return same;
        }
        long a = Math.abs(same.toEpochDay() - anchor.toEpochDay());
        long b = Math.abs(other.toEpochDay() - anchor.toEpochDay());
        // one before the anchor and one after: the earlier unless the later is much nearer (news without a
        // tense cue looks back: "rose to $42 in June from $29 in March" read in October is this March)
        if (other.isBefore(anchor) && same.isAfter(anchor)) {
            return b < a + PAST_LEAN ? other : same;
        }
        if (same.isBefore(anchor) && other.isAfter(anchor)) {
            return a < b + PAST_LEAN ? same : other;
        }
        return b + 7 < a ? other : same;
    }

    private static boolean fitsTense(Resolution r, LocalDate from, LocalDate to) {
        return switch (r.tense()) {
            case PAST -> !from.isAfter(r.anchor);
            case FUTURE -> !to.isBefore(r.anchor);
            case UNKNOWN -> true;
        };
    }
}
