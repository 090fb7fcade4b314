package dev.precis.extract;

import static dev.precis.extract.DatePages.page;
import static dev.precis.extract.DatePages.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates the markup puts together or names: a date split over inline elements
 * ({@code <span>12</span>.<span>07</span>.<span>2017</span>}), a date in a box whose class names it the
 * post's ("post-date", "entry-date", "date-published") after the article's text, and a short sentence that
 * names its date the publication's after it, verb last ("… am 12. Juli 2017 … veröffentlicht.").
 * Pages written for this test; each runs under a Berlin and a New York clock, fixed.
 */
class DateMarkupTest {

    private static final String[] ZONES = {"Europe/Berlin", "America/New_York"};

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // split over spans, no space in the source between them
        "de # <div class=meta><span>12</span>.<span>07</span>.<span>2017</span></div> # # 2017-07-12",
        "fr # <div class=meta>Publié le <b>12</b>/<b>07</b>/<b>2017</b></div> # # 2017-07-12",
        "pl # <p class=meta><span>12</span>-<span>07</span>-<span>2017</span></p> # # 2017-07-12",
        // a box named for the post's date, after the text, no label
        "de # # <div class=post-date>12.07.2017</div> # 2017-07-12",
        "en-US # # <p class=\"entry-meta\"><span class=\"entry-date\">July 12, 2017</span></p> # 2017-07-12",
        "es # # <div class=\"fecha-publicacion\">12 de julio de 2017</div> # 2017-07-12",
        "it # # <span class=article__date>12 luglio 2017</span> # 2017-07-12",
        "it # # <div class=article__date>12 luglio 2017</div> # 2017-07-12",
        "de # # <span class=article__date>12. Juli 2017</span> # 2017-07-12",
        // the verb after the date
        "de # # <div class=entry-utility>Dieser Beitrag wurde am 12. Juli 2017 von Anna in Lokales veröffentlicht.</div> # 2017-07-12",
        "nl # # <div class=voet>Dit bericht werd op 12 juli 2017 door Anna gepubliceerd.</div> # 2017-07-12",
    })
    void datesTheMarkupJoinsOrNames(String lang, String meta, String after, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page(lang, meta == null ? "" : meta, after == null ? "" : after)))
                    .as(zone).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // spaces in the source stay: these are three numbers, not a date
        "de # <div class=meta><span>12</span> <span>07</span> <span>2017</span></div> # #",
        // a box named for a comment's date, or the publisher's, dates nothing after the text
        "de # # <div class=comment-date>12.07.2017</div> #",
        "de # # <div class=publisher-info>Lokalblatt GmbH, 12.07.2017</div> #",
        // a date-named box after the clock's day is no publication
        "de # # <div class=post-date>12.07.2030</div> #",
        // "veröffentlicht" later in a paragraph of running text is the story's verb
        "de # # <p>Der Rat hat am 12. Juli 2017 nach einer langen Sitzung über die Zukunft der alten Mühle und der neuen Brücke den Bericht der Verwaltung angenommen und dann veröffentlicht.</p> #",
        // a label after the sentence's end labels the next sentence's nothing
        "de # # <div class=note>Sitzung vom 12.07.2017. Veröffentlicht wird das Protokoll später.</div> #",
    })
    void datesItMustNotTake(String lang, String meta, String after, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page(lang, meta == null ? "" : meta, after == null ? "" : after)))
                    .as(zone).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a box named for the update is the modification; the labelled publication before the text stays
        "en-US # <div class=byline>Published July 12, 2017</div> # <div class=date-updated>July 14, 2017</div> # 2017-07-12",
        "de # <div class=meta>12.07.2017</div> # <div class=\"aktualisiert-datum\">14.07.2017</div> # 2017-07-12",
    })
    void anUpdateBoxIsNoPublication(String lang, String meta, String after, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page(lang, meta, after))).as(zone).isEqualTo(expected);
        }
    }

    private static String withHead(String lang, String head, String before, String meta) {
        return page(lang, meta, "").replace("</head>", head + "</head>").replace("<div class=content>", before + "<div class=content>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <div itemscope itemtype=\"https://schema.org/BlogPosting\"><a href=/alt>Ein älterer Beitrag</a><meta itemprop=datePublished content=2016-01-01></div>",
        "de # <div class=widget><div itemscope itemtype=\"https://schema.org/BlogPosting\"><a href=/alt>Ein älterer Beitrag</a> <time itemprop=datePublished datetime=2016-01-01>1.1.2016</time></div></div>",
        "fr # <ul><li itemscope itemtype=\"https://schema.org/NewsArticle\"><a href=/autre>Un autre article</a><span itemprop=datePublished>01/01/2016</span></li></ul>",
    })
    void aTeasersMicrodataIsAnotherArticlesDate(String lang, String teaser) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, withHead(lang, "", teaser, "<div class=meta>12.07.2017</div>"))).as(zone).isEqualTo("2017-07-12");
        }
        // the article's own item, holding its headline, still dates it
        String own = "<!doctype html><html lang=de><head><title>Neue Brücke</title></head><body><div itemscope itemtype=\"https://schema.org/NewsArticle\">"
                + "<h1>Neue Brücke über den Fluss</h1><a href=/lokales>Lokales</a><meta itemprop=datePublished content=2017-07-12>"
                + LocaleDateFormsTest.paragraphs() + "</div></body></html>";
        assertThat(published(ZONES[0], own)).isEqualTo("2017-07-12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // 22:30 UTC is half past midnight the next day in Berlin and Paris (summer time): the day readers see
        "de # 2017-07-11T22:30:00Z # 2017-07-12T00:30:00+02:00",
        "fr-FR # 2017-07-11T22:30:00+00:00 # 2017-07-12T00:30:00+02:00",
        "de-AT # 2017-01-11T23:30:00Z # 2017-01-12T00:30:00+01:00",
        "en-GB # 2017-07-11T23:30:00Z # 2017-07-12T00:30:00+01:00",
        // a language spoken in many zones settles none: the UTC value stays
        "en-US # 2017-07-11T22:30:00Z # 2017-07-11T22:30:00Z",
        "es # 2017-07-11T22:30:00Z # 2017-07-11T22:30:00Z",
        "pt-BR # 2017-07-11T22:30:00Z # 2017-07-11T22:30:00Z",
        // a time given with its own offset is the page's own
        "de # 2017-07-11T22:30:00-04:00 # 2017-07-11T22:30:00-04:00",
    })
    void aUtcTimeIsReadInTheZoneThePagesLanguageSettles(String lang, String stored, String expected) throws Exception {
        for (String zone : ZONES) {
            Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
            String html = withHead(lang, "<meta property=\"article:published_time\" content=\"" + stored + "\">", "", "");
            assertThat(new DensityArticleExtractor(null, clock).extractPage(html, "https://news.example/a").article().published())
                    .as(zone).isEqualTo(expected);
        }
    }
}
