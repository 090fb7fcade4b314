package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A structured publication (JSON-LD {@code datePublished}, {@code article:published_time}) with no structured
 * change, two days or more after the publication the page labels on the line under its headline ("Veröffentlicht
 * am 05.03.2024" under a {@code datePublished} of 2024-09-01): the stamp is a later save's, the labelled
 * publication is the original. Guards: a day apart (one moment in two zones), an unlabelled day, a labelled day
 * after the text or in a box above the article keep the structured day. Pages written for this test, read under
 * Berlin, Paris, New York and Tokyo clocks fixed at 2024-09-10T01:30Z.
 */
class StructuredLaterThanShownDatesTest {

    private static final String ADDRESS = "https://blatt.example/region/bruecke-id42.html";
    private static final String FETCHED = "2024-09-10T01:30:00Z";

    private static String page(String lang, String meta, String head, String before) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=utf-8><title>Brücke wird später fertig | Blatt"
                + "</title>" + head + "</head><body><header><a href=/>Blatt</a><nav><a href=/politik>Politik</a></nav></header>"
                + "<main>" + before + "<article><h1>Brücke über den Fluss wird später fertig</h1>" + meta
                + LocaleDateFormsTest.paragraphs() + "</article></main><footer>© 2024 Blatt</footer></body></html>";
    }

    private static String jsonLd(String published) {
        return "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"" + published + "\"}</script>";
    }

    private static String metaTag(String published) {
        return "<meta property=article:published_time content=" + published + ">";
    }

    private static String published(String lang, String meta, String head, String before) throws Exception {
        return DatePages.sameDayInEveryZone(page(lang, meta, head, before == null ? "" : before), ADDRESS, FETCHED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p class=meta>Veröffentlicht am 05.03.2024</p>",
        "de~<p class=meta>Erschienen: 5. März 2024, 10:12 Uhr</p>",
        "fr~<p class=meta>Publié le 5 mars 2024 à 10h12</p>",
        "es~<p class=meta>Publicado el 5 de marzo de 2024</p>",
        "it~<p class=meta>Pubblicato il 05/03/2024</p>",
        "nl~<p class=meta>Gepubliceerd op 5 maart 2024</p>",
        "pt~<p class=meta>Publicado em 05/03/2024 às 10h12</p>",
        "pl~<p class=meta>Opublikowano: 05.03.2024</p>",
        "ru~<p class=meta>Опубликовано 5 марта 2024</p>",
        // with a change shown on another day than the structured one
        "fr~<p class=meta>Publié le 05/03/2024, mis à jour le 08/03/2024</p>",
        // the publication in a machine-readable element on the meta line
        "de~<p class=meta><time datetime=2024-03-05T10:12:00+01:00>5. März 2024</time></p>",
    })
    void aLabelledEarlierPublicationOnTheMetaLineIsTheOriginal(String lang, String meta) throws Exception {
        assertThat(published(lang, meta, jsonLd("2024-09-01T06:00:00+02:00"), null)).isEqualTo("2024-03-05");
        assertThat(published(lang, meta, metaTag("2024-09-01T04:00:00Z"), null)).isEqualTo("2024-03-05");
        assertThat(published(lang, meta, "<meta name=dc.date.issued content=2024-09-01>", null)).isEqualTo("2024-03-05");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', nullValues = "-", value = {
        // a day apart: the same moment may be written in two zones
        "de~<p class=meta>Veröffentlicht am 31.08.2024</p>~-",
        // an earlier day a label calls no publication of this page
        "de~<p class=meta>Veranstaltung am 05.03.2024</p>~-",
        // a labelled earlier day only in a most-read box above the article
        "de~<p class=meta>Von Max Muster</p>~<aside class=teaser><h2>Meistgelesen</h2><ul><li><a href=/a1>Stau auf der "
                + "Umgehung</a> Veröffentlicht am 05.03.2024</li></ul></aside>",
    })
    void theStructuredPublicationStaysWithoutALabelledEarlierDayOfItsOwn(String lang, String meta, String before)
            throws Exception {
        assertThat(published(lang, meta, jsonLd("2024-09-01T10:00:00+02:00"), before)).isEqualTo("2024-09-01");
    }
}
