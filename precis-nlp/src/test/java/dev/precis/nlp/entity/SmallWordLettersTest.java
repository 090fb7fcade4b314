package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Acronyms taking a letter from a small word or an Arabic article of their long form ({@link SmallWordLetters}).
 * Sentences written for this test; before names27 the long forms were cut at "in" ("U.N. Relief Force" and a
 * place; "al-Qaida in the Islamic Maghreb" untagged but for "Maghreb").
 */
class SmallWordLettersTest {

    @Test
    void aSmallWordLendsItsLetterToTheAcronym() {
        String text = "Troops of the U.N. Relief Force in Mali (UNRFIM) patrolled the border on Monday.";
        assertNames(text, EntityType.ORGANIZATION, "U.N. Relief Force in Mali", "UNRFIM");
    }

    @Test
    void theArabicArticleLendsItsLetterToTheAcronym() {
        String text = "The attack was claimed by al-Qaida in the Islamic Maghreb (AQIM), officials said.";
        assertNames(text, EntityType.ORGANIZATION, "al-Qaida in the Islamic Maghreb", "AQIM");
    }
}
