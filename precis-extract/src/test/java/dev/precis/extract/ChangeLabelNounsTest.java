package dev.precis.extract;

import static dev.precis.extract.DatePages.extract;
import static dev.precis.extract.DatePages.day;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Labels written as nouns or in their feminine forms: "Dernière mise à jour", "Letzte Aktualisierung",
 * "Ultimo aggiornamento", "Última actualización", "Last update" name a change, "Date de publication",
 * "Publiée le", "Mise en ligne le", "Veröffentlichungsdatum", "Post time" a publication. A change so
 * labelled is never the page's publication when the page shows an earlier one. Pages written for this
 * test; each runs under a Berlin, a New York and a Tokyo clock, fixed.
 */
class ChangeLabelNounsTest {

    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Tokyo"};

    /** A German local-news page in language {@code lang} with {@code meta} above the text and {@code after} below it. */
    static String page(String lang, String meta, String after) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title></head>"
                + "<body><div class=top><a href=/>Lokalblatt</a></div><main><article><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + after + "</article></main>"
                + "<div class=bottom>© 2023 Lokalblatt</div></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "fr # Dernière mise à jour : 14/03/2021",
        "fr # Mise à jour le 14 mars 2021",
        "de # Letzte Aktualisierung: 14.03.2021",
        "de # Letzte Änderung: 14.03.2021",
        "it # Ultimo aggiornamento: 14/03/2021",
        "es # Última actualización: 14/03/2021",
        "en-GB # Last update: 14/03/2021",
        "nl # Laatste update: 14-03-2021",
        "ru # Последнее обновление: 14.03.2021",
    })
    void aChangeNamedByANounIsNoPublication(String lang, String label) throws Exception {
        // the change above the text, the publication in a date box at its end
        String html = page(lang, "<p class=meta>" + label + "</p>", "<p class=date>12.03.2021</p>");
        DatePages.assertDaysInEveryZone(html, "2021-03-12", "2021-03-14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "fr # Mise en ligne le 12/03/2021, mise à jour le 14/03/2021",
        "fr # Mise à jour le 14/03/2021 — Publié le 12/03/2021",
        "fr # Date de publication : 12/03/2021 | Dernière mise à jour : 14/03/2021",
        "fr # Publiée le 12/03/2021 · Modifiée le 14/03/2021",
        "de # Letzte Aktualisierung: 14.03.2021 · Veröffentlichungsdatum: 12.03.2021",
        "de # Erscheinungsdatum 12.03.2021, Aktualisierung 14.03.2021",
        "it # Data di pubblicazione: 12/03/2021 – Ultimo aggiornamento: 14/03/2021",
        "es # Publicación: 12/03/2021 · Última actualización: 14/03/2021",
        "pl # Dodano: 12.03.2021, aktualizacja: 14.03.2021",
        "en-GB # Last update: 14/03/2021 · Post date: 12/03/2021",
    })
    void publicationAndChangeOnOneLineAreTold(String lang, String line) throws Exception {
        String html = page(lang, "<p class=meta>" + line + "</p>", "");
        DatePages.assertDaysInEveryZone(html, "2021-03-12", "2021-03-14");
    }

    @Test
    void aLabelledPublicationOutranksAStructuredChangeAlone() throws Exception {
        // the page's metadata names only its last change; it shows when it was posted, under the text
        // in a box of its own (month first in English)
        String html = page("en", "", "<div style=\"text-align:right\">Post time: 01-04-2024</div>")
                .replace("</title>", "</title><meta property=\"article:modified_time\" content=\"2024-02-20T07:02:15+00:00\">");
        DatePages.assertDaysInEveryZone(html, "2024-01-04", "2024-02-20");
    }

    @Test
    void aLastResortLaterThanTheShownChangeIsNotThePublication() throws Exception {
        // a date box after the text that is later than the labelled change belongs to something else:
        // the page's publication is then its change, as before
        String html = page("de", "<p class=meta>Letzte Aktualisierung: 14.03.2021</p>", "<p class=date>20.03.2021</p>");
        DatePages.assertDaysInEveryZone(html, "2021-03-14", "2021-03-14");
    }

    @Test
    void aChangeAloneStillDatesThePage() throws Exception {
        // no publication shown anywhere: the change is the best answer (the article is no newer)
        String html = page("fr", "<p class=meta>Dernière mise à jour : 14/03/2021</p>", "");
        DatePages.assertDaysInEveryZone(html, "2021-03-14", "2021-03-14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a news headline with the word 'update' and a date is no change label
        "en # <h2>Council Update 12/03/2021</h2>",
    })
    void anUpdateInAHeadingIsNoChangeLabel(String lang, String meta) throws Exception {
        String html = page(lang, meta, "");
        for (String zone : ZONES) {
            assertThat(extract(zone, html).modified()).as(zone).isNull();
        }
    }
}
