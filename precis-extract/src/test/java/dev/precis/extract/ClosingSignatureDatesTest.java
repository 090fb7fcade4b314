package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A closing signature after the article's text (forty-second session, second round, dates54): German, French and
 * English blogs and local news end the body with "Name, date" or "Place, den date" and carry no other date. Read only
 * when nothing better dates the page; a comment's signature, a copyright year, one first name alone (a comment's), a
 * title ("Le Journal") or a firm, a closing sentence and a signature followed by more text date nothing. Pages
 * written for this test, read under clocks in four zones
 * ({@link DatePages#sameDayInEveryZone}) with the fetch time 2024-03-10T12:00Z.
 */
class ClosingSignatureDatesTest {

    private static final String FETCHED = "2024-03-10T12:00:00Z";
    private static final String ADDRESS = "https://blog.example/neue-bruecke/";

    private static String page(String lang, String head, String meta, String end, String after) {
        // (six paragraphs of running text: a line after a short text is still the page's meta line)
        String body = LocaleDateFormsTest.paragraphs();
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title>" + head
                + "</head><body><header><nav><a href=/>Start</a></nav></header>"
                + "<main><article><h1>Neue Brücke über den Fluss</h1>" + meta + body + end
                + "</article>" + after + "</main><footer>© 2023 Lokalblatt</footer></body></html>";
    }

    private static String day(String lang, String head, String meta, String end, String after) throws Exception {
        String d = DatePages.sameDayInEveryZone(page(lang, head, meta, end, after), ADDRESS, FETCHED);
        return "none".equals(d) ? "" : d;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p>Karla Muster, 14. Juni 2016</p>~2016-06-14",
        "de~<p>– Karla Muster, 14.06.2016</p>~2016-06-14",
        "de~<p>Potsdam, den 14. Juni 2016</p>~2016-06-14",
        "de~<p>Karla Muster, Potsdam, 14.06.2016</p>~2016-06-14",
        "fr~<p>Paul Exemple, le 9 février 2021</p>~2021-02-09",
        "fr~<p>Nantes, le 9 février 2021</p>~2021-02-09",
        "en~<p>— Jo Sample, February 9, 2021</p>~2021-02-09",
        // no day, a copyright year, a closing sentence: nothing
        "de~<p>Karla Muster, Erstveröffentlichung 2015</p>~",
        "de~<p>© Karla Muster 2016</p>~",
        "en~<p>The council first talked about a bridge at a meeting on February 9, 2015, and the plan was dropped then.</p>~",
        // one first name alone signs too (dates56; a comment's is not in the text read); a title, a firm: nothing
        "de~<p>Karla, 14.06.2016</p>~2016-06-14",
        "fr~<p>Le Quotidien, 14 juin 2016</p>~",
        "de~<p>Lokalblatt GmbH, 14.06.2016</p>~",
        // a signed line with more running text after it is inside the text
        "de~<p>Karla Muster, 14.06.2016</p><p>Die Arbeiten am Ufer sollen nach den Plänen der Stadt im kommenden Herbst abgeschlossen sein, hieß es.</p>~",
    })
    void aClosingSignatureDatesAnUndatedPage(String lang, String end, String expected) throws Exception {
        assertThat(day(lang, "", "", end, "")).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // structured data or a shown date under the headline wins over the signature
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2016-06-13T18:00:00+02:00\"}</script>~~2016-06-13",
        "~<p class=meta>Veröffentlicht am 13.06.2016</p>~2016-06-13",
    })
    void aBetterSourceWins(String head, String meta, String expected) throws Exception {
        assertThat(day("de", head == null ? "" : head, meta == null ? "" : meta, "<p>Karla Muster, 14.06.2016</p>", ""))
                .isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aCommentsSignatureDatesNothing() throws Exception {
        String comments = "<section id=comments class=comments-area><h2>Kommentare</h2><ol class=comment-list>"
                + "<li class=comment><p>Endlich eine Brücke!</p><p>Max Beispiel, 15. Juni 2016</p></li></ol></section>";
        assertThat(day("de", "", "", "", comments)).isEmpty();
    }
}
