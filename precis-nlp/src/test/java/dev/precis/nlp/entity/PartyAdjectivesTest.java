package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/** A party's adjective before a person or a role ({@link PartyAdjectives}). Sentences written for this test. */
class PartyAdjectivesTest {

    @Test
    void aTaggedAdjectiveBeforeAPersonOrARoleBecomesMisc() {
        String[] tokens = "He lost to Liberal Tom Marsh and to the Republican nominee , not to Labour .".split(" ");
        MentionDraft liberal = new MentionDraft(0, 3, 4, EntityTypes.ORGANIZATION, false);
        MentionDraft marsh = new MentionDraft(0, 4, 6, EntityTypes.PERSON, false);
        MentionDraft republican = new MentionDraft(0, 9, 10, EntityTypes.ORGANIZATION, false);
        MentionDraft labour = new MentionDraft(0, 14, 15, EntityTypes.ORGANIZATION, false);
        PartyAdjectives.apply(tokens, new java.util.ArrayList<>(java.util.List.of(liberal, marsh, republican, labour)));
        assertThat(liberal.type).isEqualTo(EntityTypes.MISC);
        assertThat(republican.type).isEqualTo(EntityTypes.MISC);
        assertThat(marsh.type).isEqualTo(EntityTypes.PERSON);
        assertThat(labour.type).isEqualTo(EntityTypes.ORGANIZATION);
    }

    @Test
    void anAdjectiveBeforeARoleIsNoOrganisation() {
        String text = "The seat was lost in 1994 to Democratic challenger Ann Reed, who won the Republican primary later.";
        var found = run(text);
        assertThat(mention(found, text, "Democratic")).satisfiesAnyOf(
                m -> assertThat(m).isNull(), m -> assertThat(m.type()).isNotEqualTo(EntityType.ORGANIZATION));
        assertThat(mention(found, text, "Republican")).satisfiesAnyOf(
                m -> assertThat(m).isNull(), m -> assertThat(m.type()).isNotEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void thePartyNamedAsANounStaysAnOrganisation() {
        String text = "The Conservative Party won the seat, and Labour won two more in the north.";
        var found = run(text);
        assertThat(mention(found, text, "Conservative Party").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(found, text, "Labour").type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
