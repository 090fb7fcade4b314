package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text typed with one ASCII mark for quotation marks and apostrophes alike ({@code eval quotes --perturb singleascii}):
 * which marks {@link AsciiSingleMarks} rewrites to double marks, and the quotes the finder then gives. Sentences
 * invented for this test.
 */
class AsciiSingleMarksTest {

    @Test
    void apostrophesElisionsAndPossessivesAreLeftAlone() {
        String text = "Back in the '90s we didn't know rock 'n' roll, and the Joneses' house was sold in '24.";
        assertThat(AsciiSingleMarks.asDouble(text)).isEqualTo(text);
    }

    @Test
    void theOuterPairOfAQuotationBecomesDoubleAndAnInnerOneStaysSingle() {
        String text = "'We won't go back to the '90s,' said Ann Reed. 'My father told me, 'Never sell,' and I didn't.'";
        assertThat(AsciiSingleMarks.asDouble(text))
                .isEqualTo("\"We won't go back to the '90s,\" said Ann Reed. \"My father told me, 'Never sell,' and I didn't.\"");
    }

    @Test
    void aPluralPossessiveInsideAQuotationDoesNotCloseIt() {
        String text = "'The farmers' union will not sign,' Tom Hale said. He wants 'the growers' deal' back.";
        assertThat(AsciiSingleMarks.asDouble(text))
                .isEqualTo("\"The farmers' union will not sign,\" Tom Hale said. He wants \"the growers' deal\" back.");
    }

    @Test
    void textWithDoubleMarksIsNotRewritten() {
        String text = "\"We will go,\" she said of the 'new' plan.";
        assertThat(AsciiSingleMarks.asDouble(text)).isEqualTo(text);
    }

    @Test
    void wireCopyWithTwoApostrophesForADoubleMarkIsNotRewritten() {
        String text = "''We can't wait,'' Ann Reed said of the 'fast track' plan. ''It's the '90s again.''";
        assertThat(AsciiSingleMarks.asDouble(text)).isEqualTo(text);
    }

    @Test
    void quotesInAsciiSingleMarksAreFoundWhole() {
        String text = "The harbour board met on Tuesday.\n\n'We won't patch a bridge the '90s forgot. My father said, 'Pull it down,'"
                + " and he was right,' said Ann Reed.\n\nTom Hale said he would 'look again at the figures' before the vote.\n";
        List<Quote> quotes = direct(text, marked(text, EntityType.PERSON, "Ann Reed", EntityType.PERSON, "Tom Hale"));
        Quote reed = quotes.stream().filter(q -> q.content().slice(text).startsWith("We won't")).findFirst().orElseThrow();
        assertThat(reed.content().slice(text)).endsWith("and he was right,");
        assertThat(reed.speaker()).isEqualTo("Ann Reed");
    }
}
