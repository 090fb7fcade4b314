package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.quoteWith;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The person, not the firm they work for, speaks in "analyst Tom Brennan of Harwick Stanley Partners says" (even when
 * the recogniser takes the firm's name for a person) and in "added Morrow and Lane's Priya Nandakumar"; a "he" or "she"
 * crediting a quotation is never a person named inside that quotation, nor a person known to be of the other gender;
 * "officials in Varnia province" are officials, not the province; "he once said" is the pronoun's.
 * The sentences are written for this test; the entities are given by hand as the recogniser would mark them.
 */
class AffiliatedAndQuotedNamesTest {

    @Test
    void aPersonBeforeOfSpeaksEvenWhenTheFirmAfterItIsTakenForAPerson() {
        String text = "Shares fell on Monday. Yet market analyst Tom Brennan of Harwick Stanley Partners says the slump "
                + "will be brief.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Brennan", "Harwick Stanley Partners");
        assertThat(quoteWith(text, e, "the slump will be brief").speaker()).isEqualTo("Tom Brennan");
    }

    @Test
    void aFirmOfTwoNamesWithAPossessiveOnlySaysWhereTheSpeakerWorks() {
        String text = "Shares fell on Monday.\n\n“Growth will return soon,” added Morrow and Lane's Priya Nandakumar.";
        List<EntityMention> e = new ArrayList<>(marked(text, EntityType.PERSON, "Priya Nandakumar", "Morrow"));
        assertThat(speakerOf(text, e, "Growth will return")).isEqualTo("Priya Nandakumar");
    }

    @Test
    void aPronounIsNotAPersonNamedInsideTheQuotationItCredits() {
        String text = "The dean of the college spoke at length, according to the chaplain. “The record of Moses is "
                + "detailed and old,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Moses");
        assertThat(speakerOf(text, e, "The record of Moses")).isNotEqualTo("Moses");
    }

    @Test
    void aSheIsNotAManNamedLast() {
        String text = "Judge Ingrid Solberg heard the case. The Harbour Trust argued that its manager Bruce Hall lived "
                + "in the city. But she said her role was only to rule on the venue.";
        List<EntityMention> e = new ArrayList<>(marked(text, EntityType.PERSON, "Ingrid Solberg", "Bruce Hall"));
        e.addAll(marked(text, EntityType.ORGANIZATION, "Harbour Trust"));
        e.sort((a, b) -> a.range().compareTo(b.range()));
        assertThat(quoteWith(text, e, "her role was only").speaker()).isEqualTo("Ingrid Solberg");
    }

    @Test
    void aPlaceWithItsKindAfterInSaysWhereTheSpeakersAre() {
        String text = "Farmers waited for news. Officials in Varnia province said on Friday that the farm would be taken.";
        List<EntityMention> e = marked(text, EntityType.LOCATION, "Varnia");
        assertThat(quoteWith(text, e, "the farm would be taken").speaker()).isEqualToIgnoringCase("officials");
    }

    @Test
    void aPronounWithOnceBeforeTheVerbIsStillTheSubject() {
        String text = "Tom Hale wrote six novels in ten years.\n\n“I have never written quickly,” he once said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, e, "never written quickly")).isEqualTo("Tom Hale");
    }
}
