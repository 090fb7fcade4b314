package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Names joined by a hyphen ({@link HyphenatedNames}). Sentences written for this test; the positive cases were cut
 * at the article or untagged before, the negative ones are guards.
 */
class HyphenatedNamesTest {

    @Test
    void theArabicArticleBelongsToTheName() {
        String text = "Gunmen of the al-Hadra Front shelled the village, and al-Sawt Television aired the footage.";
        assertNames(text, EntityType.ORGANIZATION, "al-Hadra Front", "al-Sawt Television");
    }

    @Test
    void anArticleWordBeforeAGroupWordIsABody() {
        String text = "Al-Marwa fighters crossed the river on Sunday.";
        assertNames(text, EntityType.ORGANIZATION, "Al-Marwa");
    }

    @Test
    void anAcronymWithASuffixIsOneBody() {
        String text = "Officials of the KLP-T and the KLP-N met in the capital on Friday.";
        assertNames(text, EntityType.ORGANIZATION, "KLP-T", "KLP-N");
    }

    @Test
    void placesOrAnArticleAfterTheHyphenAreNoAcronymName() {
        String text = "The UK-EU talks resumed in Brussels.";
        assertThat(mention(run(text), text, "UK-EU")).isNull();
        String dateline = "NAIROBI - A bus overturned near the border on Monday.";
        assertThat(mention(run(dateline), dateline, "NAIROBI - A")).isNull();
    }
}
