package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotation marks and apostrophes lost to "?" are read as the marks they stand for; questions stay. */
class LossyQuotesTest {

    @Test
    void lostQuotationMarksAndApostrophesAreRestoredInPlace() {
        String lossy = "?We will finish the bridge by May,? he said. The mayor?s plan is ?historic?, she added.";
        String repaired = LossyQuotes.repair(lossy);
        assertThat(repaired).hasSameSizeAs(lossy)
                .isEqualTo("“We will finish the bridge by May,” he said. The mayor's plan is “historic”, she added.");
        assertThat(LossyQuotes.repair("The council said: ?It opens in 2027.?"))
                .isEqualTo("The council said: “It opens in 2027.”");
    }

    @Test
    void realQuestionMarksStay() {
        for (String s : new String[] {"Will the bridge open on time?", "\"Why now?\" she asked.",
                "Is it the U.S.? Nobody knows.", "Tolls? Not yet, said the council.", "No question here."}) {
            assertThat(LossyQuotes.repair(s)).isEqualTo(s);
        }
    }

    @Test
    void aRepairedSentenceHasTheShapeOfItsCleanCopy() {
        String clean = "“We will finish the bridge by May,” he said.";
        String lossy = "?We will finish the bridge by May,? he said.";
        SentenceShape.Traits before = SentenceShape.traits(lossy);
        SentenceShape.Traits after = SentenceShape.traits(LossyQuotes.repair(lossy));
        // unrepaired, the lost closing mark reads as a question and no quotation is seen
        assertThat(before.quoteShare()).isZero();
        assertThat(before.pronounSpeaker()).isFalse();
        assertThat(after).isEqualTo(SentenceShape.traits(clean));
        assertThat(after.pronounSpeaker()).isTrue();
        assertThat(after.opensWithQuote()).isTrue();
        assertThat(SentenceShape.traits(LossyQuotes.repair("The work starts in May.?")).question()).isFalse();
        assertThat(SentenceShape.traits("The work starts in May.?").question()).isTrue();
    }
}
