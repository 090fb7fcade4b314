package dev.precis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteWordsTest {

    @Test
    void theAttributionThatInterruptsAQuoteBecomesAnEllipsis() {
        assertThat(Quote.quotedWords("The bridge is safe,” the engineer said, “but the road is not."))
                .isEqualTo("The bridge is safe … but the road is not.");
        assertThat(Quote.quotedWords("We lost the vote.\" Mayor Holm said on Friday. \"We will try again."))
                .isEqualTo("We lost the vote. … We will try again.");
    }

    @Test
    void aQuoteOverSeveralParagraphsReadsAsOneText() {
        assertThat(Quote.quotedWords("The crews start in March.\n\n“Nobody should doubt it."))
                .isEqualTo("The crews start in March. Nobody should doubt it.");
    }

    @Test
    void aParagraphReopenedInATextRunTogetherLosesItsMark() {
        assertThat(Quote.quotedWords("The crews start in March. “Nobody should doubt it. \"We are ready."))
                .isEqualTo("The crews start in March. Nobody should doubt it. We are ready.");
        assertThat(Quote.quotedWords("She told them. “Go home.” Then she left"))
                .isEqualTo("She told them. “Go home.” Then she left");
    }

    @Test
    void aQuotationInsideTheQuoteAndPlainWordsStay() {
        assertThat(Quote.quotedWords("He called the plan “a disgrace” and “a farce” before he left"))
                .isEqualTo("He called the plan “a disgrace” and “a farce” before he left");
        assertThat(Quote.quotedWords("Prices will rise next year")).isEqualTo("Prices will rise next year");
    }

    @Test
    void wordsAreTakenFromTheContentRange() {
        String text = "“Stay home,” she said, “and wait.” Then she left.";
        Quote q = new Quote(new TextRange(0, 34), new TextRange(1, 33), QuoteKind.DIRECT, "she", null, "said");
        assertThat(q.words(text)).isEqualTo("Stay home … and wait.");
    }
}
