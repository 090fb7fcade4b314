package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headlines of pages in de, fr, es, it, nl, pt, pl and ru: the site's name after a dash, bar, colon or guillemets in
 * {@code <title>} when no h1 holds the headline, the site's h1 in the masthead, a kicker above the headline, a French
 * spaced colon and quotes kept inside the headline. Pages written for this test.
 */
class TitleFormsProbeTest {

    private static String title(String site, String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://zeitung.example/a/1");
        return TitleChooser.choose(doc, null, site);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Lokalblatt # <title>Neue Brücke über den Fluss – Lokalblatt</title> # <p>Text.</p> # Neue Brücke über den Fluss",
        "Le Courrier # <title>Le pont neuf : « un chantier historique » | Le Courrier</title> # <p>Texte.</p> # Le pont neuf : « un chantier historique »",
        "El Diario # <title>El nuevo puente, por fin abierto - El Diario</title> # <p>Texto.</p> # El nuevo puente, por fin abierto",
        "La Gazzetta # <title>Il nuovo ponte apre domani | La Gazzetta</title> # <header><h1><a href=/>La Gazzetta</a></h1></header>"
                + "<h2>Il nuovo ponte apre domani</h2><p>Testo.</p> # Il nuovo ponte apre domani",
        "Het Dagblad # <title>Nieuwe brug geopend | Het Dagblad</title> # <div class=kicker>Regio</div><h1>Nieuwe brug geopend</h1><p>Tekst.</p> # Nieuwe brug geopend",
        "Diário Local # <meta property=og:title content=\"Nova ponte abre amanhã\"><title>Nova ponte abre amanhã - Diário Local</title> # <p>Texto.</p> # Nova ponte abre amanhã",
        "Gazeta # <title>Nowy most otwarty – Gazeta</title> # <h1>Nowy most otwarty</h1><p>Tekst.</p> # Nowy most otwarty",
        "Газета # <title>Новый мост открыт — Газета</title> # <h1>Новый мост открыт</h1><p>Текст.</p> # Новый мост открыт",
        "Газета # <title>Новый мост открыт — Газета</title> # <p>Текст.</p> # Новый мост открыт",
        "Le Courrier # <title>Le Courrier » « Un chantier historique » pour le pont</title> # <p>Texte.</p> # « Un chantier historique » pour le pont",
    })
    void headlinesInEightLanguages(String site, String head, String body, String expected) {
        assertThat(title(site, head, body)).isEqualTo(expected);
    }
}
