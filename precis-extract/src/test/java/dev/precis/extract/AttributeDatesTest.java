package dev.precis.extract;

import static dev.precis.extract.DatePages.page;
import static dev.precis.extract.DatePages.extract;
import static dev.precis.extract.DatePages.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A box the markup names a date that keeps its date in an attribute, as {@code <time datetime>} does
 * ({@code <span class="date" title="12.07.2017">}, {@code <div class="article-date" data-date="…">}),
 * read in the page's day order and labelled by the words before it. Pages written for this test; each
 * runs under a Berlin, a Paris, a New York and a Tokyo clock, fixed.
 */
class AttributeDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/New_York", "Asia/Tokyo"};

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <div class=article-date data-date=2017-07-12T14:30:00+02:00></div> # # 2017-07-12 #",
        "de # <p class=meta><span class=datum title=12.07.2017>Mittwoch</span> · <a href=/lokales>Lokales</a></p> # # 2017-07-12 #",
        // the page's own day order: French day first, American month first
        "fr # <span class=date title=12/07/2017>il y a longtemps</span> # # 2017-07-12 #",
        "en-US # <span class=post-date title=07/12/2017>a while ago</span> # # 2017-07-12 #",
        "nl # <div class=datum data-datetime=\"2017-07-12 14:30\">woensdag</div> # # 2017-07-12 #",
        // labelled by the words before it
        "de # <p>Veröffentlicht: <span class=datum title=12.07.2017>Mittwoch</span>, aktualisiert: "
            + "<span class=datum title=13.07.2017>Donnerstag</span></p> # # 2017-07-12 # 2017-07-13",
        // after the text, when nothing else dates the page
        "de # # <div class=post-date data-date=2017-07-12></div> # 2017-07-12 #",
    })
    void aDateBoxsAttributeDatesThePage(String lang, String meta, String after, String published, String modified)
            throws Exception {
        DatePages.assertDaysInEveryZone(page(lang, meta == null ? "" : meta, after == null ? "" : after), published, modified);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a reading time, a comment's date, a card's date, a day after the clock's
        "de # <span class=reading-time title=\"5 min\">5 Minuten</span> # ",
        "de # # <div class=comment-date data-date=2017-07-12></div>",
        "de # # <div class=mehr><a href=/lokales/alte-bruecke><span class=date title=03.05.2016></span>"
            + "<h3>Alte Brücke wird für den Verkehr gesperrt</h3></a></div>",
        "de # <div class=article-date data-date=2030-07-12></div> # ",
        // an attribute that is no date
        "de # <span class=date title=\"12 Kommentare\">Mittwoch</span> # ",
    })
    void attributesItMustNotRead(String lang, String meta, String after) throws Exception {
        for (String zone : ZONES) {
            ExtractedPage p = extract(zone, page(lang, meta == null ? "" : meta, after == null ? "" : after));
            assertThat(p.article().published()).as(zone).isNull();
        }
    }
}
