package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names joined by lower-case particles, Arabic names with a capitalised article, organisation name shapes. */
class NameParticlesTest {

    private static StatisticalEntityRecognizer ner;

    @BeforeAll
    static void load() {
        ner = EntityTestSupport.recognizer();
    }

    private static List<String> names(String text, EntityType type) {
        return ner.recognize(text, new NewsSentenceSplitter().split(text)).stream()
                .filter(m -> m.type() == type).map(m -> m.range().slice(text)).toList();
    }

    @Test
    void particlesKeepAPersonsNameWhole() {
        String text = "Crown Prince Mohammed bin Salman received Abdel Fattah el-Sisi in the capital on Sunday.";
        assertThat(names(text, EntityType.PERSON)).contains("Mohammed bin Salman", "Abdel Fattah el-Sisi")
                .doesNotContain("Salman", "Abdel Fattah");
    }

    @Test
    void aCapitalisedArticleWithANameIsOneOrganisation() {
        String text = "The newspaper Al-Ahram and the channel Al-Manar both carried the speech.";
        assertThat(names(text, EntityType.ORGANIZATION)).contains("Al-Ahram");
        List<String> all = ner.recognize(text, new NewsSentenceSplitter().split(text)).stream()
                .map(m -> m.range().slice(text)).toList();
        assertThat(all).contains("Al-Manar").doesNotContain("Al");
    }

    @Test
    void organisationWordsFollowedByOfAndDescriptorsJoinedByAnd() {
        String text = "Officials of the Reserve Bank of India met the Congress of South African Trade Unions, "
                + "while the Election Commission of Pakistan stayed silent.";
        assertThat(names(text, EntityType.ORGANIZATION)).contains("Reserve Bank of India",
                "Congress of South African Trade Unions", "Election Commission of Pakistan");
    }

    @Test
    void ordinaryWordsAfterANameAreNoParticles() {
        String text = "Voters saw Maria Costa as a reformer, and Tomas Berg said the vote was fair.";
        assertThat(names(text, EntityType.PERSON)).contains("Maria Costa", "Tomas Berg");
    }
}
