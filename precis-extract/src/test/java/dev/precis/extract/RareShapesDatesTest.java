package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date shapes of European news pages the earlier readers missed (forty-third session, dates55): a day-first day in
 * the page's own address ("-09-06-2016", "-09062016.html") in the order its language writes figures; a slash date
 * with a twelve-hour clock and AM/PM in metadata, month first whatever the page's language; "1.º de junio"; a
 * newsroom's one-word closing signature ("Redaktion, 14.06.2016"); and another article the page shows after its own,
 * whose day is not the page's. Pages written for this test, read under clocks in four zones
 * ({@link DatePages#sameDayInEveryZone}) with the fetch time 2024-03-10T12:00Z.
 */
class RareShapesDatesTest {

    private static final String FETCHED = "2024-03-10T12:00:00Z";
    private static final String ADDRESS = "https://news.example/lokales/neue-bruecke";

    private static String page(String lang, String head, String meta, String end, String after) {
        String html = lang == null ? "<html>" : "<html lang=\"" + lang + "\">";
        return "<!doctype html>" + html + "<head><title>Neue Brücke | Lokalblatt</title>" + head
                + "</head><body><header><nav><a href=/>Start</a></nav></header>"
                + "<main><article><h1>Neue Brücke über den Fluss</h1>" + meta + LocaleDateFormsTest.paragraphs() + end
                + "</article>" + after + "</main><footer>© 2023 Lokalblatt</footer></body></html>";
    }

    private static String day(String html, String address) throws Exception {
        String d = DatePages.sameDayInEveryZone(html, address, FETCHED);
        return "none".equals(d) ? "" : d;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', nullValues = "-", value = {
        // the page's language settles a day-first day in its own address, with separators or without
        "de~https://news.example/lokales/neue-bruecke-09062016.html~2016-06-09",
        "it~https://news.example/cronaca/nuovo-ponte-09-06-2016~2016-06-09",
        "fr~https://news.example/actu/nouveau-pont_09062016~2016-06-09",
        "en-US~https://news.example/local/new-bridge-06-09-2016~2016-06-09",
        // a number above 12 settles it anyway; no language leaves an ambiguous day unread
        "-~https://news.example/lokales/neue-bruecke-14062016.html~2016-06-14",
        "-~https://news.example/lokales/neue-bruecke-09-06-2016~",
        // no day: an impossible or future one, a month, an id
        "de~https://news.example/lokales/artikel-31122099.html~",
        "de~https://news.example/lokales/artikel-45127788.html~",
        "de~https://news.example/lokales/062016/neue-bruecke~",
    })
    void aDayInThePagesOwnAddress(String lang, String address, String expected) throws Exception {
        assertThat(day(page(lang, "", "", "", ""), address)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void aCanonicalAddressCountsAsThePagesOwn() throws Exception {
        String head = "<link rel=canonical href=\"https://news.example/cronaca/nuovo-ponte-09062016.html\">";
        assertThat(day(page("it", head, "", "", ""), ADDRESS)).isEqualTo("2016-06-09");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // AM/PM after a slash date: the American default, month first on a German or Dutch page too
        "de~<meta name=date content=\"6/9/2016 2:03:00 PM\">~2016-06-09",
        "nl~<meta name=date content=\"06/09/2016 09:15 am\">~2016-06-09",
        "de~<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"6/9/2016 2:03:00 PM\"}</script>~2016-06-09",
        // a day above 12 settles it; a 24-hour clock keeps the page's order
        "de~<meta name=date content=\"25/6/2016 2:03:00 PM\">~2016-06-25",
        "de~<meta name=date content=\"6/9/2016 14:03\">~2016-09-06",
        "fr~<meta name=date content=\"06/09/2016\">~2016-09-06",
    })
    void aTwelveHourClockValueIsMonthFirst(String lang, String head, String expected) throws Exception {
        assertThat(day(page(lang, head, "", "", ""), ADDRESS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "es~<p class=meta>Publicado el 1.º de junio de 2016</p>~2016-06-01",
        "es~<p class=meta>Publicado el 1º de junio de 2016</p>~2016-06-01",
        "it~<p class=meta>Pubblicato il 1.º giugno 2016</p>~2016-06-01",
    })
    void anOrdinalWithADotBeforeItsSign(String lang, String meta, String expected) throws Exception {
        assertThat(day(page(lang, "", meta, "", ""), ADDRESS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p>Redaktion, 14.06.2016</p>~2016-06-14",
        "de~<p>Ihre Redaktion, 14. Juni 2016</p>~2016-06-14",
        "fr~<p>La rédaction, le 14 juin 2016</p>~2016-06-14",
        "it~<p>Redazione, 14/06/2016</p>~2016-06-14",
        "nl~<p>— Redactie, 14-06-2016</p>~2016-06-14",
        // more running text after it: inside the text, no signature
        "de~<p>Redaktion, 14.06.2016</p><p>Die Arbeiten am Ufer sollen nach den Plänen der Stadt im kommenden Herbst abgeschlossen sein, hieß es.</p>~",
        // a word that is no newsroom's signs as one name does (dates56: "Anna, 14.06.2016", SignatureDates)
        "de~<p>Vorstand, 14.06.2016</p>~2016-06-14",
    })
    void aNewsroomsOneWordSignature(String lang, String end, String expected) throws Exception {
        assertThat(day(page(lang, "", "", end, ""), ADDRESS)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void aNewsroomsSignatureInTheCommentsDatesNothing() throws Exception {
        String comments = "<section id=comments class=comments-area><h2>Kommentare</h2><ol class=comment-list>"
                + "<li class=comment><p>Danke für den Hinweis, wir haben es korrigiert.</p><p>Redaktion, 15.06.2016</p></li></ol></section>";
        assertThat(day(page("de", "", "", "", comments), ADDRESS)).isEmpty();
    }

    private static String next(String dateLine) {
        return "<article class=next><h2>Radweg am Ufer wird saniert</h2>" + dateLine + LocaleDateFormsTest.paragraphs() + "</article>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // the next article's day, labelled, written or a <time>: not the page's
        "<p class=meta>Veröffentlicht am 15.06.2016</p>~~",
        "<p class=meta>15.06.2016</p>~~",
        "<p class=meta><time datetime=\"2016-06-15T09:00:00+02:00\">15. Juni 2016</time></p>~~",
        // the page's own day wins
        "<p class=meta>Veröffentlicht am 15.06.2016</p>~<p class=meta>Veröffentlicht am 14.06.2016</p>~2016-06-14",
    })
    void anotherArticleAfterThePagesOwn(String nextLine, String meta, String expected) throws Exception {
        String own = meta == null ? "" : meta;
        assertThat(day(page("de", "", own, "", next(nextLine)), ADDRESS)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void aHeadlineInAnArticleOfItsOwnLeavesTheTextsArticleThePages() throws Exception {
        // a theme that sets the headline alone in one <article> and the text, with its day, in the next
        String html = "<!doctype html><html lang=de><head><title>Neue Brücke | Lokalblatt</title></head><body>"
                + "<main><article class=header><h1>Neue Brücke über den Fluss</h1></article>"
                + "<article class=full><h2>Worum es geht</h2><p class=meta>Veröffentlicht am 14.06.2016</p>"
                + LocaleDateFormsTest.paragraphs() + "</article></main><footer>© 2023 Lokalblatt</footer></body></html>";
        assertThat(day(html, ADDRESS)).isEqualTo("2016-06-14");
    }
}
