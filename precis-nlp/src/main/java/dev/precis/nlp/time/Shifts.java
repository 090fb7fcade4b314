package dev.precis.nlp.time;

import static dev.precis.nlp.time.TimeValues.day;
import static dev.precis.nlp.time.TimeValues.granularityOf;
import static dev.precis.nlp.time.TimeValues.month;
import static dev.precis.nlp.time.TimeValues.of;
import static dev.precis.nlp.time.TimeValues.quarter;
import static dev.precis.nlp.time.TimeValues.week;
import static dev.precis.nlp.time.TimeValues.year;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.LocalDate;
import java.util.Locale;

/** Dates counted from the publication date: "next month", "two years ago", "a year earlier". */
final class Shifts {

    private Shifts() {
    }

    /**
     * "A year earlier": the same quarter a year before when the text talks in quarters, unless its
     * clause reports on a longer period ("For the nine months, net rose … from $2 million a year
     * earlier" compares with the year before, not with its third quarter).
     */
    static Value yearBefore(Resolution r) {
        if (r.comparesQuarters()) {
            return of(quarter(r.quarterYear() - 1, r.quarterNumber()), Granularity.QUARTER);
        }
        return shifted(r, -1, "year");
    }

    /** The anchor shifted by {@code n} units, at that unit's granularity. */
    static Value shifted(Resolution r, int n, String unit) {
        LocalDate anchor = r.anchor;
        if (anchor == null) {
            return of(null, granularityOf(unit));
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day")) {
            return of(day(anchor.plusDays(n)), Granularity.DAY);
        } else if (u.startsWith("weekend")) {
            return of(week(anchor.plusWeeks(n)) + "-WE", Granularity.WEEK);
        } else if (u.startsWith("week") || u.startsWith("fortnight")) {
            return of(week(anchor.plusWeeks(u.startsWith("f") ? 2L * n : n)), Granularity.WEEK);
        } else if (u.startsWith("month")) {
            LocalDate d = anchor.plusMonths(n);
            return of(month(d.getYear(), d.getMonthValue()), Granularity.MONTH);
        } else if (u.startsWith("quarter")) {
            LocalDate d = anchor.plusMonths(3L * n);
            return of(quarter(d.getYear(), (d.getMonthValue() + 2) / 3), Granularity.QUARTER);
        } else if (u.startsWith("decade")) {
            return of(Integer.toString(anchor.getYear() / 10 + n), Granularity.DECADE);
        } else if (u.startsWith("centur")) {
            return of(Integer.toString(anchor.getYear() / 100 + n), Granularity.CENTURY);
        } else if (u.startsWith("hour") || u.startsWith("min") || u.startsWith("sec")) {
            return of(day(anchor), Granularity.DAY);
        }
        return of(year(anchor.getYear() + n), Granularity.YEAR);
    }
}
