package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layouts of German, Swiss, Austrian and French news pages that the seventeenth session's probe pages found
 * misdated: today's date in a masthead right above the article beating the article's own meta line, a
 * "Mehr zum Thema" list after the text outranking the day in the address, change labels written as "Zuletzt
 * bearbeitet", "Update:", "Màj :", and an address dated "-10.07.2018". Pages written for this test, read without
 * a fetch time; each case under Berlin, Paris, New York and Tokyo clocks fixed at 2024-03-10T01:30Z.
 */
class NewsroomLayoutDatesTest {

    private static final String PLAIN_ADDRESS = "https://tagesblatt.example/lokales/bruecke-saniert-id123.html";

    /** A related list after the text, its items dated after the article, its headlines four words long. */
    private static final String RELATED = "<section><h2>Mehr zum Thema</h2><ul>"
            + "<li><time datetime=\"2018-07-12\">12.07.2018</time> <a href=/b1>Anwohner wehren sich weiter</a></li>"
            + "<li><time datetime=\"2018-07-13\">13.07.2018</time> <a href=/b2>Fähre fährt nun länger</a></li></ul></section>";

    private static String page(String lang, String before, String meta, String after) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=utf-8><title>Brücke wird später fertig | Tagesblatt"
                + "</title></head><body><header><a href=/>Tagesblatt</a><nav><a href=/politik>Politik</a></nav></header>" + before
                + "<main><article><h1>Brücke über den Fluss wird später fertig</h1>" + meta + LocaleDateFormsTest.paragraphs()
                + after + "</article></main><footer>© 2024 Tagesblatt</footer></body></html>";
    }

    private static String day(String lang, String before, String meta, String after, String address) throws Exception {
        String html = page(lang, before, meta, after);
        return DatePages.sameDayInEveryZone(html, address, "2024-03-10T01:30:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // today's date in a masthead right above the article yields to the article box's own meta line
        "de|<div class=heute>Donnerstag, 12. Juli 2018</div>|<p class=meta><time>10.07.2018</time></p>|2018-07-10",
        "de|<div class=heute>12.07.2018</div>|<p class=meta>Lokales · 10.07.2018</p>|2018-07-10",
        "fr|<div class=jour>Jeudi 12 juillet 2018</div>|<p class=meta>10 juillet 2018</p>|2018-07-10",
        // guards: a date above the box (a kicker's line, a masthead) still dates a page whose box shows none
        // of its own
        "de|<div class=dachzeile>Lokales · 10.07.2018 - 14:30 Uhr</div>||2018-07-10",
        "de|<div class=heute>Donnerstag, 12. Juli 2018</div>|<p>Von Anna Beispiel</p>|2018-07-12",
    })
    void theArticlesOwnMetaLineOutranksADateAboveItsBox(String lang, String before, String meta, String expected)
            throws Exception {
        assertThat(day(lang, before, meta == null ? "" : meta, "", PLAIN_ADDRESS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a related list's <time> after the text no longer outranks the day the address files the page under
        "https://tagesblatt.example/2018/07/10/bruecke-saniert/|" + "x" + "|2018-07-10",
        "https://tagesblatt.example/lokales/2018-07-10/bruecke-saniert.html|x|2018-07-10",
        // nor dates a page dated nowhere else (its items are other pages')
        PLAIN_ADDRESS + "|x|none",
        // guard: a publication the page labels after its text still dates a page whose address has no day
        PLAIN_ADDRESS + "|<p class=hinweis>Veröffentlicht am 10.07.2018</p>|2018-07-10",
    })
    void aRelatedListAfterTheTextDatesNothing(String address, String closing, String expected) throws Exception {
        String after = ("x".equals(closing) ? "" : closing) + RELATED;
        assertThat(day("de", "", "", after, address)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de|<p class=meta>Zuletzt bearbeitet: 11.07.2018</p><p class=meta>10.07.2018</p>|2018-07-10",
        "de|<p class=meta>Update: 11.07.2018, 09:12 Uhr</p><p class=meta>10.07.2018, 14:30 Uhr</p>|2018-07-10",
        "fr|<p class=meta>Màj : 11/07/2018 08:00</p><p class=meta>10/07/2018 14:30</p>|2018-07-10",
        "fr|<p class=meta>MAJ le 11/07/2018 à 08:00 – Publié le 10/07/2018 à 14:30</p>|2018-07-10",
        "de-CH|<p class=meta>Aktualisiert: 11.07.2018, 09:12 Uhr<br>Publiziert: 10.07.2018, 14:30 Uhr</p>|2018-07-10",
        "de-AT|<p class=meta>Online seit: 10.07.2018 14:30</p><p>Aktualisiert: 11.07.2018 09:12</p>|2018-07-10",
        // guards: a change alone is still the best answer; a headline's "Update" without a colon labels nothing;
        // Polish "maj" is May, no label
        "de|<p class=meta>Zuletzt bearbeitet: 11.07.2018</p>|2018-07-11",
        "en-GB|<p class=meta>Weekly update 10/07/2018</p>|2018-07-10",
        "pl|<p class=meta>Opublikowano: 10 maj 2018</p>|2018-05-10",
    })
    void changeLabelsInShortForms(String lang, String meta, String expected) throws Exception {
        assertThat(day(lang, "", meta, "", PLAIN_ADDRESS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a date written with dots is day first, whatever the other order would allow
        "https://tagesblatt.example/lokales/bruecke-saniert-10.07.2018.html|2018-07-10",
        "https://tagesblatt.example/lokales/10.07.2018/bruecke-saniert|2018-07-10",
        // dashes leave "05-06-2017" to the page's language (German: day first, dates55 — no day before); a day
        // after the clock is none
        "https://tagesblatt.example/lokales/bruecke-05-06-2017.html|2017-06-05",
        "https://tagesblatt.example/lokales/bruecke-10.07.2031.html|none",
    })
    void anAddressDateWithDotsIsDayFirst(String address, String expected) throws Exception {
        assertThat(day("de", "", "", "", address)).isEqualTo(expected);
    }
}
