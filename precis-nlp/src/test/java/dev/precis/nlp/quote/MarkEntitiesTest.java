package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotation marks left as HTML character references in plain text ("&amp;ldquo;", "&amp;quot;", "&amp;#8220;") are read as
 * the marks they stand for, and every range comes back on the text as given. The sentences are written for this test.
 */
class MarkEntitiesTest {

    @Test
    void namedReferencesOfCurlyMarksOpenAndCloseAQuote() {
        String text = "The ferry service resumed on Monday.\n\n&ldquo;We lost three weeks of trade and nobody paid us back,&rdquo;"
                + " said Olwen Garth, who runs the harbour caf&eacute;. She added that the boat&rsquo;s timetable was a mess.";
        List<EntityMention> names = marked(text, EntityType.PERSON, "Olwen Garth");
        List<Quote> quotes = direct(text, names);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.content().slice(text)).isEqualTo("We lost three weeks of trade and nobody paid us back,");
            assertThat(q.speaker()).isEqualTo("Olwen Garth");
            assertThat(q.speakerRange().slice(text)).isEqualTo("Olwen Garth");
        });
    }

    @Test
    void quotAndNumericReferencesToo() {
        String quot = "Talks broke down late on Friday.\n\n&quot;There is nothing left to discuss,&quot; the union's chief"
                + " negotiator, Pavel Rusek, told reporters.";
        String numeric = "The minister was blunt. Dagny Holt said: &#8220;The tunnel will not be finished this decade.&#8221;";
        assertThat(direct(quot, marked(quot, EntityType.PERSON, "Pavel Rusek"))).singleElement().satisfies(q -> {
            assertThat(q.content().slice(quot)).isEqualTo("There is nothing left to discuss,");
            assertThat(q.speaker()).isEqualTo("Pavel Rusek");
        });
        assertThat(direct(numeric, marked(numeric, EntityType.PERSON, "Dagny Holt"))).singleElement().satisfies(q -> {
            assertThat(q.content().slice(numeric)).isEqualTo("The tunnel will not be finished this decade.");
            assertThat(q.speakerRange().slice(numeric)).isEqualTo("Dagny Holt");
        });
    }

    @Test
    void aTextWithoutMarkReferencesIsReadAsBefore() {
        String text = "Prices rose at AT&T and at Smith &amp; Sons.\n\n“We had no choice,” said Bo Lind.";
        assertThat(MarkEntities.decoded("AT&T rose 5% & more")).isNull();
        assertThat(direct(text, marked(text, EntityType.PERSON, "Bo Lind"))).singleElement().satisfies(q -> {
            assertThat(q.content().slice(text)).isEqualTo("We had no choice,");
            assertThat(q.speakerRange().slice(text)).isEqualTo("Bo Lind");
        });
    }
}
