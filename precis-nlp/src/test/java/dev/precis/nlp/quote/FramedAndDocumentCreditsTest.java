package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credits whose frame is no plain speech verb (quotes61): thanks in the thanker's words, a document or a court filing
 * as the source, a document the subject put out, and an interview's question put to the subject. The sentences are
 * written for this test.
 */
class FramedAndDocumentCreditsTest {

    @Test
    void thanksAreTheThankersWordsNotTheOneThanked() {
        String text = "Several stars praised the new law on Tuesday.\n\nActor Tom Hale tweeted: “A good day for the"
                + " country.”\n\nSinger Ann Reed thanked him for “standing up when others stayed silent.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale", EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, entities, "others stayed silent")).isEqualTo("Ann Reed");
    }

    @Test
    void aCourtFilingSpeaksAsItself() {
        String text = "Tenant Ann Reed filed the suit on Monday.\n\n“The landlord ignored every warning about the wiring"
                + " and kept collecting rent,” the suit reads.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, entities, "ignored every warning")).isEqualTo("the suit");
    }

    @Test
    void anEditorialNamedAfterTheQuoteWithWhereItWasPrinted() {
        String text = "The council voted to shut the ferry for a year.\n\n“Nobody who works on the island was asked what"
                + " they thought,” reads a Tuesday editorial in The Harbour Courier.\n\nCouncillor Ann Reed defended the vote.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed", EntityType.ORGANIZATION, "The Harbour Courier");
        assertThat(speakerOf(text, entities, "works on the island")).contains("editorial");
    }

    @Test
    void aMemoEndingASentenceTheQuotedWordsRunOnInto() {
        String text = "The campaign sent its staff a plan after the loss.\n\n“We have strong teams in both states” and"
                + " in the cities that vote in March, the memo stated.\n\nTom Hale, the chairman, declined to comment.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, entities, "strong teams")).isEqualTo("the memo");
    }

    @Test
    void theOneWhoPutOutAVideoSpeaksThroughIt() {
        String text = "The firm spent heavily on advertising.\n\nIn selling the flats, developer Tom Hale released a"
                + " promotional video that said, “Every home here will have a garden of its own.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, entities, "garden of its own")).isEqualTo("Tom Hale");
    }

    @Test
    void aQuestionPutToTheSubjectIsTheAskersWords() {
        String text = "Senator Ann Reed spoke about the budget on a weekly talk show.\n\nReed was asked by host Tom Hale,"
                + " “Will you vote for the bill if the tax cuts stay?” She answered, “Not in its current form.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed", "Reed", EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, entities, "vote for the bill")).contains("Tom Hale");
        assertThat(speakerOf(text, entities, "current form")).isEqualTo("Ann Reed");
    }

    @Test
    void theAnswerAfterAQuestionPutByAHostIsTheOneAsked() {
        String text = "Governor Tom Hale appeared on the evening news on Thursday.\n\nHale was asked by anchor Ann Reed,"
                + " “Why did the hospital plan fail?” He replied, “Because the money never arrived.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale", "Hale", EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, entities, "hospital plan fail")).isEqualTo("Ann Reed");
        assertThat(speakerOf(text, entities, "money never arrived")).isEqualTo("Tom Hale");
    }

    @Test
    void aQuestionPutByNoOneNamedIsNotTheOneAskeds() {
        String text = "Senator Ann Reed spoke about the budget on a weekly talk show.\n\nReed was asked, “Will you vote for"
                + " the bill if the tax cuts stay?” She answered, “Not in its current form.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed", "Reed");
        // kept as a direct quote, with no speaker
        assertThat(QuoteTestSupport.direct(text, entities)).anySatisfy(q -> {
            assertThat(q.content().slice(text)).contains("vote for the bill");
            assertThat(q.speaker()).isNull();
        });
        assertThat(speakerOf(text, entities, "current form")).isEqualTo("Ann Reed");
    }
}
