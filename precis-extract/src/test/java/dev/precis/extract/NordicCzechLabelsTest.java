package dev.precis.extract;

import static dev.precis.extract.ChangeLabelNounsTest.page;
import static dev.precis.extract.DatePages.day;
import static dev.precis.extract.DatePages.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Publication and change labels in Swedish, Danish, Norwegian and Czech ("Publicerad" / "Uppdaterad",
 * "Udgivet" / "Opdateret", "Publisert" / "Oppdatert", "Publikováno" / "Aktualizováno"): the change is never
 * the page's publication when the page shows the publication too, in either order. Pages written for this
 * test; each runs under Berlin, Paris, New York and Tokyo clocks fixed at 2024-03-10T01:30Z.
 */
class NordicCzechLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "sv # Uppdaterad 14 mars 2021 · Publicerad 12 mars 2021",
        "sv # Publicerad 12 mars 2021 kl. 08.15 | Uppdaterad 14 mars 2021",
        "da # Opdateret 14. marts 2021 · Udgivet 12. marts 2021",
        "da # Publiceret 12.03.2021 - Opdateret 14.03.2021",
        "nb # Oppdatert 14.03.2021 · Publisert 12.03.2021",
        "nb # Publisert 12. mars 2021, endret 14. mars 2021",
        "cs # Aktualizováno 14.03.2021 · Publikováno 12.03.2021",
        "cs # Zveřejněno 12.03.2021 | Aktualizováno 14.03.2021",
    })
    void publicationAndChangeOnOneLineAreTold(String lang, String line) throws Exception {
        String html = page(lang, "<p class=meta>" + line + "</p>", "");
        DatePages.assertDaysInEveryZone(html, "2021-03-12", "2021-03-14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "sv # Uppdaterad: 14.03.2021",
        "da # Opdateret 14.03.2021",
        "nb # Sist oppdatert 14.03.2021",
        "cs # Aktualizováno: 14.03.2021",
    })
    void aChangeAboveTheTextIsNoPublication(String lang, String label) throws Exception {
        // the change above the text, the publication in a date box at its end
        String html = page(lang, "<p class=meta>" + label + "</p>", "<p class=date>12.03.2021</p>");
        DatePages.assertDaysInEveryZone(html, "2021-03-12", "2021-03-14");
    }
}
