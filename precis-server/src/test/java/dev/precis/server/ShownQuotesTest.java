package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Half a quotation, as a line cut from a longer one shows it, gets its missing mark; whole ones stay as written. */
class ShownQuotesTest {

    @Test
    void aQuotationThatRunsOnIsClosedAtTheEnd() {
        assertThat(ShownQuotes.balance("Okafor said: \"The pier is safe to use."))
                .isEqualTo("Okafor said: \"The pier is safe to use.\"");
        assertThat(ShownQuotes.balance("Okafor said: \u201cThe pier is safe to use."))
                .isEqualTo("Okafor said: \u201cThe pier is safe to use.\u201d");
        assertThat(ShownQuotes.balance("\"Do you know how deep the harbour is?"))
                .isEqualTo("\"Do you know how deep the harbour is?\"");
    }

    @Test
    void aQuotationThatBeganBeforeIsOpenedAtTheStart() {
        assertThat(ShownQuotes.balance("The repairs start in May.\"")).isEqualTo("\"The repairs start in May.\"");
        assertThat(ShownQuotes.balance("The repairs start in May.\u201d")).isEqualTo("\u201cThe repairs start in May.\u201d");
        assertThat(ShownQuotes.balance("\u2026 the repairs start in May.\u201d")).isEqualTo("\u2026 \u201cthe repairs start in May.\u201d");
    }

    @Test
    void wholeQuotationsAndApostrophesStayAsWritten() {
        for (String s : new String[] {"\"We will finish the pier by summer,\" he said.", "The mayor called it \u201ca fair deal\u201d on Monday.",
                "The council's plan is 'on track', Okafor said.", "Harbour users \"welcome\" the \"new\" pier.", "No quotation here."}) {
            assertThat(ShownQuotes.balance(s)).isEqualTo(s);
        }
    }

    @Test
    void aShownSentenceAlsoGetsItsLeftOutSpace() {
        assertThat(ShownQuotes.shown("The Harbour Party,said: \"We are ready.")).isEqualTo("The Harbour Party, said: \"We are ready.\"");
    }

    @Test
    void aStraightMarkRightAfterAColonOpens() {
        // a source that left out the space after the colon: the mark opens the quotation, it does not close one
        assertThat(ShownQuotes.balance("The harbour board's note read:\"We will reopen the pier.\""))
                .isEqualTo("The harbour board's note read:\"We will reopen the pier.\"");
        assertThat(ShownQuotes.balance("The harbour board's note read:\"We will reopen the pier."))
                .isEqualTo("The harbour board's note read:\"We will reopen the pier.\"");
    }
}
