package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit lines: "Text: Anna Beispiel, 12.07.2017" closing an article names its author and so dates it
 * (a label with its colon, in the languages that write it so); the word that leads to a byline's date
 * ("Par Jean Dupont, le 29/06/2019", "by Jane Doe on …") is no part of the name. Pages written for this
 * test, read under Berlin, Paris and New York clocks fixed, with no fetch time.
 */
class CreditLineTest {

    private static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/New_York"};

    private static String page(String lang, String meta, String after) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title>"
                + "</head><body><div class=top><a href=/>Lokalblatt</a></div><main><article><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + after + "</article>"
                + "</main><div class=bottom>© 2023 Lokalblatt</div></body></html>";
    }

    private static Article read(String zone, String html) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
        return new DensityArticleExtractor(null, clock).extractPage(html, "https://news.example/lokales/bruecke", null).article();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <p>Text: Anna Beispiel, 12.07.2017</p> # Anna Beispiel # 2017-07-12",
        "de # <p>Text: Anna Beispiel | 12. Juli 2017</p> # Anna Beispiel # 2017-07-12",
        "fr # <p>Texte : Jean Dupont – 12 juillet 2017</p> # Jean Dupont # 2017-07-12",
        "es # <p>Texto: Lucía Ejemplo, 12/07/2017</p> # Lucía Ejemplo # 2017-07-12",
        "it # <p>Testo: Marco Esempio, 12/07/2017</p> # Marco Esempio # 2017-07-12",
    })
    void aCreditLineAfterTheTextNamesTheAuthorAndDatesThePage(String lang, String after, String author, String day)
            throws Exception {
        for (String zone : ZONES) {
            Article a = read(zone, page(lang, "", after));
            assertThat(a.byline()).as(zone).isEqualTo(author);
            assertThat(DatePages.day(a.published())).as(zone).isEqualTo(day);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "fr # <p class=byline>Par Jean Dupont, le 12/07/2017 à 14h30</p> # Jean Dupont",
        "de # <p class=byline>Von Anna Beispiel, am 12.07.2017</p> # Anna Beispiel",
        "en-GB # <p class=byline>By Jane Doe on 12 July 2017</p> # Jane Doe",
        // a name that ends in a word spelled like the lead, written as a name, stays whole
        "en-GB # <p class=byline>By Anh Le, 12 July 2017</p> # Anh Le",
    })
    void theWordLeadingToABylinesDateIsNoName(String lang, String meta, String author) throws Exception {
        for (String zone : ZONES) {
            Article a = read(zone, page(lang, meta, ""));
            assertThat(a.byline()).as(zone).isEqualTo(author);
            assertThat(DatePages.day(a.published())).as(zone).isEqualTo("2017-07-12");
        }
    }

    @Test
    void theWordTextWithoutItsColonIsNoCredit() throws Exception {
        String after = "<p>Text messages from the council, 12.07.2017</p>";
        for (String zone : ZONES) {
            Article a = read(zone, page("en-GB", "", after));
            assertThat(a.byline()).as(zone).isNull();
            assertThat(a.published()).as(zone).isNull();
        }
    }
}
