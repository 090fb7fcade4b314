package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link StoryLanguage}: an article's language read from its stored content words (invented texts). */
class StoryLanguageTest {

    static ArticleFeatures article(String title, String text) {
        return ArticleFeatures.of(AnalyzedArticle.ofSentences(Article.of(title, title, text, List.of()), List.of()));
    }

    @Test
    void germanSpanishAndPolishTextsAreReadInTheirOwnLanguage() {
        ArticleFeatures de = article("Fähre im Hafen von Brenmoor auf Grund gelaufen",
                "Die Fähre ist am Montag mit mehr als zweihundert Fahrgästen auf eine Sandbank gelaufen. Nach Angaben der"
                        + " Küstenwache wurden alle Reisenden von den Rettungsbooten an Land gebracht, und niemand wurde verletzt.");
        ArticleFeatures es = article("Un ferry encalla frente al puerto de Brenmoor",
                "El ferry quedó varado el lunes en un banco de arena con más de doscientos pasajeros. Según los guardacostas,"
                        + " todos los viajeros fueron llevados a tierra por los botes de rescate y nadie resultó herido.");
        ArticleFeatures pl = article("Prom osiadł na mieliźnie w porcie Brenmoor",
                "Prom z ponad dwustoma pasażerami osiadł w poniedziałek na mieliźnie. Jak podała straż przybrzeżna, wszyscy"
                        + " podróżni zostali przewiezieni na brzeg przez łodzie ratunkowe, ale nikt nie został ranny.");
        assertThat(StoryLanguage.of(de.terms()).code()).isEqualTo("de");
        assertThat(StoryLanguage.of(es.terms()).code()).isEqualTo("es");
        assertThat(StoryLanguage.of(pl.terms()).code()).isEqualTo("pl");
        StoryLanguage german = StoryLanguage.of(de.terms());
        assertThat(german.english()).isFalse();
        assertThat(de.terms()).containsKeys("der", "und", "von", "den");
        assertThat(german.contentWords(de.terms())).as("the language's own function words dropped")
                .doesNotContainKeys("der", "und", "von", "den").hasSizeGreaterThan(10);
        assertThat(german.contentWords(Map.of("fahrgäste", 1, "fahrgästen", 2, "und", 1)))
                .as("one word in two inflections: one stem, the counts summed").hasSize(1).containsValue(3);
        StoryLanguage spanish = StoryLanguage.of(es.terms());
        assertThat(spanish.contentWords(java.util.Set.of("pasajero", "pasajeros", "los"))).as("a headline's words read alike").hasSize(1);
    }

    @Test
    void anEnglishTextWithWordsOtherLanguagesListStaysEnglish() {
        // "die", "war", "man", "son", "hat" are function words of German, Dutch or French as well
        ArticleFeatures en = article("Veteran of the war dies at 101",
                "A man who fought in the war and later ran a hat shop in Brenmoor has died at home, his son said on Sunday."
                        + " The old soldier was the last living member of his unit and spoke at the war memorial every"
                        + " November, wearing the same hat. His son plans a small service at the harbour chapel, where the"
                        + " town band will play and the mayor is expected to read the names of the fallen. Friends remember a"
                        + " quiet, careful man who repaired clocks for neighbours and never asked for payment.");
        StoryLanguage language = StoryLanguage.of(en.terms());
        assertThat(language).isSameAs(StoryLanguage.ENGLISH);
        assertThat(language.contentWords(en.terms())).as("nothing dropped").isSameAs(en.terms());
    }

    @Test
    void wordsMostlyInAnotherScriptAreNotEnglishAndKeptAsTheyAre() {
        Map<String, Integer> greek = Map.of("πλοίο", 3, "λιμάνι", 2, "επιβάτες", 2, "brenmoor", 1);
        StoryLanguage language = StoryLanguage.of(greek);
        assertThat(language).isSameAs(StoryLanguage.OTHER);
        assertThat(language.english()).isFalse();
        assertThat(language.contentWords(greek)).isSameAs(greek);
        assertThat(StoryLanguage.of(Map.of())).as("no words: English").isSameAs(StoryLanguage.ENGLISH);
    }
}
