package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotes found but credited to the wrong speaker: a "he" after a narrative sentence that follows a quotation closed in
 * single marks ("… tyre.’ Alonso …", but not after an abbreviation's possessive "the U.S.' stance"), a credit
 * whose aside holds a short title in marks or whose name follows a place and a role
 * ("Ohio farmer Bill Marsh, wearing “Vote Reed” badges, said") and a quote after "tweeting at him". The
 * sentences are written for this test.
 */
class SpeakerCreditShapesTest {

    @Test
    void aPronounAfterASentenceThatFollowsAClosedSingleQuoteIsThatSentencesSubject() {
        String text = "‘We could not match them on pace,’ team boss Ruth Okafor said. ‘The track was far drier than the"
                + " pit lane, and that made the difference.’ Dag Lindholm, who started from fifth, wants a third title."
                + " ‘The points today are a help for sure,’ he said.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ruth Okafor", EntityType.PERSON, "Dag Lindholm");
        assertThat(speakerOf(text, entities, "The points today")).isEqualTo("Dag Lindholm");
        // the guard, in the same case: a stop inside an abbreviation before an apostrophe ("the U.S.' stance") is a
        // possessive, so the name after it is no sentence's subject
        String guard = "Ruth Okafor spoke at the summit. She criticised the U.S.' stance alongside envoy Dag Lindholm"
                + " and others. “We need a deal by June,” she said.";
        List<EntityMention> guardEntities = marked(guard, EntityType.PERSON, "Ruth Okafor", EntityType.PERSON, "Dag Lindholm");
        assertThat(speakerOf(guard, guardEntities, "We need a deal")).isEqualTo("Ruth Okafor");
    }

    @Test
    void anAsideHoldingATitleInMarksAndARoleBeforeTheNameStillCreditTheName() {
        String text = "Ann Reed spoke first. \"We will win,\" she said.\n\nNot everyone agreed.\n\n\"We have had better"
                + " years than this one,\" Ohio farmer Bill Marsh, wearing a straw hat and \"Vote Reed\" badges, said"
                + " quietly as the band played.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed", EntityType.PERSON, "Bill Marsh");
        assertThat(speakerOf(text, entities, "better years")).isEqualTo("Bill Marsh");
    }

    @Test
    void aQuoteAfterTweetingAtSomeoneIsTheClausesSubjects() {
        String text = "Tom Hale attacked Ann Reed on the radio. \"She has to bring her mother out,\" Hale said.\n\nReed"
                + " offered a sharp retort on his favourite medium, tweeting at him, \"you are not just a loser, you are a"
                + " liar and a whiner.\"\n\nThe race goes on.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale", "Hale", EntityType.PERSON, "Ann Reed", "Reed");
        assertThat(speakerOf(text, entities, "not just a loser")).isIn("Ann Reed", "Reed");
    }
}
