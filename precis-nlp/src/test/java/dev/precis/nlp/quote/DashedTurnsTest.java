package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dialogue set with dashes ({@link DashedTurns}): a paragraph opening with a dash and no quotation marks is speech,
 * its words ending at the credit that follows a comma, question mark or full stop, or at the paragraph's end, with
 * the speaker from that credit, from a colon closing the paragraph before, or from the turn before. The sentences
 * are invented for this test.
 */
class DashedTurnsTest {

    @Test
    void aQuotationAfterTheCreditDoesNotHideTheDashedWords() {
        String text = "The ferry was late again on Monday.\n\n— We have waited three hours for nothing, Ida Marsh said. "
                + "“Nobody tells us anything.”";
        List<Quote> quotes = direct(text, marked(text, EntityType.PERSON, "Ida Marsh"));
        assertThat(quotes).filteredOn(q -> q.content().slice(text).contains("three hours")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ida Marsh"));
    }

    @Test
    void aQuestionEndsTheWordsBeforeItsCredit() {
        String text = "The harbour office opened at noon.\n\n— Where were the pilots this morning? Tom Hale asked, "
                + "pointing at the empty quay.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Tom Hale"), "pilots")).isEqualTo("Tom Hale");
    }

    @Test
    void aFullStopThenAShortCreditSentence() {
        String text = "The vote was close.\n\n— It was never in doubt. Lena Brock said.";
        List<Quote> quotes = direct(text, marked(text, EntityType.PERSON, "Lena Brock"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.content().slice(text)).isEqualTo("It was never in doubt.");
            assertThat(q.speaker()).isEqualTo("Lena Brock");
        });
    }

    @Test
    void aColonClosingTheParagraphBeforeIntroducesTheTurn() {
        String text = "Mayor Lena Brock told the council:\n\n— We will rebuild the harbour wall before the winter storms arrive.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Lena Brock"), "harbour wall")).isEqualTo("Lena Brock");
    }

    @Test
    void aCommaInsideTheWordsIsNoEndWhenNoSpeakerFollowsIt() {
        // "he said nothing" is the driver's own words (the verb has an object), "those days" opens no credit
        String text = "The crash happened at dawn.\n\n— When I saw him, he said nothing, so I left, the driver said.\n\n"
                + "— Well, Ann, those days are over, Tom Hale said.";
        List<Quote> quotes = direct(text, marked(text, EntityType.PERSON, "Tom Hale"));
        assertThat(quotes).extracting(q -> q.content().slice(text))
                .containsExactly("When I saw him, he said nothing, so I left,", "Well, Ann, those days are over,");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("the driver", "Tom Hale");
    }

    @Test
    void aDashedParagraphWithoutACreditNearASpeakerIsNoQuote() {
        String text = "Key measures:\n\n— Fuel prices rise by ten percent from next month onwards\n\n"
                + "— Bread stays at the old price until the end of the year";
        assertThat(direct(text, List.of())).isEmpty();
    }
}
