package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/** Bodies named "X in <place>" after a group word ({@link GroupInPlaceNames}). Sentences written for this test. */
class GroupInPlaceNamesTest {

    @Test
    void untaggedWordsAfterAGroupWordThenInAndAPlaceAreOneBody() {
        String text = "The pressure group Clean Water in Africa said on Friday that wells had run dry.";
        assertNames(text, EntityType.ORGANIZATION, "Clean Water in Africa");
    }

    @Test
    void aBodyTheModelFoundKeepsThePlaceApart() {
        String text = "The rights group Amnesty International in London said the trial was unfair.";
        assertThat(mention(run(text), text, "Amnesty International in London")).isNull();
        assertThat(mention(run(text), text, "London")).isNotNull();
    }
}
