package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A structured publication (JSON-LD {@code datePublished}, {@code article:published_time}) with no structured
 * change, on the day the page itself shows labelled as its change ("Mis à jour le 09/03/2024", "Aktualisiert:
 * 09.03.2024") beside a publication it labels earlier: the stamp is the CMS's last save, and the labelled
 * publication is the original. Guards: a structured publication the page does not show as a change stays.
 * Pages written for this test, read without a fetch time, each under Berlin, Paris, New York and Tokyo clocks
 * fixed at 2024-03-10T01:30Z.
 */
class StructuredChangeDayDatesTest {

    private static final String ADDRESS = "https://blatt.example/region/bruecke-id42.html";

    private static String page(String lang, String meta, String head) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=utf-8><title>Brücke wird später fertig | Blatt"
                + "</title>" + head + "</head><body><header><a href=/>Blatt</a><nav><a href=/politik>Politik</a></nav></header>"
                + "<main><article><h1>Brücke über den Fluss wird später fertig</h1>" + meta + LocaleDateFormsTest.paragraphs()
                + "</article></main><footer>© 2024 Blatt</footer></body></html>";
    }

    private static String jsonLd(String published) {
        return "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"" + published + "\"}</script>";
    }

    private static String metaTag(String published) {
        return "<meta property=article:published_time content=" + published + ">";
    }

    private static String published(String lang, String meta, String head) throws Exception {
        return DatePages.sameDayInEveryZone(page(lang, meta, head), ADDRESS, "2024-03-10T01:30:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p class=meta>Veröffentlicht am 05.03.2024, zuletzt aktualisiert am 09.03.2024</p>",
        "de~<p class=meta>Erstellt: 05.03.2024 · Aktualisiert: 09.03.2024</p>",
        "de~<p class=meta>Aktualisiert: 09.03.2024, 10:00 Uhr</p><p class=meta>Erstellt: 05.03.2024, 08:00 Uhr</p>",
        "fr~<p class=meta>Publié le 05/03/2024 à 09h00, mis à jour le 09/03/2024 à 10h00</p>",
        "fr~<p class=meta>Publié le 5 mars 2024 à 9h00 Mis à jour le 9 mars 2024 à 10h00</p>",
        "fr~<p class=meta><time class=updated datetime=2024-03-09T10:00>Mis à jour le 9 mars 2024</time> "
                + "<time class=published datetime=2024-03-05T09:00>Publié le 5 mars 2024</time></p>",
        "es~<p class=meta>Publicado el 05/03/2024 · Actualizado el 09/03/2024</p>",
        "it~<p class=meta>Pubblicato il 05/03/2024 · Aggiornato il 09/03/2024</p>",
        "nl~<p class=meta>Gepubliceerd op 05-03-2024 · Bijgewerkt op 09-03-2024</p>",
        // the meta line's unlabelled day beside the labelled change
        "de~<p class=meta>05.03.2024 · Aktualisiert: 09.03.2024</p>",
    })
    void aStructuredPublicationThePageShowsAsItsChangeYieldsToTheShownPublication(String lang, String meta)
            throws Exception {
        // the stamp at 10:00 local time, written with its offset and in UTC
        assertThat(published(lang, meta, jsonLd("2024-03-09T10:00:00+01:00"))).isEqualTo("2024-03-05");
        assertThat(published(lang, meta, metaTag("2024-03-09T09:00:00Z"))).isEqualTo("2024-03-05");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', nullValues = "-", value = {
        // the page shows the change but no publication: the structured day is all there is
        "de~<p class=meta>Aktualisiert am 09.03.2024</p>~2024-03-09~-",
        "fr~<p class=meta>Mis à jour le 09/03/2024</p>~2024-03-09~-",
        // the page shows the structured day as its publication and a later change
        "de~<p class=meta>Veröffentlicht am 09.03.2024, aktualisiert am 10.03.2024</p>~2024-03-09~-",
        // the change shown is another day than the structured one, the publication a day before it (a day apart
        // may be one moment in two zones; two days or more yield, StructuredLaterThanShownDatesTest)
        "fr~<p class=meta>Publié le 08/03/2024, mis à jour le 08/03/2024</p>~2024-03-09~-",
        // an earlier day after the text (a related list's) is no publication of this page
        "de~<p class=meta>Aktualisiert: 09.03.2024</p>~2024-03-09~<section><h2>Mehr zum Thema</h2><ul><li>05.03.2024 "
                + "<a href=/b1>Anwohner wehren sich weiter</a></li></ul></section>",
    })
    void aStructuredPublicationStaysUnlessThePageShowsItAsTheChange(String lang, String meta, String expected,
            String after) throws Exception {
        String html = page(lang, meta, jsonLd("2024-03-09T10:00:00+01:00")).replace("</article>",
                (after == null ? "" : after) + "</article>");
        assertThat(DatePages.sameDayInEveryZone(html, ADDRESS, "2024-03-10T01:30:00Z")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p class=meta>Veröffentlicht am 05.03.2024, zuletzt aktualisiert am 09.03.2024</p>",
        "fr~<p class=meta>Publié le 05/03/2024 à 09h00, mis à jour le 09/03/2024 à 10h00</p>",
    })
    void aStructuredPublicationEarlierThanTheShownChangeStays(String lang, String meta) throws Exception {
        // (the page's own stamp of its first publication, two days before the one shown: the structured day
        // is kept, as before)
        assertThat(published(lang, meta, jsonLd("2024-03-03T10:00:00+01:00"))).isEqualTo("2024-03-03");
    }
}
