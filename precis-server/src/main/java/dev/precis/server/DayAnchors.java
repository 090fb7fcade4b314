package dev.precis.server;

import dev.precis.server.web.WhenLabel;
import dev.precis.store.StorySummary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story summary's sentence as a reader is shown it outside its article, read days later: a time expression worded
 * relative to the article's day ("yesterday", "on Tuesday", "last month") gets the date it stands for beside it, in
 * brackets ("on Tuesday (19 November)", "last month (October)"), as an editor writes it when a report runs after its
 * day. The year is added when it is not the article's own. The date is the time resolver's, against the article's
 * date ({@link StorySummary.Sentence#relativeDates()}); an undated article has none, and its sentence is shown as
 * written. Only what is shown changes: the stored text and every range into it stay as written. Stateless.
 */
public final class DayAnchors {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern POSSESSIVE = Pattern.compile("^['\u2019]s(?!\\p{L})");

    private DayAnchors() {
    }

    /** The sentence's text with the date beside each expression worded relative to its article's day. */
    public static String anchored(StorySummary.Sentence x) {
        if (x.relativeDates().isEmpty()) {
            return x.text();
        }
        String year = x.published() == null || x.published().length() < 4 ? null : x.published().substring(0, 4);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (StorySummary.RelativeDate d : x.relativeDates()) {
            int end = d.end() - x.start();
            if (d.start() - x.start() < from || end > x.text().length()) {
                continue;
            }
            Matcher possessive = POSSESSIVE.matcher(x.text().substring(end));
            if (possessive.find()) {
                end += possessive.end();
            }
            String label = label(d.value(), year);
            if (label.isEmpty()) {
                continue;
            }
            out.append(x.text(), from, end).append(" (").append(label).append(')');
            from = end;
        }
        return out.append(x.text().substring(from)).toString();
    }

    /**
     * A calendar value as a date beside its words: {@code 2024-11-19} "19 November", {@code 2024-W47} "week of 18
     * November", {@code 2024-W47-WE} "weekend of 23 November", {@code 2024-10} "October", {@code 2023} "2023"; the year
     * after a day, week or month that is not in {@code year} (the article's); other values as the timeline spells them.
     */
    public static String label(String value, String year) {
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            return d == null ? "" : day(d) + ofYear(d.getYear(), year);
        }
        if ((m = WEEK.matcher(value)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int w = Integer.parseInt(m.group(2));
            if (w < 1 || w > 53) {
                return "";
            }
            LocalDate monday = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(DayOfWeek.MONDAY);
            LocalDate first = m.group(3) != null ? monday.plusDays(5) : monday;
            return (m.group(3) != null ? "weekend of " : "week of ") + day(first) + ofYear(first.getYear(), year);
        }
        if ((m = MONTH.matcher(value)).matches()) {
            int month = Integer.parseInt(m.group(2));
            return month < 1 || month > 12 ? ""
                    : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ofYear(Integer.parseInt(m.group(1)), year);
        }
        return WhenLabel.of(value);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String ofYear(int y, String year) {
        return year != null && year.equals(String.valueOf(y)) ? "" : " " + y;
    }
}
