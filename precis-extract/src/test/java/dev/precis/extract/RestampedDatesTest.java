package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Structured dates that may not be the publication's, and a facts panel beside the text: a generic
 * meta name ({@code date}, {@code dc.date}) holding a later day than the publication the page shows
 * labelled, a structured publication on the very day the page was fetched (a rendering's stamp), and
 * a publication labelled in a box of its own in a sidebar on a page dated nowhere else. Pages written
 * for this test; each case runs under Berlin, Paris, New York and Tokyo clocks fixed at
 * 2024-03-10T01:30Z (the fetch time when one is given).
 */
class RestampedDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/New_York", "Asia/Tokyo"};
    private static final Instant FETCHED = Instant.parse("2024-03-10T01:30:00Z");

    private static String page(String lang, String head, String meta, String outside) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title>" + head
                + "</head><body><div class=top><a href=/>Lokalblatt</a></div><main><article><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + "</article>" + outside
                + "</main><div class=bottom>© 2023 Lokalblatt</div></body></html>";
    }

    /** The day published, read with the clock as the fetch time ({@code fetched}) or with none known. */
    private static String published(String zone, String html, boolean fetched) throws Exception {
        Clock clock = Clock.fixed(FETCHED, ZoneId.of(zone));
        DensityArticleExtractor x = new DensityArticleExtractor(null, clock);
        String got = (fetched ? x.extractPage(html, "https://news.example/lokales/bruecke")
                : x.extractPage(html, "https://news.example/lokales/bruecke", null)).article().published();
        return got == null ? null : got.substring(0, 10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <p class=meta>Veröffentlicht am 12.07.2017</p>",
        "de-AT # <p class=meta>Erschienen am 12. Juli 2017, 14:30 Uhr</p>",
        "fr # <p class=meta>Publié le 12/07/2017 à 14h30</p>",
        "it # <p class=meta>Pubblicato il 12 luglio 2017</p>",
        "es # <p class=meta>Publicado el 12 de julio de 2017</p>",
        "nl # <p class=meta>Gepubliceerd op 12 juli 2017</p>",
        "pt # <p class=meta>Publicado em 12 de julho de 2017</p>",
        "pl # <p class=meta>Opublikowano: 12 lipca 2017</p>",
        "ru # <p class=meta>Опубликовано 12 июля 2017</p>",
        "en-GB # <p class=meta>Published 12 July 2017</p>",
    })
    void aGenericMetaDateLaterThanTheShownPublicationIsNotThePublication(String lang, String meta) throws Exception {
        for (String name : new String[] {"date", "DC.date", "dcterms.date"}) {
            String html = page(lang, "<meta name=\"" + name + "\" content=\"2019-03-01T09:00:00+01:00\">", meta, "");
            for (String zone : ZONES) {
                assertThat(published(zone, html, false)).as(name + " " + zone).isEqualTo("2017-07-12");
                assertThat(published(zone, html, true)).as(name + " " + zone).isEqualTo("2017-07-12");
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a generic meta date earlier than the shown one stays (the shown one may be a later edition's)
        "<meta name=\"date\" content=\"2017-07-12T09:00:00+02:00\"> # <p class=meta>Veröffentlicht am 19.07.2017</p> # 2017-07-12",
        // a day apart is the same moment in another zone, not an older publication
        "<meta name=\"date\" content=\"2017-07-13T01:00:00+02:00\"> # <p class=meta>Veröffentlicht am 12.07.2017</p> # 2017-07-13",
        // a change the page shows is no publication
        "<meta name=\"date\" content=\"2019-03-01T09:00:00+01:00\"> # <p class=meta>Aktualisiert am 12.07.2017</p> # 2019-03-01",
        // a date in running text is what the article talks about
        "<meta name=\"date\" content=\"2019-03-01T09:00:00+01:00\"> # <p>Der Rat hatte den Plan schon am 12.07.2017 veröffentlicht, dann aber lange über die Kosten und die Lage der neuen Brücke an der alten Mühle gestritten.</p> # 2019-03-01",
    })
    void structuredDatesTheShownOnesDoNotOverrule(String head, String meta, String expected) throws Exception {
        String html = page("de", head, meta, "");
        for (String zone : ZONES) {
            assertThat(published(zone, html, false)).as(zone).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<meta property=\"article:published_time\" content=\"2024-03-10T01:00:00Z\">",
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-03-09T23:55:00Z\"}</script>",
    })
    void aPublicationStampedOnTheFetchDayYieldsToTheShownOriginal(String head) throws Exception {
        String html = page("de", head, "<p class=meta>Veröffentlicht am 12.07.2017</p>", "");
        for (String zone : ZONES) {
            assertThat(published(zone, html, true)).as(zone).isEqualTo("2017-07-12");
            // and without a fetch time too: a labelled publication years before the structured one is the original
            assertThat(published(zone, html, false)).as(zone).isEqualTo("2017-07-12");
            // and a page that shows no earlier publication keeps it: news of the day
            assertThat(published(zone, page("de", head, "<p class=meta>Von Anna Beispiel</p>", ""), true))
                    .as(zone).startsWith("2024-03");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "en-GB # <div><h4>Published</h4><h3 class=sr-only>Publish date</h3> <time datetime=\"2018-11-15T12:00:00Z\">15 November 2018</time></div><div><h4>Reviewed</h4> <time datetime=\"2020-10-08T12:00:00Z\">8 October 2020</time></div>",
        "de # <dl><dt>Veröffentlicht</dt><dd><time datetime=\"2018-11-15\">15.11.2018</time></dd><dt>Geändert</dt><dd><time datetime=\"2020-10-08\">08.10.2020</time></dd></dl>",
        "fr # <p>Date de publication : <time datetime=\"2018-11-15\">15/11/2018</time></p>",
        "nl # <div>Gepubliceerd op <time datetime=\"2018-11-15\">15 november 2018</time></div>",
    })
    void aPublicationLabelledInASidebarsFactsPanelDatesAPageDatedNowhereElse(String lang, String panel) throws Exception {
        String html = page(lang, "", "", "<aside class=sidebar>" + panel + "</aside>");
        for (String zone : ZONES) {
            assertThat(published(zone, html, false)).as(zone).isEqualTo("2018-11-15");
            // a page dated elsewhere keeps that date
            assertThat(published(zone, page(lang, "<meta property=\"article:published_time\" content=\"2019-05-02T10:00:00Z\">",
                    "", "<aside class=sidebar>" + panel + "</aside>"), false)).as(zone).isEqualTo("2019-05-02");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a related list's entries, labelled or not
        "<ul><li>Published <time datetime=\"2018-11-15\">15 November 2018</time> <a href=/a>Alte Brücke wird abgerissen</a></li></ul>",
        "<div><a href=/a>Published <time datetime=\"2018-11-15\">15 November 2018</time></a></div>",
        // a comment's date
        "<div class=comment-meta>Posted <time datetime=\"2018-11-15\">15 November 2018</time></div>",
        // unlabelled, or labelled a change
        "<div><time datetime=\"2018-11-15\">15 November 2018</time></div>",
        "<div>Updated <time datetime=\"2018-11-15\">15 November 2018</time></div>",
        // two labelled publications of different days: a list's, not the page's
        "<div>Published <time datetime=\"2018-11-15\">15 November 2018</time></div><div>Published <time datetime=\"2018-12-01\">1 December 2018</time></div>",
        // a label far before the date is another line's
        "<div>Published by the city council's press office for the people of the town <time datetime=\"2018-11-15\">15 November 2018</time></div>",
    })
    void sidebarDatesThatAreNotThePagesPublication(String panel) throws Exception {
        String html = page("en-GB", "", "", "<aside class=sidebar>" + panel + "</aside>");
        for (String zone : ZONES) {
            assertThat(published(zone, html, false)).as(zone).isNull();
        }
    }
}
