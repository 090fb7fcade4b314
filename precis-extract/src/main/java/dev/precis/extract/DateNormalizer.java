package dev.precis.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
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
    private static final Pattern SLASH_YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MDY_SLASH = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/_-]?(\\d{2})[/_-]?(\\d{2})(?:/|[_-]|\\.|$)");
    private static final Pattern URL_DATE_SEP = Pattern.compile("[/_-]((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?=[/_.-]|$)");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}(\\d{3})?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("janvier", 1), Map.entry("enero", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("februar", 2), Map.entry("février", 2), Map.entry("febrero", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("märz", 3), Map.entry("mars", 3), Map.entry("marzo", 3), Map.entry("mär", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4), Map.entry("abril", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mayo", 5),
            Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juni", 6), Map.entry("juin", 6), Map.entry("junio", 6),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juli", 7), Map.entry("juillet", 7), Map.entry("julio", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8), Map.entry("agosto", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9), Map.entry("septiembre", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("octobre", 10), Map.entry("octubre", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11), Map.entry("noviembre", 11),
            Map.entry("dec", 12), Map.entry("december", 12), Map.entry("dezember", 12), Map.entry("dez", 12), Map.entry("décembre", 12), Map.entry("diciembre", 12));
    private static final String MONTH_WORD = "([A-Za-zÄäÖöÜüéû]{3,10})\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH_WORD + ",?\\s+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)");

    private final Clock clock;

    DateNormalizer(Clock clock) {
        this.clock = clock;
    }

    /** An ISO 8601 form of a machine-readable date (meta tags, JSON-LD, datetime attributes), or null. */
    String machine(String raw) {
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
        return human(s);
    }

    /** The first plausible date written for people in {@code text}, or null. */
    String human(String text) {
        String best = null;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (best == null && m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                best = checked(date(m.group(3), String.valueOf(month), m.group(2)));
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (best == null && m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                best = checked(date(m.group(3), String.valueOf(month), m.group(1)));
            }
        }
        if (best != null) {
            return best;
        }
        m = SLASH_YMD.matcher(text);
        if (m.find()) {
            return checked(date(m.group(1), m.group(2), m.group(3)));
        }
        m = DMY.matcher(text);
        if (m.find()) {
            return checked(date(m.group(3), m.group(2), m.group(1)));
        }
        m = MDY_SLASH.matcher(text);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            // 12/05/2020 is ambiguous; only a day above 12 settles the order
            return a > 12 ? checked(date(m.group(3), m.group(2), m.group(1)))
                    : checked(date(m.group(3), m.group(1), m.group(2)));
        }
        return null;
    }

    /** A date in a URL path ({@code /2019/11/19/}, {@code /20191119/}, {@code -2019-11-19}), or null. */
    String fromUrl(String url) {
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
            return checked(date(m.group(1), m.group(2), m.group(3)));
        }
        return null;
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(w);
        if (m == null && w.length() > 3) {
            m = MONTHS.get(w.substring(0, 3));
            // "mayor" or "marine" are not months: only accept known prefixes of full names
            if (m != null && !MONTHS.containsKey(w)) {
                m = null;
            }
        }
        return m;
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

    /** The value if its calendar date lies between 1990-01-01 and tomorrow, else null. */
    private String checked(String iso) {
        if (iso == null) {
            return null;
        }
        LocalDate d = LocalDate.parse(iso.substring(0, 10));
        LocalDate today = LocalDate.now(clock);
        if (d.getYear() < 1990 || d.isAfter(today.plusDays(1))) {
            return null;
        }
        return iso;
    }
}
