package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Named days ("Christmas", "New Year's Day", "Thanksgiving Day", "Easter week"), resolved to their date
 * in the year given or, without one, placed like a month and day ({@link Placement#monthDay}: the
 * tense decides the side of the publication date). Thanksgiving is the fourth Thursday of November
 * (the US feast, the one wire copy means), Easter is computed by the Gregorian computus. Holidays
 * whose date depends on the country ("Independence Day", "Labor Day") are left out: news from
 * anywhere would get the US date. "Election Day" is the US one (the Tuesday after the first Monday
 * of November) only in a text about US politics ({@link #US_POLITICS}); elsewhere it is left out.
 * Thread-safe (stateless).
 */
final class HolidayRule {

    /** 1 the holiday; 2 "week" after Easter; 3 a year. */
    static final String HOLIDAY = "\\b(?-i:(Christmas\\s+Day|Christmas\\s+Eve|Christmas|New\\s+Year['’]s\\s+Day"
            + "|New\\s+Year['’]s\\s+Eve|Thanksgiving\\s+Day|Thanksgiving|Halloween|Valentine['’]s\\s+Day"
            + "|Easter\\s+Sunday|Easter\\s+Monday|Easter|Good\\s+Friday|Maundy\\s+Thursday|Holy\\s+Thursday|Palm\\s+Sunday"
            + "|Ash\\s+Wednesday|Boxing\\s+Day|Election\\s+Day|Eid(?:[\\s-]+(?:al|ul|el)[\\s-]+(?:Fitr|Adha|Azha))?))(\\s+week)?\\b(?:,?\\s+((?:1[6-9]|20)\\d\\d)(?![\\d%]))?";

    /**
     * A text about US politics: it names the two parties (Republican and Democrat or Democratic), "GOP",
     * a midterm, the White House, or the offices and places of a US ballot (a senator, a governor, a
     * county, a precinct, polling places, the Electoral College). Other countries' election days fall on
     * other dates.
     */
    private static final Pattern US_POLITICS = Pattern.compile(
            "\\b(?:GOP|midterms?|White\\s+House|[Ss]enators?|[Gg]overnors?|[Gg]ubernatorial|[Cc]ount(?:y|ies)|[Pp]recincts?"
                    + "|polling\\s+places?|Electoral\\s+College|[Cc]ongress(?:man|woman|ional))\\b|\\bSen\\.\\s"
                    + "|\\bRepublicans?\\b(?=[\\s\\S]*\\bDemocra(?:ts?|tic)\\b)"
                    + "|\\bDemocra(?:ts?|tic)\\b(?=[\\s\\S]*\\bRepublicans?\\b)");

    private HolidayRule() {
    }

    static Value holiday(MatchResult m, Resolution r) {
        String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\'');
        boolean week = m.group(2) != null;
        if (week && !name.startsWith("easter")) {
            return null;
        }
        if (week) {
            LocalDate d = m.group(3) != null ? date(name, Integer.parseInt(m.group(3))) : placed(name, r);
            return d == null ? TimeValues.of(null, Granularity.WEEK) : TimeValues.of(TimeValues.week(d), Granularity.WEEK);
        }
        if (name.equals("eid")) {
            // "Eid" alone is whichever of the two feasts the tense places nearer the publication date
            Value fitr = holiday("eid al-fitr", m.group(3), r);
            Value adha = holiday("eid al-adha", m.group(3), r);
            if (fitr == null || adha == null || fitr.value() == null || adha.value() == null || r.anchor == null) {
                return fitr == null || adha == null ? null : fitr;
            }
            long toFitr = Math.abs(LocalDate.parse(fitr.value()).toEpochDay() - r.anchor.toEpochDay());
            long toAdha = Math.abs(LocalDate.parse(adha.value()).toEpochDay() - r.anchor.toEpochDay());
            return toFitr <= toAdha ? fitr : adha;
        }
        if (name.equals("election day") && !US_POLITICS.matcher(r.text).find()) {
            return null;
        }
        if (name.startsWith("eid")) {
            name = name.endsWith("fitr") ? "eid al-fitr" : "eid al-adha";
        }
        return holiday(name, m.group(3), r);
    }

    private static Value holiday(String name, String yearText, Resolution r) {
        if (yearText == null && r.anchor == null) {
            return TimeValues.of(null, Granularity.DAY);
        }
        LocalDate d = yearText != null ? date(name, Integer.parseInt(yearText)) : placed(name, r);
        return d == null ? null : TimeValues.of(TimeValues.day(d), Granularity.DAY);
    }

    /** The holiday on the side of the anchor the tense points to, as for "Nov. 25" (the anchor's year's first). */
    private static LocalDate placed(String name, Resolution r) {
        if (r.anchor == null) {
            return null;
        }
        LocalDate inAnchorYear = date(name, r.anchor.getYear());
        if (inAnchorYear == null) {
            return null;
        }
        Value placed = Placement.monthDay(r, inAnchorYear.getMonthValue(), inAnchorYear.getDayOfMonth());
        int year = placed.value() == null ? r.anchor.getYear() : LocalDate.parse(placed.value()).getYear();
        return date(name, year);
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
            case "boxing day" -> LocalDate.of(year, 12, 26);
            case "election day" -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case "easter monday" -> easter(year).plusDays(1);
            case "good friday" -> easter(year).minusDays(2);
            case "maundy thursday", "holy thursday" -> easter(year).minusDays(3);
            case "palm sunday" -> easter(year).minusDays(7);
            case "ash wednesday" -> easter(year).minusDays(46);
            case "eid al-fitr" -> hijri(year, 10, 1);
            case "eid al-adha" -> hijri(year, 12, 10);
            default -> easter(year);
        };
    }

    /**
     * The first day in {@code year} that is day {@code day} of Hijri month {@code month} in the Umm
     * al-Qura calendar (the JDK's {@link HijrahChronology}; local sightings may differ by a day), or null
     * outside its range.
     */
    static LocalDate hijri(int year, int month, int day) {
        try {
            int h = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
            for (int k = h; k <= h + 1; k++) {
                LocalDate d = LocalDate.from(HijrahChronology.INSTANCE.date(k, month, day));
                if (d.getYear() == year) {
                    return d;
                }
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
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
