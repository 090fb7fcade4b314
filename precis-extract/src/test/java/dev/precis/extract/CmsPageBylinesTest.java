package dev.precis.extract;

import static dev.precis.extract.CmsFixturePages.LANGS;
import static dev.precis.extract.CmsFixturePages.arc;
import static dev.precis.extract.CmsFixturePages.brightspot;
import static dev.precis.extract.CmsFixturePages.drupal;
import static dev.precis.extract.CmsFixturePages.typo3;
import static dev.precis.extract.CmsFixturePages.wordpress;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Authors read from the bylines European CMS templates show, in de, fr, es, it, nl, pt, pl and ru: the
 * language's "by" word, two authors joined by its "and", a role after the name, an agency after or in
 * brackets (dpa, AFP, EFE, ANSA, ANP, Lusa, PAP, TASS), an agency or desk alone (no author). Pages
 * written for this test.
 */
class CmsPageBylinesTest {

    private static final Clock BERLIN = Clock.fixed(CmsPageDatesTest.FETCHED, ZoneId.of("Europe/Berlin"));
    private static final String URL = "https://www.zeitung.example/lokales/radweg-kanal-4711.html";

    private static Arguments c(String lang, String shape, String byline, String... authors) {
        return Arguments.of(lang + " " + shape + ": " + byline, lang, shape, byline, Arrays.asList(authors));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            c("de", "wp", "Von <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/max-muster/\">Max Muster</a></span>", "Max Muster"),
            c("de", "typo3", "Von Max Muster und Erika Beispiel", "Max Muster", "Erika Beispiel"),
            c("de", "arc", "Max Muster (dpa)", "Max Muster"),
            c("de", "drupal", "Von Max Muster, dpa", "Max Muster"),
            c("de", "brightspot", "Von Max Muster, Korrespondent in Brüssel", "Max Muster"),
            c("de", "typo3", "Autor: Max Muster", "Max Muster"),
            c("de", "arc", "(dpa)"),
            c("de", "brightspot", "Von Anna (Berg) Beispiel", "Anna (Berg) Beispiel"),
            c("fr", "wp", "Par <span class=\"author vcard\"><a class=\"url fn n\" href=\"/auteur/jean-dupont/\">Jean Dupont</a></span>", "Jean Dupont"),
            c("fr", "brightspot", "Par Jean Dupont et Marie Curie", "Jean Dupont", "Marie Curie"),
            c("fr", "arc", "Par Jean Dupont, avec AFP", "Jean Dupont"),
            c("fr", "drupal", "Par Jean Dupont, envoyé spécial à Lyon", "Jean Dupont"),
            c("fr", "typo3", "Jean Dupont (avec AFP)", "Jean Dupont"),
            c("fr", "arc", "Par Le Courrier du Val avec AFP"),
            c("es", "wp", "Por <a href=\"/autor/ana-garcia/\" rel=\"author\">Ana García</a>", "Ana García"),
            c("es", "brightspot", "Por Ana García y Luis Pérez", "Ana García", "Luis Pérez"),
            c("es", "arc", "Ana García | EFE", "Ana García"),
            c("es", "drupal", "Por Ana García, corresponsal en Bruselas", "Ana García"),
            c("es", "typo3", "Redacción"),
            c("it", "wp", "di <a href=\"/autore/marco-rossi/\" rel=\"author\">Marco Rossi</a>", "Marco Rossi"),
            c("it", "brightspot", "Di Marco Rossi e Giulia Bianchi", "Marco Rossi", "Giulia Bianchi"),
            c("it", "arc", "Marco Rossi (ANSA)", "Marco Rossi"),
            c("it", "drupal", "di Marco Rossi, inviato a Bruxelles", "Marco Rossi"),
            c("it", "typo3", "Redazione"),
            c("nl", "wp", "Door <a href=\"/auteur/jan-de-vries/\" rel=\"author\">Jan de Vries</a>", "Jan de Vries"),
            c("nl", "brightspot", "Door Jan de Vries en Els Jansen", "Jan de Vries", "Els Jansen"),
            c("nl", "arc", "Jan de Vries, ANP", "Jan de Vries"),
            c("nl", "drupal", "Door Jan de Vries, correspondent in Brussel", "Jan de Vries"),
            c("nl", "typo3", "Redactie"),
            c("pt", "wp", "Por <a href=\"/autor/joao-silva/\" rel=\"author\">João Silva</a>", "João Silva"),
            c("pt", "brightspot", "Por João Silva e Ana Costa", "João Silva", "Ana Costa"),
            c("pt", "arc", "João Silva, Lusa", "João Silva"),
            c("pt", "drupal", "Por João Silva, correspondente em Bruxelas", "João Silva"),
            c("pt", "typo3", "Agência Lusa"),
            c("pl", "wp", "Autor: <a href=\"/autor/jan-kowalski/\" rel=\"author\">Jan Kowalski</a>", "Jan Kowalski"),
            c("pl", "brightspot", "Autorzy: Jan Kowalski i Anna Nowak", "Jan Kowalski", "Anna Nowak"),
            c("pl", "arc", "Jan Kowalski, PAP", "Jan Kowalski"),
            c("pl", "drupal", "Jan Kowalski, korespondent w Brukseli", "Jan Kowalski"),
            c("pl", "typo3", "Redakcja"),
            c("ru", "wp", "Автор: <a href=\"/author/ivan-petrov/\" rel=\"author\">Иван Петров</a>", "Иван Петров"),
            c("ru", "brightspot", "Иван Петров и Мария Смирнова", "Иван Петров", "Мария Смирнова"),
            c("ru", "arc", "Иван Петров, ТАСС", "Иван Петров"),
            c("ru", "drupal", "Иван Петров, корреспондент в Брюсселе", "Иван Петров"),
            c("ru", "typo3", "Редакция"),
            c("de", "brightspot", "Von Max Muster und Erika Beispiel, dpa", "Max Muster", "Erika Beispiel"),
            c("de", "typo3", "Ein Beitrag von Max Muster", "Max Muster"),
            c("de", "arc", "Max Muster | 12.07.2017, 14:05 Uhr", "Max Muster"),
            c("de", "wp", "Von unserem Redakteur Max Muster", "Max Muster"),
            c("de", "drupal", "Von unserer Korrespondentin Erika Beispiel", "Erika Beispiel"),
            c("de", "typo3", "Redaktion Kreisbote"),
            c("fr", "brightspot", "Par Jean Dupont - 12 juil. 2017 à 14h05", "Jean Dupont"),
            c("fr", "arc", "Jean Dupont, Marie Curie et Paul Martin", "Jean Dupont", "Marie Curie", "Paul Martin"),
            c("fr", "typo3", "Propos recueillis par Jean Dupont", "Jean Dupont"),
            c("fr", "drupal", "Par notre envoyé spécial Jean Dupont", "Jean Dupont"),
            c("fr", "wp", "Par la rédaction"),
            c("nl", "arc", "Door onze redacteur Jan de Vries", "Jan de Vries"),
            c("it", "arc", "di Marco Rossi - inviato a Bruxelles", "Marco Rossi"),
            c("es", "arc", "Por Ana García - Madrid", "Ana García"),
            c("pl", "arc", "Autor: Jan Kowalski | 12.07.2017", "Jan Kowalski"),
            c("ru", "arc", "Автор: Иван Петров, 12 июля 2017", "Иван Петров"));
    }

    private static String page(String lang, String shape, String byline) {
        CmsFixturePages.Lang l = LANGS.get(lang);
        String meta = "<span class=\"byline\">" + byline + "</span>";
        return switch (shape) {
            case "wp" -> wordpress(l, "", meta, "", "");
            case "typo3" -> typo3(l, "", "<span class=\"news-list-author\">" + byline + "</span>", "");
            case "drupal" -> drupal(l, "", "<span class=\"field field--name-uid\">" + byline + "</span>", "");
            case "arc" -> arc(l, "", "<div class=\"b-byline\">" + byline + "</div>", "");
            default -> brightspot(l, "", "<div class=\"Page-authors\">" + byline + "</div>", "");
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBylinesAuthors(String name, String lang, String shape, String byline, List<String> authors) throws Exception {
        var p = new DensityArticleExtractor(null, BERLIN).extractPage(page(lang, shape, byline), URL,
                CmsPageDatesTest.FETCHED);
        try {
            assertThat(p.authors()).as(name).containsExactlyElementsOf(authors);
            System.out.println("CMSFIXTURE\tbyline\t" + name + "\tok");
        } catch (AssertionError e) {
            System.out.println("CMSFIXTURE\tbyline\t" + name + "\tFAIL\t" + e.getMessage().replace('\n', ' '));
            throw e;
        }
    }
}
