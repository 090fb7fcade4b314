package dev.precis.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Direct speech in the typewriter marks of wire copy, counted on a line of its own by {@link QuoteEvaluation}. */
class TwoMarkDirectSpeechTest {

    @Test
    void contentOpeningAfterTwoApostrophesOrBackticks() {
        String text = "''We will rebuild the pier,'' said Ann Reed. ``It is ours,'' she added. She said the pier was old.";
        int[] first = {2, text.indexOf(",''")};
        int backtickAt = text.indexOf("``") + 2;
        int[] second = {backtickAt, backtickAt + 10};
        int reportedAt = text.indexOf("the pier was old");
        int[] reported = {reportedAt, reportedAt + 16};
        assertThat(QuoteEvaluation.opensWithTwoMarks(text, first)).isTrue();
        assertThat(QuoteEvaluation.opensWithTwoMarks(text, second)).isTrue();
        assertThat(QuoteEvaluation.opensWithTwoMarks(text, reported)).isFalse();
        // a possessive's apostrophe before the words is no quotation mark
        String possessive = "The Joneses' plan was approved.";
        assertThat(QuoteEvaluation.opensWithTwoMarks(possessive, new int[] {13, 17})).isFalse();
    }
}
