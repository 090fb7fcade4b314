package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import java.util.ArrayList;
import java.util.List;
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
    void aGivenNameAndASurnameWithTheArticleAreOnePerson() {
        // the tokenizer's second way ("al", "-", "Hadid") with the model's two people on either side of the article
        String[] tokens = {"President", "Bashir", "al", "-", "Hadid", "spoke", "on", "Monday"};
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 1, 2, EntityTypes.PERSON, false),
                new MentionDraft(0, 4, 5, EntityTypes.PERSON, false)));
        HyphenatedNames.apply(tokens, mentions, 0, EntityTestSupport.models().gazetteer());
        assertThat(mentions).extracting(m -> Gazetteer.join(tokens, m.start, m.end) + "/" + m.type)
                .containsExactly("Bashir al-Hadid/" + EntityTypes.PERSON);
        // a place before the article is no given name: the article goes to the person after it, apart
        List<MentionDraft> apart = new ArrayList<>(List.of(new MentionDraft(0, 1, 2, EntityTypes.LOCATION, false),
                new MentionDraft(0, 4, 5, EntityTypes.PERSON, false)));
        HyphenatedNames.apply(tokens, apart, 0, EntityTestSupport.models().gazetteer());
        assertThat(apart).extracting(m -> Gazetteer.join(tokens, m.start, m.end) + "/" + m.type)
                .containsExactly("Bashir/" + EntityTypes.LOCATION, "al-Hadid/" + EntityTypes.PERSON);
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

    @Test
    void aBareArticleNameWithNoGivenNameIsABody() {
        String text = "Fighters of al-Qadim attacked the town, while al-Wahda claimed the bombing.";
        assertNames(text, EntityType.ORGANIZATION, "al-Qadim", "al-Wahda");
    }

    @Test
    void aBareArticleNameAfterALocativeOrBeforeAPlaceNounIsNoBody() {
        String text = "Troops moved into al-Qadim on Sunday and prayers were held at the al-Wahda mosque.";
        assertThat(mention(run(text), text, "al-Qadim")).isNull();
        assertThat(mention(run(text), text, "al-Wahda")).isNull();
    }

    @Test
    void aPersonOfTwoArticleNamesIsABody() {
        String[] tokens = {"The", "group", "al-Jamaa", "al-Sharqiya", "denied", "it"};
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 2, 4, EntityTypes.PERSON, false)));
        HyphenatedNames.apply(tokens, mentions, 0, EntityTestSupport.models().gazetteer());
        assertThat(mentions).extracting(m -> m.type).containsExactly(EntityTypes.ORGANIZATION);
        String[] person = {"Ahmed", "al-Jamaa", "al-Sharqiya", "spoke"};
        List<MentionDraft> one = new ArrayList<>(List.of(new MentionDraft(0, 0, 3, EntityTypes.PERSON, false)));
        HyphenatedNames.apply(person, one, 0, EntityTestSupport.models().gazetteer());
        assertThat(one).extracting(m -> m.type).containsExactly(EntityTypes.PERSON);
    }
}
