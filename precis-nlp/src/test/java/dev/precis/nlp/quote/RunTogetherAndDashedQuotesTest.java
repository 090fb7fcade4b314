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
 * Quotes in layouts where paragraph breaks were lost (paragraphs run together into one block, so an unclosed
 * multi-paragraph quote or a stray mark meets the next paragraph's quotes) and in dialogue set with dashes.
 * Sentences written for this test; the entities are given by hand as the recogniser would mark them.
 */
class RunTogetherAndDashedQuotesTest {

    @Test
    void aStrayStraightMarkDoesNotTurnTheLaterQuotesInsideOut() {
        // the 6'2" height leaves one straight mark unpaired before the quotes of the same block
        String text = "The keeper is 6'2\" and fast, and the club \"needed a big presence\" in goal, Ann Reed said. "
                + "Tom Hale said \"he has never played a full season\" and left.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed", "Tom Hale");
        assertThat(speakerOf(text, entities, "he has never played a full season")).isEqualTo("Tom Hale");
    }

    @Test
    void anUnclosedQuoteEndsAtItsLastSentenceWhenTheNextQuoteIsIntroduced() {
        String curly = "Ann Reed said: “We will rebuild the bridge by May. The ferries will run all summer. "
                + "Tom Hale asked, “Who will pay for the ferries?”";
        List<EntityMention> entities = marked(curly, EntityType.PERSON, "Ann Reed", "Tom Hale");
        assertThat(speakerOf(curly, entities, "Who will pay for the ferries?")).isEqualTo("Tom Hale");
        Quote first = direct(curly, entities).stream().filter(q -> q.content().slice(curly).contains("rebuild")).findFirst().orElseThrow();
        assertThat(first.content().slice(curly)).doesNotContain("Tom Hale asked");
        String straight = curly.replace('“', '"').replace('”', '"');
        assertThat(speakerOf(straight, marked(straight, EntityType.PERSON, "Ann Reed", "Tom Hale"), "Who will pay for the ferries?"))
                .isEqualTo("Tom Hale");
    }

    @Test
    void dashedSpeechAfterAColonOrAReplyIsQuoted() {
        String text = "The mayor was asked about the bridge. Ann Reed replied:\n\n— We will rebuild it by May, and the ferries"
                + " will run all summer.\n\nThe councillors were not convinced.\n\n— Nobody has seen the figures, Tom Hale said.\n\n"
                + "— Until we do, the council will not vote for it.\n";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed", "Tom Hale");
        assertThat(speakerOf(text, entities, "We will rebuild it by May")).isEqualTo("Ann Reed");
        assertThat(speakerOf(text, entities, "Until we do")).isEqualTo("Tom Hale");
    }

    @Test
    void dashedSpeechEndingTheTextWithoutALineEndIsRead() {
        String text = "Ann Reed replied:\n\n— We will rebuild it by May, whatever the council decides.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ann Reed"), "We will rebuild it")).isEqualTo("Ann Reed");
    }

    @Test
    void aDashedListIsNoSpeech() {
        String text = "The budget has three parts.\n\n— New roads in the north.\n\n— A bridge over the river.\n\n"
                + "Ann Reed presented it on Tuesday.\n";
        assertThat(direct(text, marked(text, EntityType.PERSON, "Ann Reed"))).isEmpty();
    }
}
