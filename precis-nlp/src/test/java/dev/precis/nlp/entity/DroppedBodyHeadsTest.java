package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A body's head word and preposition the model dropped ({@link DroppedBodyHeads}). Sentences written for this
 * test; the model had "Coastal Studies and Human Rights Watch" as one body.
 */
class DroppedBodyHeadsTest {

    @Test
    void theHeadWordOpensTheBodyAndASecondBodyStaysApart() {
        String text = "Researchers at the Institute for Coastal Studies and Human Rights Watch published the report.";
        assertNames(text, EntityType.ORGANIZATION, "Institute for Coastal Studies", "Human Rights Watch");
    }
}
