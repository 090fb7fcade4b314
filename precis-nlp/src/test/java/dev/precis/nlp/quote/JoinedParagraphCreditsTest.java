package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credits next to a sentence boundary that is no line break ({@code eval quotes --perturb joined}, and any paragraph
 * holding several sentences): a name before a full stop is not joined to the next sentence's subject, and a sentence
 * ending in its closing quotation mark bounds the speaker phrase of the next. Sentences invented for this test.
 */
class JoinedParagraphCreditsTest {

    private static String speakerOf(String text, String content) {
        return QuoteTestSupport.speakerOf(text, List.of(), content);
    }

    @Test
    void aNameBeforeAFullStopEndsTheCreditAfterTheQuotation() {
        String text = "Ann Reed chairs the harbour board and Tom Hale leads the council. “We will not pay for a new bridge,”"
                + " said Reed. Hale has said the town should share the cost.";
        assertThat(speakerOf(text, "We will not pay")).isEqualTo("Ann Reed");
    }

    @Test
    void titlesAndInitialsBeforeAStopStillRunOnIntoTheName() {
        String text = "The vote was close. “It was a fair count,” said Sen. Ann Reed of the harbour district.";
        assertThat(speakerOf(text, "fair count")).isEqualTo("Ann Reed");
        String initial = "The vote was close. “It was a fair count,” said Ann J. Reed of the harbour district.";
        assertThat(speakerOf(initial, "fair count")).isEqualTo("Ann J. Reed");
    }

    @Test
    void aSentenceEndingInItsClosingMarkBoundsTheNextSpeakerPhrase() {
        String text = "Tom Hale said the bridge was “not safe for carts.” Ann Reed, who met Hale after the vote, told"
                + " reporters, “We will not pay for a new one.”";
        assertThat(speakerOf(text, "We will not pay")).isEqualTo("Ann Reed");
    }

    @Test
    void theSecondPartOfAnInterruptedQuoteTakesNoCreditFromTheNextSentence() {
        String text = "The board met on Monday. “We have a plan,” Ann Reed said. “It is called a vote.” Tom Hale reported"
                + " from the harbour.";
        List<dev.precis.model.Quote> quotes = QuoteTestSupport.direct(text, List.of());
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).speaker()).isEqualTo("Ann Reed");
        assertThat(quotes.get(0).content().slice(text)).contains("We have a plan").contains("called a vote");
    }

    @Test
    void aClauseWithASubordinatorAfterAQuestionIsNoCredit() {
        String text = "The crowd cheered. Ann Reed cut in: “So the toll will stay?” Hale rode the mood of the crowd as he"
                + " replied.";
        assertThat(speakerOf(text, "toll will stay")).isEqualTo("Ann Reed");
    }
}
