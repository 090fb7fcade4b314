package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German and French bylines beside their dates: a byline word alone in its marked box ("Von", "Par") is no name,
 * a German or French date or date label in a marked box is no name ("19. Dez. 2025", "Zuletzt aktualisiert am …",
 * "Publié le …"), and the long German and French credit words ("Geschrieben von", "Ein Beitrag von", "Un article de",
 * "Publié par") introduce the name beside them. Pages written for this test.
 */
class DateBesideBylineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // the byline word alone in a box whose class names the author, the account's name (lower case) in a link after it
        "de # <span class='meta-author vcard author'><span class=fn><span class=author-leading>Von</span> "
                + "<a href=/blog/author/brueckenblog/ rel=author>brueckenblog</a></span></span><span class=meta-date>16. Feb. 2026</span> # brueckenblog",
        "fr # <span class='meta-author vcard author'><span class=fn><span class=author-leading>Par</span> "
                + "<a href=/blog/author/lepontblog/ rel=author>lepontblog</a></span></span><span class=meta-date>16 févr. 2026</span> # lepontblog",
        // an abbreviated German or French month leading a dotted meta line, the name after the dot
        "de # <div class=publish-date-author>19. Dez. 2025 · Karl Beispiel</div> # Karl Beispiel",
        "fr # <div class=publish-date-author>19 déc. 2025 · Louise Exemple</div> # Louise Exemple",
        "fr # <div class=publish-date-author>1er févr. 2026 · Louise Exemple</div> # Louise Exemple",
        // a date label in the byline block before the name's own box
        "de # <div class=bylines><div class=bylines--date>Zuletzt aktualisiert am 20. November 2025</div> "
                + "<div class=bylines--author><span>Von</span> <a href=/team/anna-berg>Anna Berg</a></div></div> # Von Anna Berg",
        "fr # <div class=bylines><div class=bylines--date>Mis à jour le 20 novembre 2025</div> "
                + "<div class=bylines--author><span>Par</span> <a href=/equipe/anne-roux>Anne Roux</a></div></div> # Par Anne Roux",
        // the long German and French credit words, alone in a heading or a box, the name in the next box or after them
        "de # <h2>Ein Beitrag von</h2><div class=lead>Karl Beispiel</div> # Karl Beispiel",
        "fr # <h2>Un article de</h2><div class=lead>Louise Exemple</div> # Louise Exemple",
        "de # <h3>Geschrieben von Karl Beispiel</h3> # Karl Beispiel",
        "de # <div class=small>Geschrieben von</div><div class=big>Karl Beispiel</div><div>Karl schreibt über Brücken.</div> # Karl Beispiel",
        "fr # <div class=small>Publié par</div><div class=big>Louise Exemple</div><div>Louise écrit sur les ponts.</div> # Louise Exemple",
    })
    void readsTheNameBesideTheDate(String lang, String meta, String expected) throws Exception {
        String byline = BylineLabelsTest.article(BylineLabelsTest.page(lang, "", meta)).byline();
        assertThat(byline).isNotNull();
        assertThat(WcxbLike.normalize(byline)).contains(WcxbLike.normalize(expected.replaceFirst("^(?:Von|Par) ", "")));
        assertThat(byline).doesNotContain("2025").doesNotContain("Dez.").doesNotContain("déc.");
        assertThat(byline.strip()).isNotIn("Von", "Par", "Zuletzt", "Dernière");
    }

    @Test
    void cleanDropsGermanAndFrenchDatesAndLabels() {
        assertThat(AuthorNames.clean("19. Dez. 2025 · Karl Beispiel")).isEqualTo("Karl Beispiel");
        assertThat(AuthorNames.clean("Par")).isEmpty();
        assertThat(AuthorNames.clean("Von")).isEmpty();
        assertThat(AuthorNames.clean("Zuletzt aktualisiert am 20. November 2025")).isEmpty();
        assertThat(AuthorNames.clean("Dernière mise à jour le 20 nov. 2025")).isEmpty();
        assertThat(AuthorNames.clean("Publié par Paul Martin")).isEqualTo("Paul Martin");
        assertThat(AuthorNames.clean("Geschrieben von Anna Berg")).isEqualTo("Anna Berg");
        assertThat(AuthorNames.clean("Un article de Paul Martin")).isEqualTo("Paul Martin");
        assertThat(AuthorNames.split("Journaliste Paul Martin", null)).isEmpty();
        assertThat(AuthorNames.split("Auteur : Paul Martin", null)).containsExactly("Paul Martin");
    }

    /** The benchmark's comparison: lower case, every run of non-word characters one space. */
    private static final class WcxbLike {
        static String normalize(String s) {
            return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }
    }
}
