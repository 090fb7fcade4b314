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

    @Test
    void anArabicTextIsReadInArabicWithTheScriptsListsOn() {
        // an invented ferry report's distinct words: twenty-two content words, some with the article "al-" or the
        // conjunction "wa-" fused to them, and two whole function words ("ala", "allati"), under a tenth of the words
        Map<String, Integer> arabic = new java.util.LinkedHashMap<>();
        for (String w : ("جنحت العبارة رمال ميناء برينمور الاثنين متنها مئتي راكب خفر السواحل الركاب نقلوا البر ساعات"
                + " الحكومة والحكومة أرسلت قوارب الإنقاذ وصلت الظهر").split(" ")) {
            arabic.merge(w, 1, Integer::sum);
        }
        arabic.put("على", 2);
        arabic.put("التي", 1);
        assertThat(StoryLanguage.of(arabic)).as("without the scripts' lists: words kept as they are").isSameAs(StoryLanguage.OTHER);
        assertThat(StoryLanguage.of(arabic, false)).isSameAs(StoryLanguage.OTHER);
        StoryLanguage language = StoryLanguage.of(arabic, true);
        assertThat(language.code()).isEqualTo("ar");
        assertThat(language.english()).isFalse();
        Map<String, Integer> words = language.contentWords(arabic);
        assertThat(words).as("function words dropped").doesNotContainKeys("على", "التي");
        assertThat(language.contentWords(Map.of("الحكومة", 1, "والحكومة", 2)))
                .as("\"the government\" and \"and the government\": one stem, the counts summed").hasSize(1).containsValue(3);
        // one function word is not enough
        Map<String, Integer> one = new java.util.LinkedHashMap<>(arabic);
        one.remove("التي");
        assertThat(StoryLanguage.of(one, true)).isSameAs(StoryLanguage.OTHER);
    }
}
