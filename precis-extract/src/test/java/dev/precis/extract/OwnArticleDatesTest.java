package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which of a page's dates is its own: the article object of its JSON-LD among several (a related story's
 * listed first), a UTC time on a page that declares no language (its text's or its country domain's zone),
 * and Drupal's default month-first format on a German site. Pages written for this test; each
 * case runs under Berlin, Paris, New York and Tokyo clocks fixed at 2024-03-10T01:30Z.
 */
class OwnArticleDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/New_York", "Asia/Tokyo"};
    private static final String ADDRESS = "https://lokalblatt.example/lokales/neue-bruecke-1234";

    private static String page(String htmlAttrs, String head, String meta) {
        return "<!doctype html><html" + htmlAttrs + "><head><title>Neue Brücke | Lokalblatt</title>" + head
                + "</head><body><div class=top><a href=/>Lokalblatt</a></div><main><article><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + "</article></main><div class=bottom>© 2023 Lokalblatt</div></body></html>";
    }

    private static String article(String headline, String url, String published) {
        return "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"" + headline + "\","
                + (url == null ? "" : "\"url\":\"" + url + "\",") + "\"datePublished\":\"" + published + "\"}";
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    private static String published(String zone, String html, String url, LanguageGuesser guesser) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
        String got = new DensityArticleExtractor(guesser, clock).extractPage(html, url).article().published();
        return got == null ? null : got.substring(0, 10);
    }

    private static final String RELATED = article("Sommerfest im Stadtpark", "https://lokalblatt.example/lokales/sommerfest-99",
            "2017-06-30T10:00:00+02:00");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the page's own object named by its address (canonical link, og:url) or its headline, after a related one
        "<link rel=canonical href=https://lokalblatt.example/lokales/neue-bruecke-1234>|https://lokalblatt.example/lokales/neue-bruecke-1234|other headline|2017-07-12",
        "<meta property=og:url content=https://www.lokalblatt.example/lokales/neue-bruecke-1234/>|https://lokalblatt.example/lokales/neue-bruecke-1234|other headline|2017-07-12",
        "<meta name=robots content=index>|https://lokalblatt.example/amp/neue-bruecke|Neue Brücke über den Fluss|2017-07-12",
        // nothing names the page's own: the first article object, as before
        "<meta name=robots content=index>|https://lokalblatt.example/amp/neue-bruecke|other headline|2017-06-30",
    })
    void thePagesOwnArticleObjectDatesIt(String head, String ownUrl, String ownHeadline, String expected) throws Exception {
        String html = page(" lang=de", head + ld("[" + RELATED + "," + article(ownHeadline, ownUrl, "2017-07-12T14:30:00+02:00") + "]"), "");
        for (String zone : ZONES) {
            assertThat(published(zone, html, ADDRESS, null)).as(zone).isEqualTo(expected);
        }
    }

    @Test
    void theOwnObjectAlsoInSeparateBlocks() throws Exception {
        String html = page(" lang=de", "<link rel=canonical href=" + ADDRESS + ">" + ld(RELATED)
                + ld(article("Neue Brücke", ADDRESS, "2017-07-12T14:30:00+02:00")), "");
        for (String zone : ZONES) {
            assertThat(published(zone, html, ADDRESS, null)).as(zone).isEqualTo("2017-07-12");
        }
    }

    @Test
    void aUtcTimeOnAnUndeclaredPageFallsOnTheDayOfItsTextsZone() throws Exception {
        // 23:15 UTC is 01:15 the next day in Berlin: the day the German page shows its readers
        String html = page("", ld(article("Neue Brücke über den Fluss", null, "2017-07-11T23:15:00Z")),
                "<p class=meta>12.07.2017, 01:15 Uhr</p>");
        for (String zone : ZONES) {
            assertThat(published(zone, html, ADDRESS, LanguageGuesser.load())).as(zone).isEqualTo("2017-07-12");
            // no guesser, no country domain: the zone stays unknown and UTC's day stands
            assertThat(published(zone, html, ADDRESS, null)).as(zone).isEqualTo("2017-07-11");
            // no guesser, a German domain: Berlin's day
            assertThat(published(zone, html, "https://www.lokalblatt.de/lokales/neue-bruecke", null)).as(zone)
                    .isEqualTo("2017-07-12");
            // a declared language still settles the zone first: English names none, so UTC's day stands
            assertThat(published(zone, html.replace("<html>", "<html lang=en>"), "https://www.lokalblatt.de/a", null))
                    .as(zone).isEqualTo("2017-07-11");
        }
    }

    @Test
    void anEnglishUndeclaredPageKeepsItsUtcDay() throws Exception {
        String html = "<!doctype html><html><head><title>New bridge</title>"
                + ld(article("New bridge over the river", null, "2017-07-11T23:15:00Z"))
                + "</head><body><main><article><h1>New bridge over the river</h1>"
                + ("<p>The town council debated the new bridge over the river at length on Tuesday evening and changed the "
                        + "administration's plans on several points before the vote.</p>").repeat(5)
                + "</article></main></body></html>";
        for (String zone : ZONES) {
            assertThat(published(zone, html, "https://town.example/bridge", LanguageGuesser.load())).as(zone).isEqualTo("2017-07-11");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Drupal's default "D, m/d/Y - H:i" with a German or English weekday on a German page: month first
        "de|<div class=submitted>Eingereicht von admin am Mi., 07/12/2017 - 14:30</div>|2017-07-12",
        "de|<div class=submitted>Submitted by admin on Wed, 07/12/2017 - 14:30</div>|2017-07-12",
        // a French weekday: the format may be a translated d/m/Y, so the page's order (day first) stands
        "fr|<div class=submitted>Soumis par admin le mer, 07/12/2017 - 14:30</div>|2017-12-07",
        // a first number past 12 is a day whatever the format
        "de|<div class=submitted>Eingereicht von admin am Mi., 25/07/2017 - 14:30</div>|2017-07-25",
        // without the weekday or the dashed time, the page's own order (day first) stands
        "de|<div class=submitted>Eingereicht von admin am 07/12/2017 - 14:30</div>|2017-12-07",
        "fr|<p class=meta>Publié le mer, 07/12/2017 à 14:30</p>|2017-12-07",
        "fr|<p class=meta>Publié le 07/12/2017 - 14:30</p>|2017-12-07",
        // dots are always day first
        "de|<div class=submitted>Eingereicht von admin am Mi., 07.12.2017 - 14:30</div>|2017-12-07",
    })
    void drupalsDefaultFormatIsMonthFirst(String lang, String meta, String expected) throws Exception {
        String html = page(" lang=" + lang, "", meta);
        for (String zone : ZONES) {
            assertThat(published(zone, html, ADDRESS, null)).as(zone).isEqualTo(expected);
        }
    }
    /** A German page: {@code above} before its article box, {@code inside} at the article's end, {@code outside} after it. */
    private static String framed(String above, String meta, String inside, String outside) {
        return "<!doctype html><html lang=de><head><title>Neue Brücke | Lokalblatt</title></head><body>"
                + "<div class=top><a href=/>Lokalblatt</a></div>" + above + "<main><article><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + inside + "</article>" + outside
                + "</main><div class=bottom>© 2023 Lokalblatt</div></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', nullValues = "-", value = {
        // a masthead's day above the article box yields to the publication labelled inside it
        "<div class=masthead>Mittwoch, 6. Dezember 2023</div> ~ - ~ <p class=meta>Veröffentlicht am 12.07.2017</p> ~ - ~ 2017-07-12",
        // a kicker's day inside the box, above the headline, still outranks a labelled teaser after the article
        "- ~ <p class=kicker>12.07.2017</p> ~ - ~ <ul><li>Veröffentlicht am 03.03.2024: Fest im Park</li></ul> ~ 2017-07-12",
        // a post's closing meta line: its facts apart by separators, links beside the date or a permalink on it
        "- ~ - ~ <div class=entry-meta>Kategorie: <a href=/c>Lokales</a> | 12. Juli 2017 | <a href=#comments>2 Kommentare</a></div> ~ - ~ 2017-07-12",
        "- ~ - ~ <p class=post-meta>Lokales · <a href=/2017/07/12/>12. Juli 2017</a></p> ~ - ~ 2017-07-12",
        "- ~ - ~ <div class=entry-meta>Lokales | 12.07.2017, 14:30 Uhr | Anna Beispiel</div> ~ - ~ 2017-07-12",
        // not a card's meta line after its linked headline, not a sentence, not a box of another name
        "- ~ - ~ - ~ <div class=related><article><h4><a href=/x>Sommerfest im Stadtpark mit großem Programm</a></h4><div class=entry-meta>Kategorie: <a href=/c>Lokales</a> | 30. Juni 2017</div></article></div> ~ -",
        "- ~ - ~ <div class=entry-meta>Hans schrieb am 12.07.2017 über die Pläne der Stadt</div> ~ - ~ -",
        "- ~ - ~ <div class=tags><a href=/c>Lokales</a> | 12.07.2017 | <a href=/d>Verkehr</a></div> ~ - ~ -",
    })
    void theArticlesOwnBoxAndClosingLineDateIt(String above, String meta, String inside, String outside, String expected)
            throws Exception {
        String html = framed(above == null ? "" : above, meta == null ? "" : meta, inside == null ? "" : inside,
                outside == null ? "" : outside);
        for (String zone : ZONES) {
            assertThat(published(zone, html, ADDRESS, null)).as(zone).isEqualTo(expected);
        }
    }
}
