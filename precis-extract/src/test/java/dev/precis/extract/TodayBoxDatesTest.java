package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A site's date of the day in a box named for today ({@link TodayBoxes}) right above the article, inside the
 * main column where the masthead rules do not reach: pages written for this test, read under four zones' clocks
 * at 2024-03-10T01:30Z (the box shows that day); the box's day never dates the page, the article's own does.
 */
class TodayBoxDatesTest {

    private static String page(String lang, String box, String meta) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title></head><body>"
                + "<header><nav><a href=/>Start</a></nav></header><main>" + box + "<article><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + "</article></main><footer>© 2023 Lokalblatt</footer></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<div class=heute>Sonntag, 10. März 2024</div>~~none",
        "fr~<div class=date-du-jour>Dimanche 10 mars 2024</div>~~none",
        "en~<div id=current-date>Sunday, March 10, 2024</div>~~none",
        "it~<p class=\"barra oggi\">Domenica 10 marzo 2024</p>~<p class=meta>05/03/2024</p>~2024-03-05",
        "es~<div class=fechaHoy>domingo, 10 de marzo de 2024</div>~<p class=meta>5 de marzo de 2024</p>~2024-03-05",
        "nl~<div class=vandaag><time datetime=2024-03-10>zondag 10 maart 2024</time></div>~~none",
        // a box of another name keeps its day (the article's kicker above its headline); "current" alone names no day
        "de~<div class=kicker>05.03.2024</div>~~2024-03-05",
        "en~<div class=current-issue>March 5, 2024</div>~~2024-03-05",
    })
    void theDateOfTheDayIsNoPublication(String lang, String box, String meta, String day) throws Exception {
        String html = page(lang, box, meta == null ? "" : meta);
        assertThat(DatePages.sameDayInEveryZone(html, "https://news.example/lokales/bruecke", "2024-03-10T01:30:00Z"))
                .isEqualTo(day);
    }
}
