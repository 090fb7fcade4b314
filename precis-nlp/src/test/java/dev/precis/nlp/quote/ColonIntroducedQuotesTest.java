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
 * Quotes introduced by a colon or set off after a long description, and quotation marks of other scripts. The
 * sentences are written for this test; the entities are given by hand as the recogniser would mark them.
 */
class ColonIntroducedQuotesTest {

    @Test
    void aClauseAfterTheCommaIntroducesTheQuoteAndItsPronounIsTheSpeakerMention() {
        String text = "“The quay will be rebuilt,” Tom Hale said at the meeting. Asked which quay he liked best, he demurred: "
                + "“Whichever one I am standing on.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale");
        Quote q = direct(text, entities).stream().filter(x -> x.content().slice(text).contains("Whichever")).findFirst().orElseThrow();
        assertThat(q.speaker()).isEqualTo("Tom Hale");
        // the mention credited is the pronoun beside the quote, not the name a sentence earlier
        assertThat(q.speakerRange().slice(text)).isEqualTo("he");
    }

    @Test
    void aLongDescriptionSetOffAfterTheNameIsSteppedOver() {
        String text = "“The dredging must start this spring,” Tom Hale said. Karl Berg, a trawlerman from the north coast and the "
                + "head of the Coastal Trawler Association, said: “My members cannot wait another year for this work.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale", "Karl Berg",
                EntityType.ORGANIZATION, "Coastal Trawler Association");
        assertThat(speakerOf(text, entities, "My members")).isEqualTo("Karl Berg");
    }

    @Test
    void aParagraphEndingInAColonWithoutASpeechVerbCreditsItsSubject() {
        String text = "“The silt is the worst we have seen,” Tom Hale said.\n\n17-year-old Ida Marsh echoed:\n\n"
                + "“The town lives from the boats and everybody here knows it.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Tom Hale", "Ida Marsh"), "town lives")).isEqualTo("Ida Marsh");
    }

    @Test
    void aDemonstrativeOpeningTheParagraphIsNoSpeaker() {
        String text = "“The silt is bad,” Tom Hale said.\n\nThat is, when the board asked again for money, the answer came:\n\n"
                + "“Nobody has seen the bill for the dredging yet.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Tom Hale"), "Nobody")).isNotEqualTo("That is");
    }

    @Test
    void aRoleBeforeABriefVerbIsTheSpeaker() {
        String text = "The harbour board met on Tuesday. The mayor was brief: “We will decide next month.”";
        assertThat(speakerOf(text, List.of(), "decide")).isEqualTo("the mayor");
    }

    @Test
    void cornerBracketsAndSingleGuillemetsAreQuotationMarks() {
        String text = "「準備はできている」, said Japanese envoy Kenji Sato.\n\n‹Pas maintenant, merci›, replied the consul, Marc Dubois.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Kenji Sato", "Marc Dubois");
        assertThat(speakerOf(text, entities, "準備")).isEqualTo("Kenji Sato");
        assertThat(speakerOf(text, entities, "Pas maintenant")).isEqualTo("Marc Dubois");
    }

    @Test
    void aDescribedSpeakerAfterTheVerbStopsAtTheRelativePronoun() {
        String text = "“No one asked us,” said a fisherman who gave his name only as Piet.";
        assertThat(speakerOf(text, List.of(), "No one")).isEqualTo("a fisherman");
    }

    @Test
    void aQuoteClosingItsParagraphTakesNoCreditFromTheNextParagraph() {
        String text = "“Do we send them all away?” Hale asked.\n\nThe crowd applauded.\n\n"
                + "Reed interjected: “So you are saying there will be some give?”\n\nHale smiled at the crowd as he replied.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Hale", "Reed"), "some give")).isEqualTo("Reed");
    }

    @Test
    void aDashLineUnderTheQuoteStillNamesItsSource() {
        String text = "“The harbour is the town's living room and we will keep it open.”\n— Ida Marsh, harbour master";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ida Marsh"), "living room")).isEqualTo("Ida Marsh");
    }

    @Test
    void presentTenseReportingVerbsOfFeatureCopy() {
        String text = "Tom Hale walks past the queue of trawlers. He jokes, “It is a never ending line!”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Tom Hale"), "never ending")).isEqualTo("Tom Hale");
        String letter = "“You have picked a new standard out of thin air,” the two councillors write. "
                + "“We do not understand it.”";
        assertThat(speakerOf(letter, List.of(), "thin air")).isEqualTo("the two councillors");
    }

    @Test
    void aNameTheEntitiesMissedAfterADigestDashIntroducesTheQuote() {
        String text = "“Turnout will be high,” Tom Hale said.\n\nHARBOUR TOWNS SWING TO THE LEFT - Ingrid P. Solberg: "
                + "“Our survey of the harbour towns finds that most of them now lean left for the first time.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Tom Hale"), "Our survey")).isEqualTo("Ingrid P. Solberg");
    }
}
