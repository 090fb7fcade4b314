package dev.precis.extract;

import static dev.precis.extract.ChangeLabelNounsTest.page;
import static dev.precis.extract.DatePages.day;
import static dev.precis.extract.DatePages.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Change labels written as nouns of "modification" and as compounds with a word for "date" ("Dernière
 * modification", "Fecha de modificación", "Ultima modifica", "Data de modificação", "Data aktualizacji",
 * "Дата обновления", "Änderungsdatum", "Wijzigingsdatum"), and publication labels in the same shapes
 * ("Postado em", "Дата размещения"). A change so labelled is never the page's publication when the page
 * shows the publication too. Pages written for this test; each runs under Berlin, Paris, New York and
 * Tokyo clocks fixed at 2024-03-10T01:30Z.
 */
class ChangeNounsAndCompoundsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "fr # Dernière modification : 14/03/2021",
        "fr # Date de modification : 14/03/2021",
        "es # Última modificación: 14/03/2021",
        "es # Fecha de modificación: 14/03/2021",
        "es # Fecha de actualización: 14/03/2021",
        "it # Ultima modifica: 14/03/2021",
        "it # Data ultima modifica: 14/03/2021",
        "it # Data di aggiornamento: 14/03/2021",
        "pt # Última modificação: 14/03/2021",
        "pt # Data de modificação: 14/03/2021",
        "pt # Data de atualização: 14/03/2021",
        "pl # Data aktualizacji: 14.03.2021",
        "pl # Data modyfikacji: 14.03.2021",
        "pl # Ostatnia modyfikacja: 14.03.2021",
        "pl # Zmodyfikowano: 14.03.2021",
        "ru # Дата обновления: 14.03.2021",
        "ru # Дата изменения: 14.03.2021",
        "ru # Последнее изменение: 14.03.2021",
        "ru # Изменён 14.03.2021",
        "de # Änderungsdatum: 14.03.2021",
        "de # Aktualisierungsdatum: 14.03.2021",
        "nl # Wijzigingsdatum: 14-03-2021",
        "nl # Datum laatste wijziging: 14-03-2021",
    })
    void aChangeNamedByANounOrACompoundIsNoPublication(String lang, String label) throws Exception {
        // the change above the text, the publication in a date box at its end
        String html = page(lang, "<p class=meta>" + label + "</p>", "<p class=date>12.03.2021</p>");
        DatePages.assertDaysInEveryZone(html, "2021-03-12", "2021-03-14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "pl # Data aktualizacji: 14.03.2021 · Data publikacji: 12.03.2021",
        "pl # Data modyfikacji: 14.03.2021 | Data dodania: 12.03.2021",
        "ru # Дата обновления: 14.03.2021 · Дата публикации: 12.03.2021",
        "ru # Изменено 14.03.2021, размещено 12.03.2021",
        "es # Fecha de modificación: 14/03/2021 - Fecha de publicación: 12/03/2021",
        "it # Ultima modifica: 14/03/2021 · Pubblicato il 12/03/2021",
        "it # Data ultima modifica 14/03/2021 - Data di pubblicazione 12/03/2021",
        "pt # Última modificação 14/03/2021 | Publicado em 12/03/2021",
        "pt # Data de modificação: 14/03/2021 · Data de publicação: 12/03/2021",
        "pt # Atualizado em 14/03/2021 · Postado em 12/03/2021",
        "fr # Dernière modification le 14/03/2021 · Publié le 12/03/2021",
        "de # Änderungsdatum 14.03.2021 · Veröffentlichungsdatum 12.03.2021",
        "nl # Wijzigingsdatum 14-03-2021 · Publicatiedatum 12-03-2021",
    })
    void publicationAndChangeOnOneLineAreTold(String lang, String line) throws Exception {
        String html = page(lang, "<p class=meta>" + line + "</p>", "");
        DatePages.assertDaysInEveryZone(html, "2021-03-12", "2021-03-14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "pt # Postado em 12 de março de 2021",
        "ru # Размещено 12 марта 2021",
        "ru # Дата размещения: 12.03.2021",
        "pl # Data dodania: 12 marca 2021",
        "es # Publicado el 12 de marzo de 2021",
        "it # Pubblicato il 12 marzo 2021",
        "nl # Gepubliceerd op 12 maart 2021",
        "de # Veröffentlicht am 12. März 2021",
        "fr # Publié le 12 mars 2021",
    })
    void aPublicationLabelBeforeTheTextDatesThePage(String lang, String line) throws Exception {
        // a date box after the text (a comment's or a teaser's day) does not outrank it
        String html = page(lang, "<p class=meta>" + line + "</p>", "<p class=date>20.02.2024</p>");
        for (String zone : DatePages.ZONES) {
            assertThat(day(extract(zone, html).article().published())).as(zone).isEqualTo("2021-03-12");
        }
    }
}
