package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Two speakers joined by "and" credit the first, after the quote ("“…,” A and B said") as before it ("A and B
 * said: “…”"). The sentences are written for this test; the entities are given by hand as the recogniser would
 * mark them.
 */
class CoordinatedSpeakersTest {

    private static String speaker(String text) {
        return speakerOf(text, marked(text, EntityType.PERSON, "Oliver Brandt", "Hana Kerr"), "economy");
    }

    @Test
    void twoNamedSpeakersAfterTheQuoteCreditTheFirst() {
        assertThat(speaker("“The economy is in good shape,” Oliver Brandt and Hana Kerr said in a joint statement."))
                .isEqualTo("Oliver Brandt");
        assertThat(speaker("“The economy is in good shape,” finance minister Oliver Brandt and his deputy Hana Kerr said."))
                .isEqualTo("Oliver Brandt");
    }

    @Test
    void theSameSpeakerWhicheverSideOfTheQuoteThePairStands() {
        String before = "Oliver Brandt and Hana Kerr said in a joint statement: “The economy is in good shape.”";
        String after = "“The economy is in good shape,” Oliver Brandt and Hana Kerr said in a joint statement.";
        assertThat(speaker(before)).isEqualTo("Oliver Brandt");
        assertThat(speaker(after)).isEqualTo("Oliver Brandt");
    }

    @Test
    void rolesJoinedByAndAreNoPairOfNames() {
        // the role pair is read as before (the phrase), not split into "the minister" and not given to the deputy
        assertThat(speaker("“The economy is in good shape,” the minister and her deputy said."))
                .isEqualTo("the minister and her deputy");
        // a body and a person: only a name on both sides makes a pair, so the person named is kept
        assertThat(speaker("“The economy is in good shape,” the treasury and Hana Kerr said.")).isEqualTo("Hana Kerr");
    }

    @Test
    void aSentenceEndingBetweenTheTwoNamesIsNoPair() {
        String text = "Ruth Abebe says “whatever the polls show, the economy is a race of two” between Brandt and Kerr. "
                + "And Ruth Abebe says the rest have no plan.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ruth Abebe", "Brandt", "Kerr"), "economy"))
                .isEqualTo("Ruth Abebe");
    }
}
