package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.quoteWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaking "it" is the body or document that is the subject of the sentence before it, even when another body spoke
 * last; and a capitalised number word that names a body ("Five said", a channel) stays a speaker. The sentences are
 * written for this test; the entities are given by hand as the recogniser would mark them.
 */
class ItAndNumberSpeakersTest {

    @Test
    void anItAfterAConnectiveIsTheBodyThatWasTheSubjectBefore() {
        String text = "The Harbour Board said fees would rise in spring. The Ferry Guild rejected the board's figures. "
                + "But it agreed that the new berths would cost more than planned.";
        List<EntityMention> e = marked(text, EntityType.ORGANIZATION, "Harbour Board", "Ferry Guild");
        assertThat(quoteWith(text, e, "the new berths").speaker()).isEqualTo("Ferry Guild");
    }

    @Test
    void anItAfterADocumentIsTheDocument() {
        String text = "The Harbour Board said fees would rise in spring. The auditors' report was more cautious. It said "
                + "the new berths would cost more than planned.";
        List<EntityMention> e = marked(text, EntityType.ORGANIZATION, "Harbour Board");
        assertThat(quoteWith(text, e, "the new berths").speaker()).isNotEqualTo("Harbour Board").contains("report");
    }

    @Test
    void anItAfterASentenceWithNoBodyForSubjectIsTheBodyThatSpokeLast() {
        String text = "The Harbour Board said fees would rise in spring. The berths were built in 1990. It said the new "
                + "berths would cost more than planned.";
        List<EntityMention> e = marked(text, EntityType.ORGANIZATION, "Harbour Board");
        assertThat(quoteWith(text, e, "the new berths").speaker()).isEqualTo("Harbour Board");
    }

    @Test
    void aNumberWordBeforeASpeechVerbIsAName() {
        String text = "Viewers complained about the late film. Five said: “We regret any offence caused to our viewers.”";
        assertThat(quoteWith(text, List.of(), "We regret").speaker()).isEqualTo("Five");
    }

    @Test
    void aNumberWordTheRecogniserNamesABodyIsAName() {
        String text = "Five issued a reply. “We regret any offence caused,” its statement read.";
        Quote q = onFirstWord(text);
        List<EntityMention> e = marked(text, EntityType.ORGANIZATION, "Five");
        assertThat(UnfitSpeakers.checked(text, q, e).speaker()).isEqualTo("Five");
        assertThat(UnfitSpeakers.checked(text, q, List.of()).speaker()).isNull();
    }

    @Test
    void aNumberWordCountingIsStillNoSpeaker() {
        String text = "Five more berths opened. “We regret any offence caused,” the statement read.";
        assertThat(UnfitSpeakers.checked(text, onFirstWord(text), List.of()).speaker()).isNull();
    }

    /** The text's quotation, credited to its first word. */
    private static Quote onFirstWord(String text) {
        int open = text.indexOf('“');
        int close = text.indexOf('”') + 1;
        String first = text.substring(0, text.indexOf(' '));
        return new Quote(new TextRange(open, close), new TextRange(open + 1, close - 1), QuoteKind.DIRECT, first,
                new TextRange(0, first.length()), "read");
    }
}
