package dev.precis.nlp.time;

import static dev.precis.nlp.time.TimeValues.date;
import static dev.precis.nlp.time.TimeValues.day;
import static dev.precis.nlp.time.TimeValues.month;
import static dev.precis.nlp.time.TimeValues.of;
import static dev.precis.nlp.time.TimeValues.week;
import static dev.precis.nlp.time.TimeValues.year;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last date a text named (its "reference time"): year, month (0 if unknown) and day (0 if
 * unknown), and where the expression that named it starts. "The previous day", "a month later", a
 * clock reading without a day of its own count from it. One instance per {@link Resolution}.
 */
final class ReferenceTime {

    private static final Pattern REFERENCE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

    private int year;
    private int month;
    private int day;
    /** Where the expression that set the reference time starts, -1 before any. */
    private int at = -1;

    /** Makes a resolved calendar value ({@code 1995}, {@code 1995-05}, {@code 1995-05-22…}) at {@code start} the reference. */
    void remember(String value, int start) {
        if (value == null || value.isEmpty() || !Character.isDigit(value.charAt(0))) {
            return;
        }
        Matcher m = REFERENCE.matcher(value);
        if (!m.matches()) {
            return;
        }
        at = start;
        year = Integer.parseInt(m.group(1));
        month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    }

    /** Whether the reference was named in {@code [from, before)} (the current sentence, before the expression). */
    boolean namedBetween(int from, int before) {
        return year != 0 && at >= from && at < before;
    }

    /** The full date last named, null when the text has named none down to the day. */
    LocalDate namedDate() {
        return day == 0 ? null : date(year, month, day);
    }

    /** That day of the month of the full date last named; null before any (or an invalid day). */
    Value dayOfMonth(int dayOfMonth) {
        if (day == 0) {
            return null;
        }
        LocalDate d = date(year, month, dayOfMonth);
        return of(d == null ? null : day(d), Granularity.DAY);
    }

    /**
     * {@code n} units from the reference time, when the text has named a date at least as precise as
     * the unit; otherwise null (the caller counts from the anchor).
     */
    Value shifted(int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (year == 0) {
            return null;
        }
        if (u.startsWith("year")) {
            return of(year(year + n), Granularity.YEAR);
        }
        if (u.startsWith("decade")) {
            return of(Integer.toString(year / 10 + n), Granularity.DECADE);
        }
        if (month == 0) {
            return null;
        }
        if (u.startsWith("month")) {
            LocalDate d = LocalDate.of(year, month, 1).plusMonths(n);
            return of(month(d.getYear(), d.getMonthValue()), Granularity.MONTH);
        }
        LocalDate d = namedDate();
        if (d == null) {
            return null;
        }
        if (u.startsWith("day")) {
            return of(day(d.plusDays(n)), Granularity.DAY);
        }
        if (u.startsWith("week")) {
            return of(week(d.plusWeeks(n)), Granularity.WEEK);
        }
        return null;
    }
}
