package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.MatchResult;

/**
 * Named days ("Christmas", "New Year's Day", "Thanksgiving Day", "Easter week"), resolved to their date
 * in the year given or, without one, placed like a month and day ({@link Resolution#monthDay}: the
 * tense decides the side of the publication date). Thanksgiving is the fourth Thursday of November
 * (the US feast, the one wire copy means), Easter is computed by the Gregorian computus. Holidays
 * whose date depends on the country ("Independence Day", "Election Day", "Labor Day") are left out:
 * news from anywhere would get the US date. Thread-safe (stateless).
 */
final class HolidayRule {

    /** 1 the holiday; 2 "week" after Easter; 3 a year. */
    static final String HOLIDAY = "\\b(?-i:(Christmas\\s+Day|Christmas\\s+Eve|Christmas|New\\s+Year['’]s\\s+Day"
            + "|New\\s+Year['’]s\\s+Eve|Thanksgiving\\s+Day|Thanksgiving|Halloween|Valentine['’]s\\s+Day"
            + "|Easter\\s+Sunday|Easter))(\\s+week)?\\b(?:,?\\s+((?:1[6-9]|20)\\d\\d)(?![\\d%]))?";

    private HolidayRule() {
    }

    static Value holiday(MatchResult m, Resolution r) {
        String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\'');
        boolean week = m.group(2) != null;
        if (week && !name.startsWith("easter")) {
            return null;
        }
        int year;
        if (m.group(3) != null) {
            year = Integer.parseInt(m.group(3));
        } else if (r.anchor == null) {
            return Resolution.of(null, week ? Granularity.WEEK : Granularity.DAY);
        } else {
            // the side of the anchor the tense points to, as for "Nov. 25" (the date of the anchor's year first)
            LocalDate inAnchorYear = date(name, r.anchor.getYear());
            Value placed = r.monthDay(inAnchorYear.getMonthValue(), inAnchorYear.getDayOfMonth());
            year = placed.value() == null ? r.anchor.getYear() : LocalDate.parse(placed.value()).getYear();
        }
        LocalDate d = date(name, year);
        if (week) {
            return Resolution.of(Resolution.week(d), Granularity.WEEK);
        }
        return Resolution.of(Resolution.day(d), Granularity.DAY);
    }

    /** The holiday's date in {@code year}. */
    static LocalDate date(String name, int year) {
        return switch (name) {
            case "christmas", "christmas day" -> LocalDate.of(year, 12, 25);
            case "christmas eve" -> LocalDate.of(year, 12, 24);
            case "new year's day" -> LocalDate.of(year, 1, 1);
            case "new year's eve" -> LocalDate.of(year, 12, 31);
            case "halloween" -> LocalDate.of(year, 10, 31);
            case "valentine's day" -> LocalDate.of(year, 2, 14);
            case "thanksgiving", "thanksgiving day" ->
                LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            default -> easter(year);
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
