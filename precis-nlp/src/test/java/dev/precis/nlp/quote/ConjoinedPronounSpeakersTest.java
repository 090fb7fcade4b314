package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A "he" or "she" after a conjunction that opens the clause before the cue ("…, and he vowed", "as she put it") is
 * the clause's subject and is resolved like any pronoun, not kept as a speaker named "and he"; a pronoun joined to
 * another subject ("Ann Reed and he said") is not. The sentences are written for this test; the entities are marked
 * by hand.
 */
class ConjoinedPronounSpeakersTest {

    @Test
    void aPronounAfterAClauseOpeningConjunctionIsResolved() {
        String text = "Kendall Quill runs three ferries out of the harbour.\n\n"
                + "On Monday Quill told the council the tax would “sink every small operator on the quay,” and she said she "
                + "would take the council to court.\n\n"
                + "She wants the harbour to “stay open to everyone who works it,” as she put it on Tuesday in Porthleven.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Kendall Quill");
        assertThat(speakerOf(text, e, "sink every small")).isEqualTo("Kendall Quill");
        assertThat(speakerOf(text, e, "stay open to everyone")).isEqualTo("Kendall Quill");
    }
}
