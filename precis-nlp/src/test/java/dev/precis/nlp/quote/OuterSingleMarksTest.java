package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * British and Commonwealth copy: single marks around the quotation and double marks around a quotation inside it.
 * The whole quotation is one quote of its speaker, not the inner words alone. The sentences are written for this
 * test; the entities are given by hand as the recogniser would mark them.
 */
class OuterSingleMarksTest {

    @Test
    void typewriterSingleMarksAroundDoubleOnes() {
        String text = "Waiting lists have reached a record high.\n\n"
                + "'The board called it \"a temporary blip\", but nobody on the wards believes that,' said Ruth Kemble, "
                + "a nurse at the hospital.\n\nThe board said it was hiring.";
        var quotes = direct(text, marked(text, EntityType.PERSON, "Ruth Kemble"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.content().slice(text)).startsWith("The board called it").endsWith("believes that,");
            assertThat(q.speaker()).isEqualTo("Ruth Kemble");
        });
    }

    @Test
    void curlySingleMarksAroundCurlyDoubleOnesSplitByTheCredit() {
        String text = "The council voted to close three libraries.\n\n"
                + "‘It is a sad day,’ said councillor Amara Osei. ‘Parents ask me “where will the children go?” and I "
                + "have no answer.’\n\nThe closures start in April.";
        var entities = marked(text, EntityType.PERSON, "Amara Osei");
        assertThat(speakerOf(text, entities, "where will the children go? and")).isEqualTo("(no quote)");
        assertThat(direct(text, entities)).filteredOn(q -> q.content().slice(text).contains("I have no answer"))
                .singleElement().satisfies(q -> {
                    assertThat(q.content().slice(text)).contains("Parents ask me “where will the children go?”");
                    assertThat(q.speaker()).isEqualTo("Amara Osei");
                });
        // after a colon, too
        String colon = "The minister was asked about the leak.\n\n"
                + "Dafydd Rhys said: ‘I have read the report, and “systemic failure” is exactly right.’";
        var quote = direct(colon, marked(colon, EntityType.PERSON, "Dafydd Rhys"));
        assertThat(quote).singleElement().satisfies(q -> {
            assertThat(q.content().slice(colon)).startsWith("I have read").endsWith("exactly right.");
            assertThat(q.speaker()).isEqualTo("Dafydd Rhys");
        });
    }

    @Test
    void aQuotationRunningOverParagraphsWithADoubleQuotedWordInside() {
        String text = "The judge gave her ruling on Friday.\n\n"
                + "'The state called the detentions \"necessary\". This court does not agree.\n\n"
                + "'The applicants are to be released today,' said Judge Lerato Dube.";
        var entities = marked(text, EntityType.PERSON, "Lerato Dube");
        assertThat(direct(text, entities)).filteredOn(q -> q.content().slice(text).contains("does not agree"))
                .singleElement().satisfies(q -> {
                    assertThat(q.content().slice(text)).startsWith("The state called");
                    assertThat(q.speaker()).isEqualTo("Lerato Dube");
                });
    }

    @Test
    void singleMarksOutsideAQuotationLeaveTheDoubleQuoteAlone() {
        // a scare-quoted word before the quotation, a plural possessive after it: no quotation in single marks
        String text = "The 'reform' bill is, in the words of Sam Ortiz, \"dead on arrival, and the teachers know it,\" "
                + "the teachers' union said.";
        var entities = marked(text, EntityType.PERSON, "Sam Ortiz");
        assertThat(direct(text, entities)).singleElement()
                .satisfies(q -> assertThat(q.content().slice(text)).isEqualTo("dead on arrival, and the teachers know it,"));
        String mid = "Officials said the 'temporary' closure was over. \"The road is open again,\" said Ana Lima.";
        assertThat(speakerOf(mid, marked(mid, EntityType.PERSON, "Ana Lima"), "The road is open again")).isEqualTo("Ana Lima");
    }
}
