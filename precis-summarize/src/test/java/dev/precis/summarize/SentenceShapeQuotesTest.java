package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotations in single marks, as British copy sets them, read like quotations in double marks. */
class SentenceShapeQuotesTest {

    @Test
    void aQuotationInSingleMarksHasTheTraitsOfOneInDoubleMarks() {
        String doubled = "\"We will keep the ferries running all winter,\" said harbour master Per Alm.";
        String single = "'We will keep the ferries running all winter,' said harbour master Per Alm.";
        String curly = "‘We will keep the ferries running all winter,’ said harbour master Per Alm.";
        SentenceShape.Traits d = SentenceShape.traits(doubled);
        for (String s : new String[] {single, curly}) {
            SentenceShape.Traits t = SentenceShape.traits(s);
            assertThat(t.opensWithQuote()).as(s).isTrue();
            assertThat(t.firstPerson()).as(s).isFalse();
            assertThat(t.quoteShare()).as(s).isGreaterThan(0.5).isCloseTo(d.quoteShare(), org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void aQuotationCreditedToABarePronounNeedsItsAntecedent() {
        assertThat(SentenceShape.needsAntecedent("'It was a mistake,' he told reporters.")).isTrue();
        assertThat(SentenceShape.needsAntecedent("'The plan was a mistake,' Per Alm told reporters.")).isFalse();
    }

    @Test
    void apostrophesAreNoQuotationMarks() {
        for (String s : new String[] {
            "The Joneses' house on the quay didn't flood, and we won't move.",
            "In the '90s the ferry ran twice a day, and I rode it.",
            "Ferries that run 'on demand are a fine idea, I think."}) {
            SentenceShape.Traits t = SentenceShape.traits(s);
            assertThat(t.quoteShare()).as(s).isZero();
            assertThat(t.firstPerson()).as(s).isTrue();
        }
    }
}
