package dev.precis.extract;

import static dev.precis.extract.DatePages.page;
import static dev.precis.extract.DatePages.published;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cards: a link that holds another page's date together with its headline (and often an excerpt) is
 * that page's teaser, and its date, labelled ("Veröffentlicht am", a screen reader's "Publish date") or
 * not, never dates the page; a date linked alone (a permalink) still does. Pages written for this test;
 * each runs under a Berlin, a Paris and a New York clock, fixed.
 */
class CardDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/New_York"};

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a card after the text: label, date and headline in one link
        "de # # <div class=mehr><a href=/lokales/alte-bruecke><span>Veröffentlicht am 03.05.2016</span>"
            + "<h3>Alte Brücke wird für den Verkehr gesperrt</h3></a></div> #",
        "fr # # <div class=suite><a href=/local/passerelle><time datetime=2016-05-03>3 mai 2016</time>"
            + "<h3>La vieille passerelle fermée à la circulation demain</h3></a></div> #",
        "en-GB # # <div class=cards><a href=/guidance/bridge-repairs><span><h3 class=sr-only>Publish date</h3>"
            + "<time datetime=2016-05-03T12:00:00Z>3 May 2016</time></span><h3>Old bridge to close for repairs next month</h3>"
            + "<div>What drivers need to know before the works begin.</div></a></div> #",
        // a card above the headline, the page's own date after the text in its date box
        "de # # <div class=post-date>12.07.2017</div> # 2017-07-12",
    })
    void aCardsDateIsThatPagesNotThisOnes(String lang, String meta, String after, String expected) throws Exception {
        String card = "<div class=box><a href=/lokales/alte-bruecke><span>Veröffentlicht am 03.05.2016</span>"
                + "<h3>Alte Brücke wird für den Verkehr gesperrt</h3></a></div>";
        for (String zone : ZONES) {
            assertThat(published(zone, page(lang, meta == null ? "" : meta, after == null ? "" : after)))
                    .as(zone).isEqualTo(expected);
            if (expected != null) {
                assertThat(published(zone, page(lang, card, after))).as(zone + ", card first").isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a permalink: the date alone in its link, on the meta line
        "en-US # <p class=meta>Posted on <a href=/news/bridge>July 12, 2017</a> by <a href=/author/anna>Anna Example</a></p> # 2017-07-12",
        "de # <p class=meta><a href=/2017/07/12/>12.07.2017</a> · <a href=/lokales>Lokales</a></p> # 2017-07-12",
        "fr # <p class=meta>Publié le <a href=/local/pont><time datetime=2017-07-12>12 juillet 2017</time></a></p> # 2017-07-12",
    })
    void aDateLinkedAloneStillDatesThePage(String lang, String meta, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page(lang, meta, ""))).as(zone).isEqualTo(expected);
        }
    }
}
