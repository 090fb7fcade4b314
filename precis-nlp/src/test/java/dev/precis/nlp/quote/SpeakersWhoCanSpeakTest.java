package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.quoteWith;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every speaker is someone who can speak: an "it" that spoke is the body or document that spoke last, an "it" of a
 * passive ("it is thought") or words that are a date, a number, a determiner or a clause's verb are no speaker, a
 * phrase run into its verb keeps its subject, and a quote interrupted by a new speaker's sentence is not the first
 * speaker's. The sentences are written for this test; the entities are given by hand as the recogniser would mark them.
 */
class SpeakersWhoCanSpeakTest {

    @Test
    void aSpeakingItIsTheBodyThatSpokeLast() {
        String text = "The Harbour Board said on Monday that fees would rise in spring. It said the new berths would cost "
                + "more than planned.";
        List<EntityMention> e = marked(text, EntityType.ORGANIZATION, "Harbour Board");
        assertThat(quoteWith(text, e, "the new berths").speaker()).isEqualTo("Harbour Board");
    }

    @Test
    void anItAfterAPersonSpokeStandsForNoOne() {
        String text = "Tom Hale said on Monday that fees would rise in spring. It said the new berths would cost more than planned.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(quoteWith(text, e, "the new berths").speaker()).isNull();
    }

    @Test
    void aPassiveItIsNoSpeaker() {
        String text = "The harbour will close for a week. It is thought that the new berths will cost more than planned.";
        assertThat(quoteWith(text, List.of(), "the new berths").speaker()).isNull();
    }

    @Test
    void aSheAfterABodyThatSpokeAsItIsThePersonNamed() {
        // "she" (was "he", which no longer goes to a woman named last): the body-then-person fallback is what is tested
        String text = "Ann Reed chairs the Harbour Board. The Harbour Board said on Monday that fees would rise. It said the "
                + "new berths would cost more than planned. “We have no choice,” she said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed", EntityType.ORGANIZATION, "Harbour Board");
        assertThat(speakerOf(text, e, "We have no choice")).isEqualTo("Ann Reed");
    }

    @Test
    void aPhraseRunIntoItsVerbKeepsItsSubject() {
        String text = "The ferry strike enters its third day. A union spokeswoman would only say: “Talks will go on as long "
                + "as they must.”";
        assertThat(speakerOf(text, List.of(), "Talks will go on")).isEqualTo("a union spokeswoman");
    }

    @Test
    void aSubjectRaisedByItsVerbIsNoSpeaker() {
        String text = "According to the Harbour Gazette, chief operating officer Tom Hale said that the group is “looking hard at "
                + "every ferry company on the coast”. Northway Lines is said to be one firm on its list.";
        // the recogniser left the firm's name unmarked, as it does for many small firms
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", EntityType.ORGANIZATION, "Harbour Gazette");
        assertThat(direct(text, e)).noneMatch(q -> q.speaker() != null && q.speaker().startsWith("Northway"));
    }

    @Test
    void aQuoteAfterANewSpeakersSentenceIsNotTheFirstSpeakers() {
        String text = "“The market is calm,” says Tom Hale. Another trader, Ann Reed, said the cause was political. "
                + "“Nobody will sell anything at all before the vote.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", "Ann Reed");
        assertThat(speakerOf(text, e, "Nobody will sell")).isEqualTo("Ann Reed");
        assertThat(direct(text, e)).noneMatch(q -> q.content().slice(text).contains("calm")
                && q.content().slice(text).contains("Nobody"));
    }

    @Test
    void wordsThatNameNoOneAreNoSpeaker() {
        for (String junk : List.of("it", "It", "the", "July", "the 1990s", "34", "Another 7", "he will", "I'd",
                "Her comments have been", "Last month it", "Still")) {
            assertThat(UnfitSpeakers.unfit(junk)).as(junk).isTrue();
        }
        for (String speaker : List.of("the minister", "analysts", "Tuesday the chancellor", "a man who has lived here",
                "Age Concern", "the report", "May")) {
            assertThat(UnfitSpeakers.unfit(speaker)).as(speaker).isFalse();
        }
    }
}
