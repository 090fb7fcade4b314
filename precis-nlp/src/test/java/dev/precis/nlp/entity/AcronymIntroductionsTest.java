package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Long forms introduced with an acronym become one name, and the acronym takes its type. */
class AcronymIntroductionsTest {

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
    void lettersOfAnAcronymToken() {
        assertThat(AcronymIntroductions.letters("PML-N")).isEqualTo("PMLN");
        assertThat(AcronymIntroductions.letters("U.N.")).isEqualTo("UN");
        assertThat(AcronymIntroductions.letters("Ltd")).isNull();
        assertThat(AcronymIntroductions.letters("A")).isNull();
    }

    @Test
    void longFormStartsWhereTheCapitalsSpellTheAcronym() {
        String[] tokens = {"said", "the", "Economic", "and", "Financial", "Crimes", "Commission", "(", "EFCC", ")"};
        assertThat(AcronymIntroductions.longFormStart(tokens, 7, "EFCC")).isEqualTo(2);
        assertThat(AcronymIntroductions.longFormStart(tokens, 7, "FCC")).isEqualTo(4);
        assertThat(AcronymIntroductions.longFormStart(tokens, 7, "XYZ")).isEqualTo(-1);
    }

    @Test
    void organisationIntroducedWithItsAcronymIsOneNameAndTheAcronymRecurs() {
        String text = "The Economic and Financial Crimes Commission (EFCC) arrested a former governor on Monday. "
                + "A spokesman for the EFCC said the case would go to court.";
        List<String> orgs = names(text, EntityType.ORGANIZATION);
        assertThat(orgs).contains("Economic and Financial Crimes Commission");
        assertThat(orgs.stream().filter("EFCC"::equals).count()).isEqualTo(2);
        List<EntityMention> all = ner.recognize(text, new NewsSentenceSplitter().split(text));
        assertThat(all).filteredOn(m -> m.range().slice(text).equals("EFCC"))
                .allMatch(m -> m.canonical().equals("Economic and Financial Crimes Commission"));
    }

    @Test
    void hyphenatedPartyNamesKeepTheirLastWord() {
        String text = "Leaders of the Pakistan Muslim League-Nawaz (PML-N) met on Sunday in Lahore.";
        assertThat(names(text, EntityType.ORGANIZATION)).contains("Pakistan Muslim League-Nawaz");
        text = "The Pakistan Tehreek-e-Insaf (PTI) chairman spoke to reporters.";
        assertThat(names(text, EntityType.ORGANIZATION)).contains("Pakistan Tehreek-e-Insaf", "PTI");
    }

    @Test
    void aPersonWithInitialsInBracketsStaysAPerson() {
        String text = "The award went to author Joanne Kathleen Rowling (JKR), who thanked her readers.";
        assertThat(names(text, EntityType.ORGANIZATION)).doesNotContain("Joanne Kathleen Rowling");
    }
}
