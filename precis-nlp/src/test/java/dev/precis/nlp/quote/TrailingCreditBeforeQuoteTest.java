package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence of reported speech closed by its credit (", says Ann Reed.") hands its speaker to the quotation that
 * opens the next sentence, as feature copy run into one block writes advice. The sentences are written for this
 * test; the entities are marked by hand.
 */
class TrailingCreditBeforeQuoteTest {

    @Test
    void theCreditClosingTheSentenceBeforeSpeaksTheQuote() {
        String text = "Winter boots need care. Owners of rubber boots can skip the oil, says Ann Reed. "
                + "\"Rubber only needs a rinse.\" Leather is another matter.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, e, "Rubber only needs")).isEqualTo("Ann Reed");
    }

    @Test
    void anotherVerbOfSayingClosingTheSentenceSpeaksToo() {
        String text = "The pier opens in May. Boats may tie up for a day without a permit, adds Tom Hale. "
                + "\"Longer stays need the harbor office.\"";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, e, "Longer stays")).isEqualTo("Tom Hale");
    }
}
