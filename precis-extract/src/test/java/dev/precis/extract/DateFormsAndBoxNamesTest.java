package dev.precis.extract;

import static dev.precis.extract.ChangeLabelNounsTest.page;
import static dev.precis.extract.DatePages.day;
import static dev.precis.extract.DatePages.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date box names in the languages the labels are read in ("data-aggiornamento", "fecha-actualizacion",
 * "data-atualizacao", "data-aktualizacji", "aenderungsdatum", "datum-gewijzigd" name a change;
 * "data-pubblicazione", "veroeffentlichungsdatum" a publication): a change box above the text is no
 * publication when a publication box follows the text (8 of 9 cases fail before the names were added).
 * And the written forms of de/fr/es/it/nl/pt/pl/ru meta lines (weekdays, abbreviations, "г.", "r.", times,
 * Roman months) date the page over a date box after the text (guards: they passed before). Pages written for
 * this test; each runs under Berlin, Paris, New York and Tokyo clocks fixed at 2024-03-10T01:30Z.
 */
class DateFormsAndBoxNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # Veröffentlicht am 12.3.2021",
        "de # Veröffentlicht am 12. 3. 2021",
        "de # Freitag, 12. März 2021",
        "de # Fr., 12.03.2021, 08:15 Uhr",
        "de # 12. Mär 2021",
        "de # 12.03.21 | 08:15",
        "fr # vendredi 12 mars 2021 à 08h15",
        "fr # ven. 12 mars 2021",
        "fr # Publié le 12 mars 2021 à 8 h 15",
        "fr # 12/03/2021 à 08:15",
        "fr # Le 12 mars 2021",
        "es # 12 mar 2021",
        "es # viernes, 12 de marzo de 2021",
        "es # 12/03/2021 - 08:15h",
        "it # venerdì 12 marzo 2021",
        "it # 12 mar 2021 ore 08:15",
        "it # Pubblicato il: 12/03/2021 alle 08:15",
        "nl # vrijdag 12 maart 2021",
        "nl # 12 mrt. 2021, 08:15",
        "nl # 12 mrt 2021",
        "pt # 12 de Março de 2021",
        "pt # sexta-feira, 12 de março de 2021",
        "pt # 12/03/2021 às 08h15",
        "pl # 12 marca 2021 r.",
        "pl # piątek, 12 marca 2021",
        "pl # 12.03.2021, 08:15",
        "pl # 12 mar 2021",
        "ru # 12 марта 2021 г.",
        "ru # 12 марта 2021, 08:15",
        "ru # 12.03.2021 08:15",
        "ru # пятница, 12 марта 2021",
        "pl # 12.III.2021",
        "it # 12.III.2021",
    })
    void shownFormatDatesThePage(String lang, String line) throws Exception {
        String html = page(lang, "<p class=meta>" + line + "</p>", "<p class=date>20.02.2024</p>");
        for (String zone : DatePages.ZONES) {
            assertThat(day(extract(zone, html).article().published())).as(zone).isEqualTo("2021-03-12");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "it # data-pubblicazione # data-aggiornamento",
        "es # fecha-publicacion # fecha-actualizacion",
        "pt # data-publicacao # data-atualizacao",
        "pl # data-publikacji # data-aktualizacji",
        "nl # publicatiedatum # datum-gewijzigd",
        "de # veroeffentlichungsdatum # aenderungsdatum",
        "fr # date-publication # date-modification",
        "nl # datum-gepubliceerd # datum-bijgewerkt",
        "it # pubblicato # aggiornato",
    })
    void boxNamesTellPublicationFromChange(String lang, String pub, String mod) throws Exception {
        // the change first, above the text; the publication after the text
        String html = page(lang, "<p class=\"" + mod + "\">14.03.2021</p>", "<p class=\"" + pub + "\">12.03.2021</p>");
        DatePages.assertDaysInEveryZone(html, "2021-03-12", "2021-03-14");
    }
}
