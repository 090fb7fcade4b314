package dev.precis.extract;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The time zone a page's readers live in, when its declared language settles it, and a UTC time
 * re-written in it. A CMS that stores times in UTC (a post filed at 00:30 in Berlin is
 * "2017-07-11T22:30:00+00:00") shows readers their own day: re-written in the page's zone the same
 * instant falls on the day the page shows. Languages spoken across several zones (English without a
 * one-zone region, Spanish and Portuguese without Spain's or Portugal's region, French in Canada) settle
 * nothing. The fetch clock moved into the page's zone reads its relative times ("vor 20 Minuten" at 00:30 in
 * Berlin is that Berlin day, though UTC is still on the day before).
 * Stateless and thread-safe.
 */
final class PageTimeZone {

    private static final ZoneId CENTRAL = ZoneId.of("Europe/Berlin");
    /** Languages, each spoken in one zone (or in zones that keep the same clock), to that zone. */
    private static final Map<String, ZoneId> BY_LANGUAGE = Map.ofEntries(
            Map.entry("de", CENTRAL), Map.entry("fr", ZoneId.of("Europe/Paris")), Map.entry("it", ZoneId.of("Europe/Rome")),
            Map.entry("nl", ZoneId.of("Europe/Amsterdam")), Map.entry("pl", ZoneId.of("Europe/Warsaw")),
            Map.entry("cs", ZoneId.of("Europe/Prague")), Map.entry("sk", ZoneId.of("Europe/Bratislava")),
            Map.entry("hu", ZoneId.of("Europe/Budapest")), Map.entry("da", ZoneId.of("Europe/Copenhagen")),
            Map.entry("sv", ZoneId.of("Europe/Stockholm")), Map.entry("nb", ZoneId.of("Europe/Oslo")),
            Map.entry("no", ZoneId.of("Europe/Oslo")), Map.entry("el", ZoneId.of("Europe/Athens")),
            Map.entry("fi", ZoneId.of("Europe/Helsinki")), Map.entry("ro", ZoneId.of("Europe/Bucharest")));
    /** Regions that move a language to another zone, or to several. */
    private static final Map<String, ZoneId> BY_REGION = Map.ofEntries(
            Map.entry("gb", ZoneId.of("Europe/London")), Map.entry("ie", ZoneId.of("Europe/Dublin")),
            Map.entry("de", CENTRAL), Map.entry("at", ZoneId.of("Europe/Vienna")), Map.entry("ch", ZoneId.of("Europe/Zurich")),
            Map.entry("fr", ZoneId.of("Europe/Paris")), Map.entry("be", ZoneId.of("Europe/Brussels")),
            Map.entry("lu", ZoneId.of("Europe/Luxembourg")), Map.entry("it", ZoneId.of("Europe/Rome")),
            Map.entry("nl", ZoneId.of("Europe/Amsterdam")), Map.entry("es", ZoneId.of("Europe/Madrid")),
            Map.entry("pt", ZoneId.of("Europe/Lisbon")), Map.entry("pl", ZoneId.of("Europe/Warsaw")),
            Map.entry("in", ZoneId.of("Asia/Kolkata")), Map.entry("jp", ZoneId.of("Asia/Tokyo")),
            Map.entry("nz", ZoneId.of("Pacific/Auckland")));

    /** A date-time with an offset ("2024-09-11T00:25:00+02:00", "...T00:25+0200"): the offset's hours and minutes. */
    private static final Pattern OFFSET = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?([+-]\\d{2}):?(\\d{2})(?!\\d)");

    private PageTimeZone() {
    }

    /**
     * {@code fetch} in the page's zone: the first offset other than UTC's in the page's own machine dates
     * (meta, {@code <time datetime>}, JSON-LD), else the zone of {@code lang} ({@link #of}), else
     * {@code fetch}'s own. A UTC offset settles nothing: many CMSs store every time in UTC.
     */
    static Clock clock(Clock fetch, Document doc, String lang) {
        ZoneId zone = offset(doc);
        if (zone == null) {
            zone = of(lang);
        }
        return zone == null ? fetch : fetch.withZone(zone);
    }

    /** The first offset other than UTC's in the page's machine dates, or null. */
    private static ZoneOffset offset(Document doc) {
        for (Element e : doc.select(Queries.ZONE_CARRIERS)) {
            String text = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.data();
            Matcher m = OFFSET.matcher(text);
            while (m.find()) {
                int hours = Integer.parseInt(m.group(1));
                int minutes = Integer.parseInt(m.group(2));
                if ((hours != 0 || minutes != 0) && Math.abs(hours) <= 14 && minutes < 60) {
                    return ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes);
                }
            }
        }
        return null;
    }

    /** The zone a declared language such as "de", "de-AT", "fr_FR" or "en-GB" settles, or null. */
    static ZoneId of(String lang) {
        if (lang == null) {
            return null;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = l.indexOf('-');
        String language = dash < 0 ? l : l.substring(0, dash);
        if (dash > 0) {
            String region = l.substring(dash + 1);
            int next = region.indexOf('-');
            region = next < 0 ? region : region.substring(0, next);
            // a region names the zone, or, outside the table, leaves the reader's clock open
            // ("es-MX", "pt-BR", "fr-CA", "en-US")
            return BY_REGION.get(region);
        }
        return BY_LANGUAGE.get(language);
    }

    /**
     * {@code iso} re-written in the zone of {@code lang} when it is a date-time in UTC ("Z" or "+00:00")
     * and the language settles a zone; else {@code iso} unchanged.
     */
    static String local(String iso, String lang) {
        if (iso == null || iso.length() <= 19 || !(iso.endsWith("Z") || iso.endsWith("+00:00"))) {
            return iso;
        }
        ZoneId zone = of(lang);
        if (zone == null) {
            return iso;
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(zone).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
