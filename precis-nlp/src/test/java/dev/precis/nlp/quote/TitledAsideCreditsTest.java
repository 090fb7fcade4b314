package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A credit before the quote whose subject is set off from its verb by an aside ending in a title in marks: "The
 * Harbour Trust, in a report titled “Low Tide: The Piers After the Storm,” writes, “…”" (the aside's comma inside the closing mark, or after it
 * in British order). The body that writes is the speaker, not the person quoted before it. The sentences are written
 * for this test.
 */
class TitledAsideCreditsTest {

    @Test
    void aBodyWhoseAsideEndsInAMarkedTitleIsTheSpeaker() {
        String text = "Mayor Ann Reed opened the session. “We are ready for the season,” she said.\n\nThe Harbour Trust,"
                + " in a report titled “Low Tide,” writes, “Three of the five piers need new pilings before the winter.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed", EntityType.ORGANIZATION, "Harbour Trust");
        assertThat(speakerOf(text, entities, "Three of the five piers")).contains("Harbour Trust");
    }

    @Test
    void theBritishOrderWithTheCommaAfterTheMarkReadsTheSame() {
        String text = "Mayor Ann Reed opened the session. ‘We are ready for the season,’ she said.\n\nThe Harbour Trust,"
                + " in a letter headed “Enough Delay”, said: “Three of the five piers need new pilings before the winter.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed", EntityType.ORGANIZATION, "Harbour Trust");
        assertThat(speakerOf(text, entities, "Three of the five piers")).contains("Harbour Trust");
    }
}
