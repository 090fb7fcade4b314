package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Groups named for their members and their cause ({@link CauseGroupNames}). Sentences written for this test; the
 * positive cases were cut to their cause or read as a place before, the negative ones are guards.
 */
class CauseGroupNamesTest {

    @Test
    void membersAndTheirCauseAreOneBody() {
        String text = "The letter was signed by Midwives for Rural Health and by Friends of the Marshes, "
                + "while Pilots Against Noise stayed silent.";
        assertNames(text, EntityType.ORGANIZATION, "Midwives for Rural Health", "Friends of the Marshes",
                "Pilots Against Noise");
    }

    @Test
    void membersOfAPlaceOrAPersonAreNoBody() {
        String text = "The petition was backed by thousands of Citizens of Kenya.";
        EntityMention citizens = mention(run(text), text, "Citizens of Kenya");
        assertThat(citizens).isNull();
        String person = "Voters chose between the Conservatives of Margaret Ellery and the rest.";
        assertThat(mention(run(person), person, "Conservatives of Margaret Ellery")).isNull();
    }

    @Test
    void aFieldOrABookIsNoGroup() {
        String text = "She wrote a study titled The Politics of Water in the region.";
        EntityMention book = mention(run(text), text, "Politics of Water");
        assertThat(book == null || book.type() != EntityType.ORGANIZATION).isTrue();
    }
}
