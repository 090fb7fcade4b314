package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotes whose source is not the person who spoke: words passed on "according to" a report, a digest's source
 * after a headline in capitals, and what a sign, a document or a crowd shows or shouts. The sentences are
 * written for this test; the entities are given by hand as the recogniser would mark them.
 */
class ReportedSourceQuotesTest {

    @Test
    void aCreditEndingInAccordingToHandsTheQuoteToTheReport() {
        String text = "The harbour board met on Tuesday. “They do not care about the boats,” Mayor Tom Hale said of the "
                + "trawler owners, according to a council pool report. “Neither do I.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale");
        Quote q = direct(text, entities).stream().filter(x -> x.content().slice(text).contains("boats")).findFirst().orElseThrow();
        assertThat(q.speakerRange().slice(text)).isEqualTo("a council pool report");
        assertThat(q.cue()).isEqualTo("according to");
        // the second part after the credit is the same quote, from the same report
        assertThat(q.content().slice(text)).contains("Neither do I");
    }

    @Test
    void aCreditWithoutAccordingToKeepsItsSpeaker() {
        String text = "“We will rebuild the quay,” Tom Hale told reporters on Tuesday, and the council agreed. A report "
                + "according to the harbour office put the cost at two million.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Tom Hale"), "rebuild")).isEqualTo("Tom Hale");
    }

    @Test
    void aNounInCapitalsInADigestHeadlineIsNoSpeechVerb() {
        // "STATES" spells like the verb "states"; the digest's source follows the dash
        String text = "Morning digest.\n\nFEWER VOTERS TURN OUT IN COASTAL STATES - Anna K. Berg: “Turnout in the harbour "
                + "towns fell for the third year in a row, and we expect the same next spring.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Anna K. Berg"), "Turnout")).isEqualTo("Anna K. Berg");
    }

    @Test
    void aBannerReadingAShortSloganIsItsSource() {
        String text = "Outside the hall, fishermen held a banner reading “Save our quay!” as the councillors arrived.";
        Quote q = direct(text, List.of()).stream().findFirst().orElseThrow();
        assertThat(q.content().slice(text)).isEqualTo("Save our quay!");
        assertThat(q.speakerRange().slice(text)).isEqualTo("a banner");
    }

    @Test
    void aCrowdChantingWithoutACommaIsItsSource() {
        String text = "On Saturday about fifty children chanting “No more silt” marched along the harbour wall.";
        assertThat(speakerOf(text, List.of(), "silt")).isEqualTo("about fifty children");
    }

    @Test
    void aTitleReadAloudIsNoQuote() {
        String text = "Tom Hale opened the evening. He read “The Old Man and the Sea” to the children of the school.";
        assertThat(direct(text, marked(text, EntityType.PERSON, "Tom Hale"))).isEmpty();
    }
}
