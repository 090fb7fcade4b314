package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotation marks set with a space inside them ("“ We will stay , ” she said", "\" … \"", „ … “, « … ») read as marks
 * typed tight: the quote's words open after the mark and the credit after the closing mark is read. The sentences are
 * written for this test.
 */
class SpacedMarksTest {

    @Test
    void spacedStraightMarksOpenAndCloseByTheirPlace() {
        String text = "The port reopened on Monday.\n\n\" We lost three weeks of trade and nobody paid us back , \" said Olwen"
                + " Garth , who runs the harbour cafe . \" The insurers have not even called . \"";
        List<dev.precis.model.Quote> quotes = direct(text, marked(text, EntityType.PERSON, "Olwen Garth"));
        assertThat(quotes).isNotEmpty();
        // "“A,” said X, who …. “B.”": one attribution, so one quote from A's first word to B's last, as with tight marks
        assertThat(quotes.get(0).content().slice(text)).startsWith("We lost three weeks").endsWith("not even called .");
        assertThat(quotes.get(0).speaker()).isEqualTo("Olwen Garth");
    }

    @Test
    void spacedCurlyAndLowHighMarksToo() {
        String curly = "Talks broke down late on Friday.\n\n“ There is nothing left to discuss , ” the union's chief negotiator,"
                + " Pavel Rusek, told reporters.";
        String low = "The minister was blunt.\n\n„ The tunnel will not be finished this decade “, said Dagny Holt.";
        assertThat(direct(curly, marked(curly, EntityType.PERSON, "Pavel Rusek"))).singleElement().satisfies(q -> {
            assertThat(q.content().slice(curly)).startsWith("There is nothing").endsWith("discuss ,");
            assertThat(q.speaker()).isEqualTo("Pavel Rusek");
        });
        assertThat(direct(low, marked(low, EntityType.PERSON, "Dagny Holt"))).singleElement().satisfies(q -> {
            assertThat(q.content().slice(low)).isEqualTo("The tunnel will not be finished this decade");
            assertThat(q.speaker()).isEqualTo("Dagny Holt");
        });
    }

    @Test
    void tightMarksAreLeftAsTheyAre() {
        String text = "He said \"no\" twice, then “maybe” once, and „vielleicht“ in German.";
        assertThat(SpacedMarks.tightened(text)).isSameAs(text);
        assertThat(SpacedMarks.tightened("A \" b c \" d")).isEqualTo("A  \"b c\"  d");
        assertThat(SpacedMarks.tightened("„ Nein “, sagte er")).isEqualTo(" „Nein“ , sagte er");
        // a text that types its straight marks tight keeps a spaced one where it is (its count may be off by a stray)
        String mixed = "He said \"it is 'over.' \" Then \"no\" again.";
        assertThat(SpacedMarks.tightened(mixed)).isSameAs(mixed);
    }
}
