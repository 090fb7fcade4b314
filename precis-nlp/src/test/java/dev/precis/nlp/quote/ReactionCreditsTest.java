package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Reacted" credits a quote as a reply does ("“…?” reacted Ann Reed"), but not a title quoted before someone who
 * reacted with something else. The sentences are written for this test; the entities are marked by hand.
 */
class ReactionCreditsTest {

    @Test
    void aReactionAfterTheQuoteCreditsIt() {
        String text = "The council voted to close the pier on Monday.\n\n"
                + "“Who asked the fishermen? Is this how the town treats its own?” reacted Ann Reed.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, e, "Who asked the fishermen")).isEqualTo("Ann Reed");
    }

    @Test
    void aTitleBeforeSomeoneWhoReactedWithALetterIsNotTheirs() {
        String text = "After the show compared the mayor to a villain from the cast of “The Long Night,” the local "
                + "anchor Ann Reed reacted with a letter to her viewers.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, e, "The Long Night")).isNotEqualTo("Ann Reed");
    }
}
