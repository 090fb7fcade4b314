package dev.precis.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date strings pages carry (ISO 8601 variants, RFC 1123, "November 19, 2019",
 * "19. November 2019", "19.11.2019", Unix epochs, dates in URL paths) into ISO 8601: a date-time with
 * its offset when the source gives time and zone, a plain date otherwise. Dates before 1990 or after
 * the clock's today (plus a day for time zones) are rejected. Immutable and thread-safe.
 */
final class DateNormalizer {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/_-]?(\\d{2})[/_-]?(\\d{2})(?:/|[_-]|\\.|$)");
    private static final Pattern URL_DATE_SEP = Pattern.compile("[/_-]((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?=[/_.-]|$)");
    /** "-20170712-", "_20170712.html": a compact date as one segment of a slug. */
    private static final Pattern URL_COMPACT = Pattern.compile("[_,-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");
    /**
     * "/12-07-2017/", "-12.07.2017-", "/2017.07.12/": a day-month-year, or a year-month-day with dots, as
     * one segment of a path or the end of a slug; day and month with two digits each, as CMSs write them
     * ("covid-19-5-2020" is no date). The slash form "/12/07/2017/" is not read: paths nest by year first.
     */
    private static final Pattern URL_DMY = Pattern.compile("[/_-](\\d{2})([._-])(\\d{2})\\2((?:19|20)\\d{2})(?=[/_.-]|$)");
    /**
     * "-12072017.html", "_12072017": a day, month and year in figures with no separator, as one segment of a slug
     * ("12072017" is no year-first date: no year 1207); its order as {@link #URL_DMY}'s.
     */
    private static final Pattern URL_DMY_COMPACT = Pattern.compile("[_-](\\d{2})(\\d{2})((?:19|20)\\d{2})(?=[/_.-]|$)");
    private static final Pattern URL_YMD_DOTS = Pattern.compile("[/_-]((?:19|20)\\d{2})\\.(\\d{1,2})\\.(\\d{1,2})(?=[/_.-]|$)");
    /** "/2019/jun/29/", "/2017/juli/12/": a year, a month's name or abbreviation and a day as three path segments. */
    private static final Pattern URL_MONTH_NAME = Pattern.compile("/((?:19|20)\\d{2})/(\\p{L}{3,9})/(\\d{1,2})(?=/|$)");
    /** The first year a URL's date may name: older numbers in a path are rather ids or catalogue numbers. */
    private static final int FIRST_URL_YEAR = 1995;
    private static final Pattern EPOCH = Pattern.compile("\\d{10}(\\d{3})?");
    /**
     * "7/12/2017 2:03:00 PM": a slash date and a twelve-hour clock with AM or PM, the whole value: the form
     * American-English software writes by default (.NET's {@code M/d/yyyy h:mm:ss tt}), month first whatever the
     * page's language — a European page's CMS so configured writes its metadata so.
     */
    private static final Pattern US_CLOCK_VALUE = Pattern.compile(
            "\\d{1,2}/\\d{1,2}/\\d{4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[ap]\\.?m\\.?", Pattern.CASE_INSENSITIVE);

    private final Clock clock;

    DateNormalizer(Clock clock) {
        this.clock = clock;
    }

    /** An ISO 8601 form of a machine-readable date (meta tags, JSON-LD, datetime attributes), or null. */
    String machine(String raw) {
        return machine(raw, false);
    }

    /**
     * As {@link #machine(String)}; {@code dayFirst} orders a human form such as "05/06/2020" that a
     * page put in its metadata (a French page's {@code <meta name="date" content="12/07/2017">}).
     */
    String machine(String raw, boolean dayFirst) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return fromIso(m);
        }
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            long seconds = s.length() == 13 ? v / 1000 : v;
            return checked(OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds), ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return checked(z.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException ignored) {
            // not RFC 1123; try the human forms
        }
        Matcher c = COMPACT.matcher(s);
        if (c.matches()) {
            return checked(date(c.group(1), c.group(2), c.group(3)));
        }
        return human(s, dayFirst && !US_CLOCK_VALUE.matcher(s).matches());
    }

    /** The first plausible date written for people in {@code text} (month first in "05/06/2020"), or null. */
    String human(String text) {
        return human(text, false);
    }

    /** The first plausible date written for people in {@code text}; {@code dayFirst} orders "05/06/2020". */
    String human(String text, boolean dayFirst) {
        return human(text, dayFirst, false);
    }

    /**
     * As {@link #human(String, boolean)}, passing over a date a sentence runs on after ("What the March 1, 2024
     * vote means", {@link ClauseDates}): a headline's subject, not its day ("Pressemitteilung vom 12.07.2017").
     */
    String standalone(String text, boolean dayFirst) {
        return human(text, dayFirst, true);
    }

    private String human(String text, boolean dayFirst, boolean standalone) {
        for (WrittenDates.Found f : WrittenDates.all(text, dayFirst)) {
            String d = standalone && ClauseDates.continues(text, f.end()) ? null : checked(f.date().toString());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * A date in a URL path ({@code /2019/11/19/}, {@code /20191119/}, {@code -2019-11-19}, {@code /2019.11.19/},
     * {@code /19-11-2019/} when only one order is a plausible day, {@code /2019/nov/19/}), else one a query
     * parameter names ({@code ?date=2019-11-19}, see {@link AddressQueryDates}), or null.
     */
    String fromUrl(String url) {
        return fromUrl(url, null);
    }

    /**
     * As {@link #fromUrl(String)}; {@code dayFirst} (null when unknown) is the order the page's language writes
     * figures in, which settles "12-07-2017" and "12072017" in the page's own address where both orders give a
     * plausible day (an Italian page's "-12-07-2017" is 12 July).
     */
    String fromUrl(String url, Boolean dayFirst) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE_SEP.matcher(url);
        if (m.find()) {
            String d = checked(date(m.group(1), m.group(2), m.group(3)));
            if (d != null) {
                return d;
            }
        }
        m = URL_DATE.matcher(url);
        if (m.find()) {
            String d = checked(date(m.group(1), m.group(2), m.group(3)));
            if (d != null) {
                return d;
            }
        }
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        m = URL_COMPACT.matcher(path);
        if (m.find()) {
            String d = checked(date(m.group(1), m.group(2), m.group(3)));
            if (d != null) {
                return d;
            }
        }
        m = URL_YMD_DOTS.matcher(path);
        if (m.find()) {
            String d = checked(date(m.group(1), m.group(2), m.group(3)));
            if (d != null && d.compareTo(FIRST_URL_YEAR + "") >= 0) {
                return d;
            }
        }
        m = URL_DMY.matcher(path);
        if (m.find()) {
            // "-12.07.2017": a date written with dots is day first wherever it is written
            String d = ".".equals(m.group(2)) ? urlDay(date(m.group(4), m.group(3), m.group(1)))
                    : dayMonthYear(m.group(1), m.group(3), m.group(4), dayFirst);
            if (d != null) {
                return d;
            }
        }
        m = URL_DMY_COMPACT.matcher(path);
        if (m.find()) {
            String d = dayMonthYear(m.group(1), m.group(2), m.group(3), dayFirst);
            if (d != null) {
                return d;
            }
        }
        m = URL_MONTH_NAME.matcher(path);
        if (m.find() && MonthNames.of(m.group(2)) > 0) {
            String d = urlDay(date(m.group(1), Integer.toString(MonthNames.of(m.group(2))), m.group(3)));
            if (d != null) {
                return d;
            }
        }
        return query < 0 ? null : urlDay(AddressQueryDates.find(url.substring(query + 1)));
    }

    /**
     * "12-07-2017" from a URL, in the one order that gives a plausible day (a real day from
     * {@value #FIRST_URL_YEAR} on, not after the clock): with a fetch time in July 2017 that is 12 July,
     * since 7 December is yet to come. Null when both orders are plausible and differ (neither a number
     * above 12 nor the clock settles "05-06-2017", and the page's order, {@code order}, is unknown), or neither is.
     */
    private String dayMonthYear(String a, String b, String year, Boolean order) {
        String dayFirst = urlDay(date(year, b, a));
        String monthFirst = urlDay(date(year, a, b));
        if (dayFirst != null && monthFirst != null) {
            return dayFirst.equals(monthFirst) ? dayFirst : order == null ? null : order ? dayFirst : monthFirst;
        }
        return dayFirst != null ? dayFirst : monthFirst;
    }

    private String urlDay(String iso) {
        String d = checked(iso);
        return d != null && Integer.parseInt(d.substring(0, 4)) >= FIRST_URL_YEAR ? d : null;
    }

    private String fromIso(Matcher m) {
        String date = date(m.group(1), m.group(2), m.group(3));
        if (date == null || m.group(4) == null) {
            return checked(date);
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) {
            return checked(date);
        }
        LocalDateTime ldt = LocalDate.parse(date).atTime(hour, minute, second);
        String zone = m.group(7);
        if (zone == null) {
            return checked(ldt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        ZoneOffset offset;
        if ("Z".equals(zone) || "UTC".equals(zone) || "GMT".equals(zone)) {
            offset = ZoneOffset.UTC;
        } else {
            String z = zone.replace(":", "");
            int h = Integer.parseInt(z.substring(1, 3));
            int min = z.length() >= 5 ? Integer.parseInt(z.substring(3, 5)) : 0;
            if (h > 18 || min > 59) {
                return checked(ldt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            }
            offset = ZoneOffset.ofHoursMinutes(z.charAt(0) == '-' ? -h : h, z.charAt(0) == '-' ? -min : min);
        }
        return checked(ldt.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private static String date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The value if it lies between 1990-01-01 and the fetch clock, else null. A date-time with an
     * offset is compared as an instant (an hour of tolerance for the publisher's clock); a bare date
     * or local time may run a day ahead, since the page's time zone is unknown.
     */
    private String checked(String iso) {
        if (iso == null) {
            return null;
        }
        LocalDate d = LocalDate.parse(iso.substring(0, 10));
        LocalDate today = LocalDate.now(clock);
        if (d.getYear() < 1990 || d.isAfter(today.plusDays(1))) {
            return null;
        }
        if (iso.length() > 19 && (iso.endsWith("Z") || iso.charAt(iso.length() - 6) == '+' || iso.charAt(iso.length() - 6) == '-')) {
            try {
                if (OffsetDateTime.parse(iso).toInstant().isAfter(clock.instant().plusSeconds(3600))) {
                    return null;
                }
            } catch (DateTimeParseException e) {
                return iso;
            }
        }
        return iso;
    }
}
