package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A credit after a quote whose aside holds a full stop that ends no sentence ("the U.S. navy's", "Mrs. Lind's", "Jr."),
 * sets off a lawmaker's party and state, or names whose role it is with a titled possessive. The sentences are
 * written for this test; the entities are marked by hand.
 */
class AbbreviatedAsideCreditsTest {

    @Test
    void anAsideWithLettersAndStopsStillEndsInTheVerb() {
        String text = "The ships came home in May. “Each loss is felt on every deck,” Tom Hale said.\n\n"
                + "“No plan is better than another; each one is useful,” Ida Marsh, the U.S. navy's chief spokeswoman "
                + "in the region, said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", "Ida Marsh");
        assertThat(speakerOf(text, e, "No plan is better")).isEqualTo("Ida Marsh");
    }

    @Test
    void aPartyAndStateSetOffAfterTheNameIsAnAside() {
        String text = "The vote was put off again.\n\n“We cannot wait for the weather to change,” Ann Reed, Republican "
                + "of Ohio, said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, e, "We cannot wait")).isEqualTo("Ann Reed");
    }

    @Test
    void aRoleOwnedByATitledNameLeadsToTheNameAfterIt() {
        String text = "“Each loss is felt on every deck,” Tom Hale said.\n\n"
                + "“The storm brings us together,” Ms. Lind's spokesman, Per Alm, wrote on Twitter.\n\n"
                + "“Prices will soften, whether now or later,” Ohio Rep. Jane Doe's chief of staff, Mark Pell, told "
                + "reporters on Monday.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", "Per Alm", "Lind", "Jane Doe", "Mark Pell",
                EntityType.LOCATION, "Ohio");
        assertThat(speakerOf(text, e, "The storm brings")).isEqualTo("Per Alm");
        assertThat(speakerOf(text, e, "Prices will soften")).isEqualTo("Mark Pell");
    }

    @Test
    void aGenerationalSuffixAfterTheNameKeepsTheCredit() {
        String text = "“The harbor works as a way to sell fish,” James B. Tolle Jr., the director of the Port "
                + "Authority, said at a meeting.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "James B. Tolle Jr.", EntityType.ORGANIZATION,
                "Port Authority");
        assertThat(speakerOf(text, e, "The harbor works")).isEqualTo("James B. Tolle Jr.");
    }
}
