package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The values time expressions resolve to, written as TimeML writes them: ISO 8601 days, months, years,
 * weeks and quarters, parts of day ({@code TMO}, {@code TNI} …), and the granularity of a unit word.
 * Stateless.
 */
final class TimeValues {

    private TimeValues() {
    }

    static Value of(String value, Granularity g) {
        return new Value(value, g);
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String month(int year, int month) {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int q) {
        return String.format(Locale.ROOT, "%04d-Q%d", year, q);
    }

    /** A valid date or null ("February 30" is not a date and must not throw). */
    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String partOfDay(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    /**
     * A point a count of weeks away ("in two weeks' time", "three weeks ago"). Such counts are
     * approximate: they place the event within about half a week either way, and a reader's calendar
     * has no name for a seven-day span that is not a calendar week. So the value is the smallest
     * calendar unit holding the whole span target ± 3 days: its month when the span lies inside one
     * month (31 January + two weeks → {@code 2022-02}), otherwise the ISO week of the target.
     */
    static Value approximateWeeks(LocalDate target) {
        LocalDate from = target.minusDays(3);
        LocalDate to = target.plusDays(3);
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return of(month(target.getYear(), target.getMonthValue()), Granularity.MONTH);
        }
        return of(week(target), Granularity.WEEK);
    }

    static Granularity granularityOf(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day") || u.startsWith("hour") || u.startsWith("min") || u.startsWith("sec")) {
            return Granularity.DAY;
        } else if (u.startsWith("week") || u.startsWith("fortnight")) {
            return Granularity.WEEK;
        } else if (u.startsWith("month")) {
            return Granularity.MONTH;
        } else if (u.startsWith("quarter")) {
            return Granularity.QUARTER;
        } else if (u.startsWith("decade")) {
            return Granularity.DECADE;
        } else if (u.startsWith("centur")) {
            return Granularity.CENTURY;
        }
        return Granularity.YEAR;
    }
}
