package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A possessive opening the clause before a colon ("Her message to residents: “…”") stands for whom a "she said" at
 * the same place would: a person named before, else the role opening a recent sentence. The sentences are written
 * for this test; the entities are marked by hand.
 */
class PossessiveColonSpeakersTest {

    @Test
    void herMessageIsTheRoleOpeningTheSentenceBefore() {
        String text = "The fire chief was blunt about the dry summer.\n\n"
                + "Her message to residents: \"Clear the brush from your gardens and keep the hoses ready.\"\n\n"
                + "Three barns burned last week.";
        assertThat(speakerOf(text, List.of(), "Clear the brush")).containsIgnoringCase("fire chief");
    }

    @Test
    void hisVerdictIsThePersonNamedBefore() {
        String text = "Anton Verhey, the bank's chief economist, spoke to investors on Tuesday.\n\n"
                + "His verdict was blunt: “Rates will stay where they are until the spring.”\n\n"
                + "Shares fell after the call.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Anton Verhey");
        assertThat(speakerOf(text, e, "Rates will stay")).isEqualTo("Anton Verhey");
    }

    @Test
    void theirReplyIsTheBodyOpeningTheSentenceBefore() {
        String text = "The ferry company apologised to its passengers on Friday.\n\n"
                + "Their reply to the offer: “We will refund every ticket sold for the cancelled crossings.”\n\n"
                + "Talks resume next week.";
        assertThat(speakerOf(text, List.of(), "We will refund")).containsIgnoringCase("ferry company");
    }

    @Test
    void herSkipsAManKnownAsHe() {
        // Hale is known as "he" from his own quote; "Her" is the woman named before him
        String text = "Greta Lindqvist opened the hearing on the bridge.\n\n"
                + "“The cables were never tested,” Tom Hale told the panel. “I said so twice,” he added.\n\n"
                + "Her answer: “Then we will test every one of them before the bridge opens again.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Greta Lindqvist", "Tom Hale");
        assertThat(speakerOf(text, e, "Then we will test")).isEqualTo("Greta Lindqvist");
    }

    @Test
    void aPossessiveWithNoOneBeforeCreditsNoOne() {
        String text = "Her message to the public: \"Wash your hands and stay home when you are ill.\"\n\nCases doubled.";
        assertThat(speakerOf(text, List.of(), "Wash your hands")).isIn(null, "(no quote)");
    }
}
