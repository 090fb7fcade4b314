package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two date shapes of German and French news and blog pages (forty-second session, dates53): a day printed with
 * pipes between its figures ("12|07|2017", "05 | 03 | 2017"), read in the page's day-first order, and a JSON-LD
 * article object that names another host's page as its own (a template's placeholder address) beside a WebPage
 * object that dates this page's own address: the WebPage's day is the page's. Pages written for this test, read
 * under clocks in four zones ({@link DatePages#sameDayInEveryZone}) with the fetch time 2024-03-10T12:00Z.
 */
class PipedAndForeignObjectDatesTest {

    private static final String FETCHED = "2024-03-10T12:00:00Z";
    private static final String ADDRESS = "https://blog.example/neue-bruecke/";

    private static String day(String lang, String head, String meta) throws Exception {
        return DatePages.sameDayInEveryZone(LocaleDateFormsTest.page(lang, head, meta), ADDRESS, FETCHED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<div class=meta>12|07|2017</div>~2017-07-12",
        "de~<div class=meta>Anna Beispiel · 12|07|2017 14:03</div>~2017-07-12",
        "fr~<span class=date>05|03|2017</span>~2017-03-05",
        "fr~<div class=date>05 | 03 | 2017</div>~2017-03-05",
        "de~<p class=datum>Veröffentlicht: 05 | 03 | 2017</p>~2017-03-05",
        // one-digit figures between spaced pipes are a list, not a day; a month and a year name no day
        "de~<div class=meta>Heft 1 | 3 | 2017</div>~none",
        "de~<div class=meta>07|2017</div>~none",
    })
    void aDayWithPipes(String lang, String meta, String expected) throws Exception {
        assertThat(day(lang, "", meta)).isEqualTo(expected);
    }

    private static String graph(String webPageId, String webPageUrl) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"@id\":\"" + webPageId + "\",\"url\":\"" + webPageUrl + "\","
                + "\"datePublished\":\"2017-07-12T10:00:00+00:00\",\"dateModified\":\"2017-08-01T10:00:00+00:00\"},"
                + "{\"@type\":\"WebSite\",\"@id\":\"https://blog.example/#website\",\"name\":\"Lokalblatt\"}]}</script>";
    }

    private static String article(String key, String named) {
        String ref = named == null ? "" : "mainEntityOfPage".equals(key)
                ? "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"" + named + "\"},"
                : "\"url\":\"" + named + "\",";
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + ref + "\"headline\":\"Neue Brücke über den Fluss\",\"datePublished\":\"2017-07-03T00:00:00+0000\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Anna Beispiel\"}}</script>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // the article object names a placeholder page on another host: the page's own WebPage dates it
        "mainEntityOfPage~https://google.com/article~" + ADDRESS + "~" + ADDRESS + "~2017-07-12",
        "mainEntityOfPage~https://example.com/my-news-article~" + ADDRESS + "#webpage~" + ADDRESS + "~2017-07-12",
        "url~https://www.example.org/story~https://blog.example/#page~" + ADDRESS + "~2017-07-12",
        // the article object names this page, or a path, or nothing: its own day stands
        "mainEntityOfPage~" + ADDRESS + "~" + ADDRESS + "~" + ADDRESS + "~2017-07-03",
        "mainEntityOfPage~/neue-bruecke/~" + ADDRESS + "~" + ADDRESS + "~2017-07-03",
        "none~~" + ADDRESS + "~" + ADDRESS + "~2017-07-03",
        // the WebPage object names neither this page by its @id nor by its url: the article's day stands
        "mainEntityOfPage~https://google.com/article~https://blog.example/andere-seite/~https://blog.example/andere-seite/~2017-07-03",
    })
    void anArticleObjectOfAnotherPage(String key, String named, String webPageId, String webPageUrl, String expected)
            throws Exception {
        String head = graph(webPageId, webPageUrl) + article(key, "none".equals(key) ? null : named);
        assertThat(day("de", head, "")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // the page read at an address with a query: its canonical link names the address the WebPage dates
        "https://blog.example/neue-bruecke/?utm_source=feed~2017-07-12",
    })
    void theCanonicalAddressNamesThePage(String fetchedFrom, String expected) throws Exception {
        String head = "<link rel=canonical href=\"" + ADDRESS + "\">" + graph(ADDRESS, ADDRESS)
                + article("mainEntityOfPage", "https://google.com/article");
        String html = LocaleDateFormsTest.page("de", head, "");
        assertThat(DatePages.sameDayInEveryZone(html, fetchedFrom, FETCHED)).isEqualTo(expected);
    }
}
