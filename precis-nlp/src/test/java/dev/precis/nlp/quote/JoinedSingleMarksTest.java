package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotations in curly single marks (‘…’, the house style of much British copy) in a text whose paragraphs were run
 * together: a quote reopened by a new ‘ with no closing mark before it (the news convention for a quote going on in
 * the next paragraph), and a straight pair nested inside ("‘… the 'grey' vote …’"). The sentences are written for this
 * test.
 */
class JoinedSingleMarksTest {

    @Test
    void aQuoteReopenedInTheSameBlockEndsThereAndALaterQuoteKeepsItsOwnSpeaker() {
        // the coxswain's quote runs on with a new ‘ and is never closed; Morgan's quote later is his own, not the
        // end of the coxswain's
        String text = "The lifeboat crew were called out twice on Sunday. ‘The sea was worse than anything I have seen this"
                + " year,’ said coxswain Idris Penhale. ‘We reached the yacht with minutes to spare. ‘Nobody should sail"
                + " in a forecast like that, whatever the boat. The coastguard, led by Aled Morgan, closed the harbour at"
                + " noon. ‘We had no choice at all,’ Morgan said.";
        List<Quote> quotes = direct(text, marked(text, EntityType.PERSON, "Idris Penhale", EntityType.PERSON, "Aled Morgan", "Morgan"));
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.content().slice(text)).isEqualTo("We had no choice at all,");
            assertThat(q.speaker()).isIn("Aled Morgan", "Morgan");
        });
        assertThat(quotes).noneSatisfy(q -> {
            assertThat(q.content().slice(text)).contains("Nobody should sail");
            assertThat(q.speaker()).isIn("Aled Morgan", "Morgan");
        });
    }

    @Test
    void aStraightPairNestedInACurlyQuoteDoesNotCloseIt() {
        String text = "Pollsters were divided. ‘Everyone talks about the 'grey' vote as if it moved as one block, and it"
                + " never has,’ said analyst Marit Solheim.";
        assertThat(direct(text, marked(text, EntityType.PERSON, "Marit Solheim"))).singleElement().satisfies(q -> {
            assertThat(q.content().slice(text)).startsWith("Everyone talks").endsWith("never has,");
            assertThat(q.speaker()).isEqualTo("Marit Solheim");
        });
    }

    @Test
    void aStraightMarkStillClosesACurlyQuoteWithNoCurlyCloseAfterIt() {
        // mixed typing with no ’ left to close: the straight mark is the quote's end, as before
        String text = "The mayor was brief. ‘We will reopen the bridge by spring,' said Henrike Vos.";
        assertThat(direct(text, marked(text, EntityType.PERSON, "Henrike Vos"))).singleElement().satisfies(q -> {
            assertThat(q.content().slice(text)).isEqualTo("We will reopen the bridge by spring,");
            assertThat(q.speaker()).isEqualTo("Henrike Vos");
        });
    }
}
