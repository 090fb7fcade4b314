package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A personal or possessive pronoun alone ("Her", "His", "Their") is never a speaker's name: a quote introduced by
 * "Her promise: …" keeps no named speaker rather than one called "Her". The sentences are written for this test.
 */
class BarePronounSpeakersTest {

    @Test
    void aPossessiveBeforeAColonIsNoName() {
        String text = "The head teacher spoke to parents after the flood.\n\nHer promise: \"Every classroom will be dry "
                + "and open again by Monday morning.\"\n\nRepairs began at dawn.";
        List<Quote> quotes = direct(text, List.of());
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).speaker()).isNotEqualToIgnoringCase("her");
    }

    @Test
    void hisAndTheirAreNoNamesEither() {
        String his = "The transport secretary was firm about the strike.\n\nHis warning to the unions: \"Come back to the "
                + "table before the holidays or lose the pay offer.\"\n\nTalks resume on Friday.";
        String their = "The orchestra's conductor thanked the audience.\n\nTheir reply: \"Bravo, and come back next year "
                + "with the same programme!\"\n\nThe hall emptied slowly.";
        assertThat(direct(his, List.of())).singleElement().extracting(Quote::speaker).isNotEqualTo("His");
        assertThat(direct(their, List.of())).singleElement().extracting(Quote::speaker).isNotEqualTo("Their");
    }

    @Test
    void aPronounNameIsDroppedInAnyCaseAndTheRangeStays() {
        String text = "Asked about the vote, she said: “We will win this one comfortably.”";
        for (String name : List.of("Her", "her", "HER", "His", "Their", "Its", "Them", "she", "They")) {
            Quote checked = UnfitSpeakers.checked(text, credited(text, name), List.of());
            assertThat(checked.speaker()).as(name).isNull();
            assertThat(checked.speakerRange()).as(name).isEqualTo(credited(text, name).speakerRange());
        }
    }

    @Test
    void namesAndDescriptionsOpeningWithAPossessiveStay() {
        String text = "Asked about the vote, she said: “We will win this one comfortably.”";
        for (String name : List.of("her spokesman", "Their lawyers", "US", "Mina Harlow")) {
            assertThat(UnfitSpeakers.checked(text, credited(text, name), List.of()).speaker()).as(name).isEqualTo(name);
        }
    }

    /** The text's quotation credited through its "she" to {@code name}, as the resolver would write it. */
    private static Quote credited(String text, String name) {
        int open = text.indexOf('“');
        int close = text.indexOf('”') + 1;
        int she = text.indexOf("she");
        return new Quote(new TextRange(open, close), new TextRange(open + 1, close - 1), QuoteKind.DIRECT, name,
                new TextRange(she, she + 3), "said");
    }
}
