package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date shapes of older European CMS and blog pages (forty-fourth session, dates56): another article after the page's
 * own set in plain boxes (a {@code <div>} after the page's {@code <article>}, or a repeat of the page's own box);
 * a closing signature with one first name ("Anna, 14.06.2016"); a day written out in the tooltip of a relative time
 * ({@code <abbr title="Dienstag, 14. Juni 2016, 09:12 Uhr">vor 8 Jahren</abbr>}); an epoch in {@code data-time}.
 * Pages written for this test, read under clocks in four zones ({@link DatePages#sameDayInEveryZone}) with the
 * fetch time 2024-03-10T12:00Z.
 */
class CmsShapesDatesTest {

    private static final String FETCHED = "2024-03-10T12:00:00Z";
    private static final String ADDRESS = "https://news.example/lokales/neue-bruecke";
    private static final String OTHER = "<p>Der Radweg am Ufer wird im Herbst für mehrere Wochen gesperrt, weil die Stadt"
            + " den Belag erneuert und neue Leuchten entlang der ganzen Strecke aufstellt.</p><p>Anwohner hatten sich"
            + " seit Jahren über Schlaglöcher beschwert, sagte ein Sprecher des Bauamts am Nachmittag.</p>";

    private static String page(String lang, String meta, String end, String after) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title></head><body>"
                + "<header><nav><a href=/>Start</a></nav></header><main><article><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + end + "</article>" + after
                + "</main><footer>© 2023 Lokalblatt</footer></body></html>";
    }

    private static String day(String html) throws Exception {
        String d = DatePages.sameDayInEveryZone(html, ADDRESS, FETCHED);
        return "none".equals(d) ? "" : d;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // a plain box with a heading and text of its own after the page's <article>: another article, its day not the page's
        "~<div class=next-post><h2>Radweg wird saniert</h2><p class=meta>Veröffentlicht am 15.06.2016</p>OTHER</div>~",
        "<p class=meta>14.06.2016</p>~<div class=next-post><h2>Radweg wird saniert</h2><p class=meta>15.06.2016</p>OTHER</div>~2016-06-14",
        // a box after the article with a heading but little text (a dated note): still read
        "~<div class=hinweis><h3>Hinweis</h3><p>Veröffentlicht am 14.06.2016</p></div>~2016-06-14",
    })
    void aPlainBoxAfterThePagesArticle(String meta, String after, String expected) throws Exception {
        String html = page("de", meta == null ? "" : meta, "", after.replace("OTHER", OTHER));
        assertThat(day(html)).isEqualTo(expected == null ? "" : expected);
    }

    private static String repeated(String ownMeta) {
        return "<!doctype html><html lang=de><head><title>Neue Brücke</title></head><body><div id=kopf><a href=/>Lokalblatt</a>"
                + "</div><div id=inhalt><div class=story><h1>Neue Brücke über den Fluss</h1>" + ownMeta
                + LocaleDateFormsTest.paragraphs() + "</div><div class=story><h2>Radweg wird saniert</h2>"
                + "<p class=meta>Veröffentlicht am 15.06.2016</p>" + OTHER + "</div></div></body></html>";
    }

    @Test
    void aRepeatOfThePagesOwnBoxIsAnotherArticle() throws Exception {
        assertThat(day(repeated(""))).isEmpty();
        assertThat(day(repeated("<p class=meta>Veröffentlicht am 14.06.2016</p>"))).isEqualTo("2016-06-14");
        // the page's text going on in a box of another class, its day at the end: read as before
        String more = "<!doctype html><html lang=de><head><title>Neue Brücke</title></head><body><div id=inhalt>"
                + "<div class=story><h1>Neue Brücke über den Fluss</h1>" + LocaleDateFormsTest.paragraphs() + "</div>"
                + "<div class=story-more><h2>Wie es weitergeht</h2>" + OTHER + "<p>Veröffentlicht am 14.06.2016</p></div>"
                + "</div></body></html>";
        assertThat(day(more)).isEqualTo("2016-06-14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p>Anna, 14.06.2016</p>~2016-06-14",
        "fr~<p>Jeanne, 14/06/2016</p>~2016-06-14",
        "de~<p><em>Berlin, 14. Juni 2016</em></p>~2016-06-14",
        // a credit's word is no name; a name that links elsewhere is no signature
        "de~<p>Foto, 14.06.2016</p>~",
        "de~<p><a href=/autorin/anna>Anna</a>, 14.06.2016</p>~",
        // more running text after it: inside the text, no signature
        "de~<p>Anna, 14.06.2016</p><p>Die Arbeiten am Ufer sollen nach den Plänen der Stadt im kommenden Herbst abgeschlossen sein, hieß es.</p>~",
    })
    void aFirstNameAloneSigns(String lang, String end, String expected) throws Exception {
        assertThat(day(page(lang, "", end, ""))).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void aFirstNameInTheCommentsDatesNothing() throws Exception {
        String comments = "<section id=comments class=comments-area><h2>Kommentare</h2><ol class=comment-list>"
                + "<li class=comment><p>Endlich eine Brücke, darauf warten wir schon seit vielen Jahren hier am Fluss!</p>"
                + "<p>Hans, 15.06.2016</p></li></ol></section>";
        assertThat(day(page("de", "", "", comments))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p class=meta>Von Anna · <abbr title=\"Dienstag, 14. Juni 2016, 09:12 Uhr\">vor 8 Jahren</abbr></p>~2016-06-14",
        "fr~<p class=meta>Par Jeanne · <span class=date title=\"mardi 14 juin 2016 à 09h12\">il y a 8 ans</span></p>~2016-06-14",
        // a tooltip of words over a relative time with no year: no day
        "de~<p class=meta>Von Anna · <abbr title=\"Dienstag, 14. Juni, 09:12 Uhr\">vor 8 Jahren</abbr></p>~",
        // a tooltip of words over text that is no relative time: not read
        "de~<p class=meta><span title=\"Dienstag, 14. Juni 2016\">Lokales</span></p>~",
    })
    void aDayWrittenOutInARelativeTimesTooltip(String lang, String meta, String expected) throws Exception {
        assertThat(day(page(lang, meta, "", ""))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // 1465895520 = 2016-06-14T09:12:00Z, in seconds and in milliseconds
        "<p class=meta><span data-time=\"1465895520\">vor 8 Jahren</span></p>~2016-06-14",
        "<p class=meta><span class=date data-time=\"1465895520000\">vor 8 Jahren</span></p>~2016-06-14",
        // a clock or a duration in data-time dates nothing
        "<p class=meta><span data-time=\"09:12\">09:12 Uhr</span></p>~",
        "<p class=meta><span data-time=\"240\">4 Minuten Lesezeit</span></p>~",
    })
    void anEpochInDataTime(String meta, String expected) throws Exception {
        assertThat(day(page("de", meta, "", ""))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // a <time> whose datetime is the change, its text the publication and then the change after a label
        "de~<p class=meta><time itemprop=dateModified datetime=\"2016-06-16T09:12:00+02:00\">14.06.2016 14:03 | Aktualisiert am 16.06.2016 09:12</time></p>~2016-06-14",
        "es~<p class=meta><time class=fecha datetime=\"2016-06-16T09:12:00+02:00\">14/06/2016 14:03 | Actualizado a 16/06/2016 09:12</time></p>~2016-06-14",
        // two days with no change's label between them: the datetime as before
        "de~<p class=meta><time datetime=\"2016-06-16T09:12:00+02:00\">14.06.2016 bis 16.06.2016</time></p>~2016-06-16",
    })
    void aTimesTextShowsThePublicationBeforeTheChange(String lang, String meta, String expected) throws Exception {
        assertThat(day(page(lang, meta, "", ""))).isEqualTo(expected);
    }
}
