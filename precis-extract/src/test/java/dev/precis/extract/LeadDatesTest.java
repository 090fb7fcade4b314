package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages written for this test that show their day only before the headline, outside any meta line the
 * earlier rules read (a breadcrumb's last step), and pages whose only day before the headline is not the
 * article's (the masthead's "today" line in a site header or navigation, a teaser card's day): the one
 * day shown before the headline dates a page dated nowhere else ({@link LeadDates}). Read without a
 * fetch time under Berlin, Paris, New York and Tokyo clocks fixed at 2024-03-10T01:30Z.
 */
class LeadDatesTest {

    private static final String ADDRESS = "https://news.example/lokales/bruecke";

    /** An article page with {@code before} ahead of its headline box and nothing dated after it. */
    private static String page(String before) {
        return "<!doctype html><html lang=\"de\"><head><title>Neue Brücke | Lokalblatt</title></head><body>" + before
                + "<div class=content><h1>Neue Brücke über den Fluss</h1>" + LocaleDateFormsTest.paragraphs()
                + "</div><div class=bottom>© 2023 Lokalblatt</div></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a breadcrumb's last step, the links before it skipped
        "<nav class=breadcrumb><a href=/>Startseite</a> › <a href=/presse>Pressemitteilungen</a> › <span>12.07.2017</span></nav> # 2017-07-12",
        "<ol class=breadcrumbs><li><a href=/>Start</a></li><li><a href=/lokales>Lokales</a></li><li>12. Juli 2017</li></ol> # 2017-07-12",
        // the masthead's "today" line is skipped, the breadcrumb below it read
        "<header class=site-header><a href=/>Lokalblatt</a><div>Samstag, 9. März 2024</div></header>"
                + "<nav aria-label=breadcrumb><a href=/>Startseite</a> › 12.07.2017</nav> # 2017-07-12",
        // a page header that holds the headline is the article's own
        "<header class=page-head><div class=crumbs>Lokales › 12.07.2017</div> # 2017-07-12",
    })
    void theOneDayBeforeTheHeadlineDatesAnUndatedPage(String before, String want) throws Exception {
        assertThat(DatePages.sameDayInEveryZone(page(before), ADDRESS, "2024-03-10T01:30:00Z")).isEqualTo(want);
    }

    /** A site menu of 40 section links. */
    private static final String MENU = "<div class=menu>" + java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> "<a href=/rubrik" + i + ">Rubrik " + i + "</a> ").collect(java.util.stream.Collectors.joining()) + "</div>";

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // the masthead's day is the day the page was rendered, not written
        "<header class=site-header><a href=/>Lokalblatt</a><div>Samstag, 9. März 2024</div></header>",
        "<nav><a href=/>Start</a> <span>Samstag, 9. März 2024</span></nav>",
        "<div role=banner><a href=/>Lokalblatt</a> <span>Samstag, 9. März 2024</span></div>",
        // a teaser card's day beside its link
        "<ul><li><a href=/alt>Alte Brücke gesperrt</a> 03.05.2016</li></ul>",
    })
    void aDayThatIsNotTheArticlesDatesNothing(String before) throws Exception {
        // (a site menu between it and the headline, as on most pages: a day right above the headline is
        // the meta line's, read by the earlier rules)
        assertThat(DatePages.sameDayInEveryZone(page(before + MENU), ADDRESS, "2024-03-10T01:30:00Z")).isEqualTo("none");
    }
}
