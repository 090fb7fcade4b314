package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "questioned" and "repeated" as verbs of speech: a doubt put aloud and words said again are the speaker's words, and
 * the speaker named before another person is quoted must not take them. The sentences are written for this test.
 */
class QuestionedAndRepeatedCreditsTest {

    @Test
    void aQuestionPutIsTheQuestionersWords() {
        String text = "Tom Hale defended the new toll at the meeting. “It is fair,” Hale said.\n\n“Who will pay for the"
                + " bridge when the lorries stop coming?” Ann Reed questioned.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale", "Hale", EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, entities, "lorries stop coming")).isEqualTo("Ann Reed");
    }

    @Test
    void wordsSaidAgainAreTheRepeatersWords() {
        String text = "Tom Hale asked the minister to step aside. “Go now,” Hale said.\n\n“I will not resign over a"
                + " rumour,” Ann Reed repeated.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale", "Hale", EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, entities, "resign over a rumour")).isEqualTo("Ann Reed");
    }
}
