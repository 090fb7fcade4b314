package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credits before a quote: the subject's second verb after "and later" ("… and later said, “…”"), "as X puts it", and
 * a sentence that runs on past "the No. 2". The sentences are written for this test; the entities are marked by hand.
 */
class PutItAndLaterSaidTest {

    @Test
    void theSubjectsLaterVerbOfSayingSpeaks() {
        String text = "The debate ran late. Ida Marsh started the argument when she brought up the harbor fees and "
                + "later said, “It is not just the fishermen who pay.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ida Marsh");
        assertThat(speakerOf(text, e, "It is not just")).isEqualTo("Ida Marsh");
    }

    @Test
    void asSomeonePutsItCreditsThem() {
        String text = "As The Courier's Tom Hale puts it, “Nobody in town wants the pier closed.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", EntityType.ORGANIZATION, "The Courier");
        assertThat(speakerOf(text, e, "Nobody in town")).isEqualTo("Tom Hale");
    }

    @Test
    void theNumberTwoOfAPartyEndsNoSentence() {
        String text = "“The pier stays open,” Tom Hale said.\n\nAs Ida Marsh, the No. 2 in the council, put it: "
                + "“This bridge will not be built. There is no money.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", "Ida Marsh");
        assertThat(speakerOf(text, e, "This bridge")).isEqualTo("Ida Marsh");
    }
}
