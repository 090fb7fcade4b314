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

    @Test
    void aQuoteReopenedWithoutClosingTurnsNoLaterPair() {
        // one block, as a joined text sets it: the first quote runs on with a new mark and no closing one (the news
        // convention for a quote going on in a new paragraph), so counting marks turns every later pair inside out
        String text = "The ferry will stop in March , the council said on Tuesday . \" We have run the numbers again and"
                + " again , \" said Mirela Tosk , the council's transport lead . \" It is not a decision anyone wanted . \" But"
                + " the subsidy has run out and the boats are forty years old . \" Islanders reacted with anger . Harbour master"
                + " Colm Reddan called the plan \" a betrayal of every family here \" and said he would fight it . \" We will"
                + " take this to the minister , \" Reddan said .";
        List<dev.precis.model.Quote> quotes = direct(text, marked(text, EntityType.PERSON, "Mirela Tosk", "Colm Reddan", "Reddan"));
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.content().slice(text)).isEqualTo("a betrayal of every family here");
            assertThat(q.speaker()).isEqualTo("Colm Reddan");
        });
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.content().slice(text)).isEqualTo("We will take this to the minister ,");
            assertThat(q.speaker()).isIn("Reddan", "Colm Reddan");
        });
        assertThat(quotes).noneSatisfy(q -> assertThat(q.content().slice(text)).contains("Islanders"));
    }

    @Test
    void theWordsAroundASpacedMarkSayWhichWayItTurns() {
        // marks: 0 opens (after a colon), 1 reopens (a stop before it, the quote left open), 2 closes (a comma and a
        // lower-case credit), 3 opens (a reporting verb and a comma before it), 4 closes (the text's end)
        String text = "She said : \" We will stay . \" We will not sell , \" she added , \" not this year . \"";
        boolean[] opens = SpacedMarks.straightOpens(text);
        int[] at = text.chars().map(c -> c).toArray();
        List<Boolean> read = new java.util.ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            if (at[i] == '"') {
                read.add(opens[i]);
            }
        }
        assertThat(read).containsExactly(true, true, false, true, false);
    }
}
