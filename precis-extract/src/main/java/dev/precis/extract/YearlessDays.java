package dev.precis.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * The year of a day a page shows without one ("Publié le 29/06 à 23h30", "12. Februar, 10:30 Uhr"), for a
 * page that dates itself nowhere else: the latest such day that is no later than what else the page
 * tells of its time, in this order: when it was last changed (a publication precedes its update:
 * "Publié le 29/06 …, mis à jour le 30/06/2019"), the year and month its address files it under
 * ("/2019/06/…"), the year its copyright notice runs to (the year the page was rendered, as sites leave
 * the year out for the current year's days). Stateless and thread-safe.
 */
final class YearlessDays {

    /** "/2019/06/": a year and month folder in an address (a whole date there is read before this). */
    private static final Pattern URL_YEAR_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})(?=/)");
    /** "© 2019", "(c) 2005–2019", "Copyright 2019": the notice's last year. */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\(c\\)|copyright)\\s*(?:(?:19|20)\\d{2}\\s*[-–—/]\\s*)?((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** How many years back a day may be placed from what bounds it. */
    private static final int MAX_YEARS_BACK = 8;

    private YearlessDays() {
    }

    /**
     * {@code shown}: the day as {@link VisibleDates.Shown#yearless()} gives it (an ISO day placed by the
     * fetch time, or "--06-29"); {@code modified}: the page's change (may be null); {@code url}: its
     * address (may be null); {@code today}: no day after it. The day in ISO 8601, or null when nothing
     * places it.
     */
    static String place(String shown, String modified, String url, Document doc, LocalDate today) {
        if (shown == null) {
            return null;
        }
        LocalDate changed = modified == null ? null : LocalDate.parse(modified.substring(0, 10));
        if (!shown.startsWith("--")) {
            // placed by the fetch time; the publication precedes its change
            LocalDate d = LocalDate.parse(shown);
            return changed == null || !d.isAfter(changed) ? shown : latest(MonthDay.from(d), changed);
        }
        MonthDay day = MonthDay.parse(shown);
        if (changed != null) {
            return latest(day, changed);
        }
        Matcher m = url == null ? null : URL_YEAR_MONTH.matcher(url);
        if (m != null && m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return latest(day, YearMonth.of(Integer.parseInt(m.group(1)), month).atEndOfMonth());
            }
        }
        int year = copyrightYear(doc);
        LocalDate end = year == 0 ? null : LocalDate.of(year, 12, 31);
        return end == null ? null : latest(day, end.isAfter(today) ? today : end);
    }

    /** The latest year's {@code day} no later than {@code bound}, as ISO, or null. */
    private static String latest(MonthDay day, LocalDate bound) {
        for (int year = bound.getYear(); year >= bound.getYear() - MAX_YEARS_BACK; year--) {
            if (day.isValidYear(year) && !day.atYear(year).isAfter(bound)) {
                return day.atYear(year).toString();
            }
        }
        return null;
    }

    /** The last year of the page's copyright notice (the latest, when several), or 0. */
    private static int copyrightYear(Document doc) {
        if (doc.body() == null) {
            return 0;
        }
        Matcher m = COPYRIGHT.matcher(doc.body().text());
        int year = 0;
        while (m.find()) {
            year = Math.max(year, Integer.parseInt(m.group(1)));
        }
        return year;
    }
}
