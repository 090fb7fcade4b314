package dev.precis.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a day a page shows without one ("Publié le 29/06 à 23h30", "12. Februar, 10:30 Uhr"), for a
 * page that dates itself nowhere else: the latest such day that is no later than what else the page
 * tells of its time: when it was last changed (a publication precedes its update: "Publié le 29/06 …, mis
 * à jour le 30/06/2019") and the year, or year and month, its address files it under ("/2019/06/…", "/2019/…":
 * written once, when the page first went up, so it bounds a day the fetch time would place a year later).
 * Without any of these and no fetch time, none (a copyright notice gives the year a stored page was rendered,
 * not the one it was written). Stateless and thread-safe.
 */
final class YearlessDays {

    /** "/2019/06/": a year and month folder in an address (a whole date there is read before this). */
    private static final Pattern URL_YEAR_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})(?=/)");
    /** "/2019/": a year folder alone, followed by a name rather than a month. */
    private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d{2})/(?=[^/\\d])");
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
    static String place(String shown, String modified, String url, LocalDate today) {
        if (shown == null) {
            return null;
        }
        LocalDate changed = modified == null ? null : LocalDate.parse(modified.substring(0, 10));
        LocalDate filed = filed(url, today);
        LocalDate bound = changed == null || filed != null && filed.isBefore(changed) ? filed : changed;
        if (!shown.startsWith("--")) {
            // placed by the fetch time; the publication precedes its change and lies in its address's folder
            LocalDate d = LocalDate.parse(shown);
            return bound == null || !d.isAfter(bound) ? shown : latest(MonthDay.from(d), bound);
        }
        // (no year from a copyright notice: the year a stored page was rendered, not the one it was written)
        return bound == null ? null : latest(MonthDay.parse(shown), bound);
    }

    /** The last day of the month, else the year, {@code url}'s folders file it under, no later than {@code today}; or null. */
    private static LocalDate filed(String url, LocalDate today) {
        if (url == null) {
            return null;
        }
        LocalDate end = null;
        Matcher m = URL_YEAR_MONTH.matcher(url);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            end = month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(m.group(1)), month).atEndOfMonth() : null;
        } else if ((m = URL_YEAR.matcher(url)).find()) {
            end = LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
        }
        return end != null && end.isAfter(today) ? today : end;
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
}
