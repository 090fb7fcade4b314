package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A masthead's "today" line in a plain box ({@code <div class="top"><span class="heute">Dienstag, 18. Juli
 * 2017</span>…}) is the day the page was shown, never its publication ({@link PageRegions}): a page dated
 * nowhere else gets no date, a page with its own date keeps it. Pages written for this test in German,
 * French, Spanish, Italian and Dutch, read without a fetch time under Berlin, Paris, New York and Tokyo clocks
 * fixed at 2024-03-10T01:30Z ({@link DatePages#sameDayInEveryZone}).
 */
class TodayLineDatesTest {

    private static final String ADDRESS = "https://news.example/lokales/bruecke";

    private static String page(String lang, String box, String meta, String after) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title></head><body>"
                + "<div class=\"top\">" + box + " <a href=/>Lokalblatt</a> <a href=/politik>Politik</a></div>"
                + "<div class=\"row\"><div class=\"col-main\"><article><h1>Neue Brücke über den Fluss</h1>" + meta
                + LocaleDateFormsTest.paragraphs() + after + "</article></div></div><footer>© 2023 Lokalblatt</footer></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <span class=\"heute\">Dienstag, 18. Juli 2017</span>",
        "de # <div id=\"datum-heute\">18.07.2017</div>",
        "fr # <span class=\"date-aujourdhui\">mardi 18 juillet 2017</span>",
        "fr # <span class=\"aujourd-hui\">Mardi 18 juillet 2017</span>",
        "es # <span class=\"fecha-hoy\">martes, 18 de julio de 2017</span>",
        "it # <span class=\"data-oggi\">martedì 18 luglio 2017</span>",
        "nl # <span class=\"vandaag\">dinsdag 18 juli 2017</span>",
        "en # <span class=\"todayDate\">Tuesday, July 18, 2017</span>",
    })
    void aTodayLineDatesNoPage(String lang, String box) throws Exception {
        assertThat(DatePages.sameDayInEveryZone(page(lang, box, "", ""), ADDRESS, "2024-03-10T01:30:00Z")).isEqualTo("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <span class=\"heute\">Dienstag, 18. Juli 2017</span> # <p class=\"meta\">12.07.2017, 09:15 Uhr</p> # 2017-07-12",
        "fr # <span class=\"date-aujourdhui\">mardi 18 juillet 2017</span> # <p>Publié le 12 juillet 2017</p> # 2017-07-12",
        "nl # <span class=\"vandaag\">dinsdag 18 juli 2017</span> # <p>12 juli 2017</p> # 2017-07-12",
    })
    void aPageKeepsItsOwnDateBesideATodayLine(String lang, String box, String meta, String want) throws Exception {
        assertThat(DatePages.sameDayInEveryZone(page(lang, box, meta, ""), ADDRESS, "2024-03-10T01:30:00Z")).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a long box (a paper named for the word, its whole header) or one holding the headline is no today line
        "de # <div class=\"heute-kopf\"><h1>Neue Brücke über den Fluss</h1><p>Veröffentlicht am 12.07.2017</p></div> # 2017-07-12",
    })
    void aBoxNamedForTodayThatHoldsTheHeadlineKeepsItsDate(String lang, String box, String want) throws Exception {
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title></head><body>"
                + "<main>" + box + LocaleDateFormsTest.paragraphs() + "</main><footer>© 2023 Lokalblatt</footer></body></html>";
        assertThat(DatePages.sameDayInEveryZone(html, ADDRESS, "2024-03-10T01:30:00Z")).isEqualTo(want);
    }
}
