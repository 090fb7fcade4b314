package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organisations whose first words the model drops or never reads as a name (names55): names opened by an
 * imperative ({@link CampaignNames}), a head word before "for" ({@link LinkedBodyHeads}), a members' plural at a
 * sentence's start ({@link CauseGroupNames}), "Ansar al-…" ({@link LeadingHeadNames}), and abbreviations of common
 * nouns that are no organisation ({@link CommonAbbreviations}). Sentences written for this test; each positive case
 * was cut, missed or mistyped by main's jar, the others are guards.
 */
class OrganisationOpenersTest {

    @Test
    void anImperativeInsideASentenceOpensTheName() {
        assertNames("The Stop the Dam Coalition handed a petition to the governor on Monday.",
                EntityType.ORGANIZATION, "Stop the Dam Coalition");
    }

    @Test
    void anImperativeOpeningTheSentenceNeedsTheNameToBeItsSubject() {
        assertNames("Save the Children said 2,000 families had fled the fighting.", EntityType.ORGANIZATION,
                "Save the Children");
        assertNames("Keep the Coast Clean, a local group, collected 3 tonnes of plastic.", EntityType.ORGANIZATION,
                "Keep the Coast Clean");
        assertNames("Fight for the Forest, an environmental group, sued the ministry.", EntityType.ORGANIZATION,
                "Fight for the Forest");
        String order = "Stop the Dam Works now, the banners read.";
        assertThat(mention(run(order), order, "Stop the Dam Works")).isNull();
    }

    @Test
    void aHeadWordBeforeForOpensABodyTheModelMissed() {
        assertNames("The Centre for Policy Alternatives said the law was flawed.", EntityType.ORGANIZATION,
                "Centre for Policy Alternatives");
        assertNames("The Centre for Science and Environment warned of smog.", EntityType.ORGANIZATION,
                "Centre for Science and Environment");
    }

    @Test
    void aHeadWordAloneOrBeforeAWeekdayIsNoBody() {
        String text = "He walked past the old Centre for Monday's rally and then home.";
        List<EntityMention> found = run(text);
        assertThat(found.stream().noneMatch(m -> m.range().slice(text).startsWith("Centre for"))).isTrue();
    }

    @Test
    void membersAndACapitalisedLinkOpenTheSentence() {
        assertNames("Reporters Without Frontiers condemned the arrest of the editor.", EntityType.ORGANIZATION,
                "Reporters Without Frontiers");
    }

    @Test
    void ansarBeforeAlIsAGroupAndAloneAGivenName() {
        assertNames("The attack was claimed by Ansar al-Tawhid, a group based in the hills.", EntityType.ORGANIZATION,
                "Ansar al-Tawhid");
        String person = "Ansar Mehmood, a columnist, wrote about the budget.";
        EntityMention m = mention(run(person), person, "Ansar Mehmood");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void abbreviationsOfCommonNounsAreNoOrganisations() {
        String text = "Please send the RFP ASAP, and note the SEO changes in the XML file.";
        List<EntityMention> found = run(text);
        for (String word : List.of("RFP", "ASAP", "SEO", "XML")) {
            EntityMention m = mention(found, text, word);
            assertThat(m == null || m.type() != EntityType.ORGANIZATION).as(word).isTrue();
        }
        assertNames("The NDMA said 14 people died in the floods.", EntityType.ORGANIZATION, "NDMA");
    }
}
