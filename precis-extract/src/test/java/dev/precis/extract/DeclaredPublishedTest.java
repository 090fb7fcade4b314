package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The publication a page declares, kept beside {@code published} when a later change is the page's date of record
 * ({@link ChangesOfRecord}): the original stays at hand and the choice is visible, while {@code published} is
 * unchanged (forty-ninth session, origdate49, issue 13). Null when {@code published} is the declared publication.
 * Pages written for this test, read under clocks in four zones with the fetch time 2025-02-03T09:00Z.
 */
class DeclaredPublishedTest {

    private static final String FETCHED = "2025-02-03T09:00:00Z";
    private static final String ADDRESS = "https://kitchen.example/recipes/sourdough-starter";
    private static final String TEXT = "<p>A sourdough starter needs only flour, water and patience, but the first week"
            + " decides whether it rises reliably or sulks in the jar for a month before giving up.</p>"
            + "<p>Feed it at the same hour every day with equal weights of flour and water, and keep it somewhere warm"
            + " but out of the sun, where the temperature changes little between morning and night.</p>"
            + "<p>Once it doubles within six hours of a feed it is ready to bake with, and it can then live in the"
            + " fridge between loaves with a feed once a week.</p>";

    private static final String PUB = "2022-05-03T08:15:00-04:00";
    private static final String MOD = "2023-11-08T10:00:00-05:00";

    private static String ld(String published, String modified) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                + "\"headline\":\"Keeping a sourdough starter\",\"datePublished\":\"" + published + "\","
                + "\"dateModified\":\"" + modified + "\"}</script>";
    }

    private static String page(String lang, String head, String meta, String after) {
        return "<!doctype html><html lang=" + lang + "><head><meta charset=utf-8><title>Keeping a sourdough starter |"
                + " Home Kitchen</title>" + head + "</head><body><nav><a href=/>Home Kitchen</a> <a href=/recipes>Recipes"
                + "</a></nav><main><article><h1>Keeping a sourdough starter</h1>" + meta + TEXT + after + "</article></main>"
                + "<footer><p>Home Kitchen, recipes and kitchen notes</p></footer></body></html>";
    }

    private static ExtractedPage read(String zone, String html) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(FETCHED), ZoneId.of(zone));
        return new DensityArticleExtractor(null, clock).extractPage(html, ADDRESS, null);
    }

    /** Checks the published day, the change's day and the declared publication's day (null: none) in every zone. */
    private static void assertDays(String html, String published, String modified, String declared) throws Exception {
        for (String zone : DatePages.ZONES) {
            ExtractedPage p = read(zone, html);
            assertThat(DatePages.day(p.article().published())).as(zone + " published").isEqualTo(published);
            assertThat(DatePages.day(p.modified())).as(zone + " modified").isEqualTo(modified);
            assertThat(DatePages.day(p.declaredPublished())).as(zone + " declaredPublished").isEqualTo(declared);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "en~<p class=meta>By Sam Baker · Last updated: November 8, 2023</p>",
        "de~<p class=meta>Zuletzt aktualisiert: 08.11.2023</p>",
        "fr~<p class=meta>Mis à jour le 8 novembre 2023</p>",
    })
    void aChangeOfRecordKeepsTheDeclaredPublicationBesideIt(String lang, String meta) throws Exception {
        assertDays(page(lang, ld(PUB, MOD), meta, ""), "2023-11-08", "2023-11-08", "2022-05-03");
    }

    @Test
    void theDeclaredValueIsTheStructuredOneWithItsTime() throws Exception {
        ExtractedPage p = read("Europe/Berlin", page("en", ld(PUB, MOD), "<p class=meta>Last updated: November 8, 2023</p>", ""));
        assertThat(p.declaredPublished()).isEqualTo(PUB);
    }

    @Test
    void microdataDeclaresItToo() throws Exception {
        String items = "<meta itemprop=datePublished content=\"" + PUB + "\"><meta itemprop=dateModified content=\"" + MOD + "\">";
        assertDays(page("en", items, "<p class=meta>Last updated: November 8, 2023</p>", ""), "2023-11-08", "2023-11-08",
                "2022-05-03");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // the head names the publication for every reader: it stays published
        "<meta property=\"article:published_time\" content=\"2022-05-03T08:15:00-04:00\">~<p class=meta>Last updated: November 8, 2023</p>",
        // the publication is shown too
        "~<p class=meta>Published May 3, 2022 · Updated November 8, 2023</p>",
        // no date shown by the headline
        "~",
    })
    void thePublicationStaysAndNothingElseIsDeclared(String head, String meta) throws Exception {
        assertDays(page("en", ld(PUB, MOD) + (head == null ? "" : head), meta == null ? "" : meta, ""), "2022-05-03",
                "2023-11-08", null);
    }

    @Test
    void aPageWithOnlyAHeadPublicationDeclaresNothingElse() throws Exception {
        String head = "<meta property=\"article:published_time\" content=\"2022-05-03T08:15:00-04:00\">";
        assertDays(page("en", head, "<p class=meta>By Sam Baker</p>", ""), "2022-05-03", null, null);
    }

    @Test
    void aFirstPublicationTheTextNamesOnTheDeclaredDayIsNoOtherDate() throws Exception {
        // the republished piece's closing line names the declared day: published is that day, nothing else declared
        String html = page("en", ld(PUB, MOD), "<p class=meta>Last updated: November 8, 2023</p>",
                "<p>This guide was first published on May 3, 2022.</p>");
        assertDays(html, "2022-05-03", "2023-11-08", null);
    }
}
