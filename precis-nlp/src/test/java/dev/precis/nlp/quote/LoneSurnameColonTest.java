package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A surname alone before a colon, which no recogniser marked, introduces a quote in the body ("… was short. Okonkwo:
 * “…”"); a headline's topic word, an ordinary word or a place before a colon does not. The sentences are written for
 * this test.
 */
class LoneSurnameColonTest {

    @Test
    void aSurnameAfterASentenceIntroducesTheQuote() {
        String text = "The inquiry sat for a second day.\n\nPressed on the lost invoices, the former treasurer said little. "
                + "Okonkwo: \"I signed what I was given.\"";
        assertThat(direct(text, List.of())).singleElement().satisfies(q -> {
            assertThat(q.content().slice(text)).isEqualTo("I signed what I was given.");
            assertThat(q.speaker()).isEqualTo("Okonkwo");
            assertThat(q.speakerRange().slice(text)).isEqualTo("Okonkwo");
        });
    }

    @Test
    void theSurnameTakesTheFullerNameMetBefore() {
        String text = "Tamsin Okonkwo led the council's finance team until May.\n\nAsked about the invoices, she paused. "
                + "Okonkwo: “I signed what I was given.”";
        assertThat(direct(text, marked(text, EntityType.PERSON, "Tamsin Okonkwo"))).singleElement()
                .extracting(Quote::speaker).isEqualTo("Tamsin Okonkwo");
    }

    @Test
    void aHeadlineTopicAnOrdinaryWordOrAPlaceIsNoSpeaker() {
        String headline = "Floods: \"The water came in an hour\"\n\nRiver levels rose overnight across the valley.";
        String ordinary = "The council met on Tuesday.\n\nThe agenda was short. Update: \"The meeting is moved to Friday.\"";
        String place = "The council met on Tuesday.\n\nThe vote was close. Berlin: \"We accept the result.\"";
        for (String text : List.of(headline, ordinary, place)) {
            assertThat(direct(text, List.of())).as(text).allSatisfy(q -> assertThat(q.speaker()).isNull());
        }
    }
}
