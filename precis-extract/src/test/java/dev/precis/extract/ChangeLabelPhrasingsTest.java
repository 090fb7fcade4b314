package dev.precis.extract;

import static dev.precis.extract.ChangeLabelNounsTest.page;
import static dev.precis.extract.DatePages.day;
import static dev.precis.extract.DatePages.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The change and publication phrasings of de/fr/it/es/pt/nl/pl/ru meta lines: a change shown above the text
 * ("Dernière actualisation", "Update vom", "Aangepast op", "Отредактировано" and the labels read before) is
 * never the publication of a page that shows its publication in a date box after the text, and a line holding
 * both ("Date de parution … · Dernière actualisation …", "Verschenen op … · Aangepast op …") tells them apart
 * (8 of 37 cases fail before this session's label words; the rest guard phrasings read before). Pages written
 * for this test; each runs under Berlin, Paris, New York and Tokyo clocks fixed at 2024-03-10T01:30Z.
 */
class ChangeLabelPhrasingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "fr # Dernière actualisation : 14/03/2021",
        "fr # Actualisé le 14/03/2021",
        "fr # Modifié le 14/03/2021 à 10h00",
        "fr # MàJ 14/03/2021",
        "de # Update vom 14.03.2021",
        "de # Stand vom 14.03.2021",
        "de # Zuletzt bearbeitet am 14.03.2021",
        "de # Artikel aktualisiert am 14.03.2021",
        "de # Letztes Update: 14.03.2021",
        "de # Aktualisiert: So., 14.03.2021",
        "it # Aggiornato alle 10:00 del 14/03/2021",
        "it # Modificato il 14/03/2021",
        "es # Actualizado: 14/03/2021 10:00",
        "es # Actualizado el 14 de marzo de 2021",
        "es # Modificado el 14/03/2021",
        "pt # Atualizado em 14/03/2021",
        "pt # Atualizado 14 de março de 2021",
        "nl # Laatst bijgewerkt: 14 maart 2021",
        "nl # Aangepast op 14 maart 2021",
        "nl # Update: 14-03-2021",
        "pl # Aktualizacja: 14.03.2021",
        "pl # Zaktualizowano 14 marca 2021",
        "pl # Ostatnia aktualizacja: 14.03.2021",
        "ru # Обновлено 14 марта 2021",
        "ru # Обновлено: 14.03.2021, 10:00",
        "ru # Отредактировано 14.03.2021",
    })
    void aChangeAboveTheTextIsNoPublication(String lang, String label) throws Exception {
        String html = page(lang, "<p class=meta>" + label + "</p>", "<p class=date>12.03.2021</p>");
        DatePages.assertDaysInEveryZone(html, "2021-03-12", "2021-03-14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "fr # Créé le 12/03/2021 | Mis à jour le 14/03/2021",
        "fr # Date de parution : 12/03/2021 · Dernière actualisation : 14/03/2021",
        "de # Online seit 12.03.2021 · aktualisiert 14.03.2021",
        "de # Datum: 12.03.2021 | Update vom 14.03.2021",
        "it # Creato il 12/03/2021 · Modificato il 14/03/2021",
        "es # Creado el 12/03/2021 · Modificado el 14/03/2021",
        "pt # Criado em 12/03/2021 · Atualizado em 14/03/2021",
        "nl # Verschenen op 12 maart 2021 · Aangepast op 14 maart 2021",
        "pl # Utworzono: 12.03.2021 · Zmieniono: 14.03.2021",
        "ru # Создано: 12.03.2021 · Изменено: 14.03.2021",
        "ru # Дата создания: 12.03.2021 · Дата изменения: 14.03.2021",
    })
    void publicationAndChangeOnOneLineAreTold(String lang, String line) throws Exception {
        String html = page(lang, "<p class=meta>" + line + "</p>", "");
        DatePages.assertDaysInEveryZone(html, "2021-03-12", "2021-03-14");
    }
}
