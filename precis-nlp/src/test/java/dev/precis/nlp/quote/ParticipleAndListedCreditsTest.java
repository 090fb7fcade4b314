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
 * Quotes introduced by a participle ("…, Reed said, adding, “…”", "…, telling reporters: “…”"), whose speaker is the
 * subject of the clause it hangs on, and quotes listed one after another with the verb before the pronoun ("“…,”
 * read one."). The sentences are written for this test; the entities are given by hand as the recogniser would
 * mark them.
 */
class ParticipleAndListedCreditsTest {

    @Test
    void aParticipleAfterASpeechVerbGoesToThatVerbsSubject() {
        // the sentence opens with other people; the verb before the participle has its own subject
        String text = "Piet Mol and the harbour board will meet next week, Ana Ruiz said, adding, “They have a lot to talk "
                + "about before the boats go out.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Piet Mol", "Ana Ruiz");
        assertThat(speakerOf(text, entities, "a lot to talk")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aPronounBeforeTheVerbIsNotLostToANameInsideTheQuote() {
        String text = "Harbour spokeswoman Ana Ruiz spoke after the vote. “The boats stay in,” she said, adding: “Tom Hale "
                + "will explain the rest of the plan tomorrow.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ana Ruiz", "Tom Hale");
        Quote q = direct(text, entities).stream().filter(x -> x.content().slice(text).contains("explain")).findFirst().orElseThrow();
        assertThat(q.speakerRange().slice(text)).isEqualTo("she");
        assertThat(q.speaker()).isEqualTo("Ana Ruiz");
    }

    @Test
    void openersOneAfterAnotherAreSkippedToTheSubject() {
        String text = "On Thursday, after weeks of silence, Ana Ruiz backed the plan of Tom Hale, saying, “This is what the "
                + "town has needed for years.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ana Ruiz", "Tom Hale");
        assertThat(speakerOf(text, entities, "town has needed")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aSpanOfTimeOpeningTheClauseIsNoSubject() {
        String text = "Ana Ruiz thanked the union on Monday. Hours later, Tom Hale returned the favour to Ruiz, telling the "
                + "Coastal Herald, “We have always worked well together and we will go on doing so.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ana Ruiz", "Ruiz", "Tom Hale",
                EntityType.ORGANIZATION, "Coastal Herald");
        assertThat(speakerOf(text, entities, "worked well")).isEqualTo("Tom Hale");
        String ago = "Tom Hale spoke first. Six years ago, he backed Ana Ruiz for mayor and said, “Nobody knows the harbour "
                + "better than she does.”";
        Quote q = direct(ago, marked(ago, EntityType.PERSON, "Tom Hale", "Ana Ruiz")).stream().findFirst().orElseThrow();
        assertThat(q.speakerRange().slice(ago)).isEqualTo("he");
        assertThat(q.speaker()).isEqualTo("Tom Hale");
    }

    @Test
    void theObjectOfTellingIsNotTheSpeaker() {
        String text = "“We will not sell the quay to anyone,” Ana Ruiz said, telling Tom Hale the board would meet again.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ana Ruiz", "Tom Hale"), "sell the quay")).isEqualTo("Ana Ruiz");
    }

    @Test
    void signsListedWithTheVerbBeforeThePronounAreEachTheirOwnSource() {
        String text = "Tom Hale watched the protesters hold up their signs. “Save the quay for our children,” read one. "
                + "“No more silt in the harbour,” said another. “Hale must go,” was a third.";
        List<Quote> quotes = direct(text, marked(text, EntityType.PERSON, "Tom Hale", "Hale"));
        assertThat(quotes).extracting(q -> q.speakerRange().slice(text)).containsExactly("one", "another", "a third");
    }

    @Test
    void aLinkingWordBeforeAnOpeningVerbKeepsTheNameAfterIt() {
        String text = "The council was split. But, said Ana Ruiz, “we cannot wait another year for the dredgers.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ana Ruiz"), "dredgers")).isEqualTo("Ana Ruiz");
    }

    @Test
    void oneFollowedByMoreWordsIsNoListedSource() {
        // "said one of the skippers" is a description handled elsewhere, not the bare pronoun
        String text = "“The water is too shallow for the big boats now,” said one of the skippers, Piet Mol.";
        Quote q = direct(text, marked(text, EntityType.PERSON, "Piet Mol")).stream().findFirst().orElseThrow();
        assertThat(q.speakerRange().slice(text)).isNotEqualTo("one");
    }
}
