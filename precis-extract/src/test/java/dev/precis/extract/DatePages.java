package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The page and the fixed clock the date tests share: a local paper's article on a new bridge, its text
 * from {@link LocaleDateFormsTest#paragraphs()}, extracted at 2024-03-10T01:30Z seen from a given zone.
 */
final class DatePages {

    private DatePages() {
    }

    /** The article page with {@code meta} before its text and {@code after} after it. */
    static String page(String lang, String meta, String after) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title></head><body>"
                + "<div class=top><a href=/>Lokalblatt</a></div><div class=content><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + after + "</div><div class=bottom>© 2023 Lokalblatt</div></body></html>";
    }

    static ExtractedPage extract(String zone, String html) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
        return new DensityArticleExtractor(null, clock).extractPage(html, "https://news.example/lokales/bruecke");
    }

    /** The day of an ISO date-time, or null. */
    static String day(String iso) {
        return iso == null ? null : iso.substring(0, 10);
    }

    /** Zones either side of UTC: a day read from the page must not depend on where the fetch clock stands. */
    static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/New_York", "Asia/Tokyo"};

    /**
     * The published day of {@code html} fetched at {@code fetched} from {@code address}, checked to be the same
     * seen from every one of {@link #ZONES}; "none" when the page gets no date.
     */
    static String sameDayInEveryZone(String html, String address, String fetched) throws Exception {
        String seen = null;
        for (String zone : ZONES) {
            Clock clock = Clock.fixed(Instant.parse(fetched), ZoneId.of(zone));
            ExtractedPage p = new DensityArticleExtractor(null, clock).extractPage(html, address, null);
            String d = p.article().published() == null ? "none" : day(p.article().published());
            assertThat(seen == null || seen.equals(d)).as(zone + ": " + d + " vs " + seen).isTrue();
            seen = d;
        }
        return seen;
    }

    /**
     * Checks that {@code html}, extracted under every one of {@link #ZONES}, is published on day {@code published}
     * and changed on day {@code modified} (either may be null: no such date).
     */
    static void assertDaysInEveryZone(String html, String published, String modified) throws Exception {
        for (String zone : ZONES) {
            ExtractedPage p = extract(zone, html);
            assertThat(day(p.article().published())).as(zone).isEqualTo(published);
            assertThat(day(p.modified())).as(zone).isEqualTo(modified);
        }
    }

    /** The day the page is said to be published, or null. */
    static String published(String zone, String html) throws Exception {
        return day(extract(zone, html).article().published());
    }

    /**
     * Checks that {@code html}, fetched at {@code fetched} from {@code address}, is published on day {@code expected}
     * (null: no date) seen from each of {@code zones}.
     */
    static void assertPublishedInZones(String html, String address, Instant fetched, String[] zones, String expected)
            throws Exception {
        for (String zone : zones) {
            ExtractedPage p = new DensityArticleExtractor(null, Clock.fixed(fetched, ZoneId.of(zone))).extractPage(html, address);
            assertThat(day(p.article().published())).as(zone).isEqualTo(expected);
        }
    }
}
