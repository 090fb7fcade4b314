package dev.precis.extract;

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

    /** The day the page is said to be published, or null. */
    static String published(String zone, String html) throws Exception {
        return day(extract(zone, html).article().published());
    }
}
