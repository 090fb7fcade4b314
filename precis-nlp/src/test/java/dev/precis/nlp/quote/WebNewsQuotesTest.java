package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Direct quotes of international and web news that the finder missed: quoted phrases a verb of naming or judging
 * gives its subject, short quoted phrases inside a credited sentence, a name set off after a business role, a
 * dash credit with the speaker's affiliation, a quotation set as its own paragraph after the one introducing its
 * speaker, a crowd whose participle holds a preposition, and two speakers joined by "and" after a quote. The sentences are written for this test; the
 * entities are given by hand as the recogniser would mark them.
 */
class WebNewsQuotesTest {

    @Test
    void aVerbOfNamingOrJudgingGivesTheQuotedPhraseToItsSubject() {
        String described = "Environmental campaigner Lena Sorensen described the harbour plan as “a disaster for the coast”.";
        assertThat(speakerOf(described, marked(described, EntityType.PERSON, "Lena Sorensen"), "a disaster")).isEqualTo("Lena Sorensen");
        String called = "Finance Minister Tomas Berg called the audit “a whitewash” on Monday.";
        assertThat(speakerOf(called, marked(called, EntityType.PERSON, "Tomas Berg"), "whitewash")).isEqualTo("Tomas Berg");
        String calling = "At a rally in Leeds, Nora Quinn went after her rival, calling him “a total fraud”.";
        assertThat(speakerOf(calling, marked(calling, EntityType.PERSON, "Nora Quinn"), "total fraud")).isEqualTo("Nora Quinn");
    }

    @Test
    void aScareQuoteWithoutAnyCueIsNoQuote() {
        String text = "The so-called “peace dividend” was spent long ago, the report found.";
        assertThat(direct(text, marked(text))).isEmpty();
        String judged = "Nora Quinn criticised the “reforms” in her speech.";
        assertThat(direct(judged, marked(judged, EntityType.PERSON, "Nora Quinn"))).isEmpty();
    }

    @Test
    void aShortQuotedPhraseInsideACreditedSentence() {
        String text = "Senator Ana Ruiz said “local forces” must lead the fight in the north.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ana Ruiz"), "local forces")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aNameSetOffAfterABusinessRole() {
        String text = "The chief executive of Corvane, Mia Lindqvist, said: “We deeply regret the delays.”";
        // the recogniser missed the company
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Mia Lindqvist"), "regret the delays")).isEqualTo("Mia Lindqvist");
    }

    @Test
    void aDashCreditWithTheSpeakersAffiliation() {
        String text = "“Every day we wait, more children go hungry.”\n\n— Dr Kofi Mensah, Global Relief Network\n\nThe appeal closes on Friday.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Kofi Mensah"), "more children")).isEqualTo("Kofi Mensah");
    }

    @Test
    void aQuotationSetAsItsOwnParagraphAfterTheOneIntroducingItsSpeaker() {
        String text = "Opposition leader Daniel Otieno addressed supporters in Nakuru on Saturday.\n\n"
                + "“We will not rest until every vote is counted and every voice is heard.”\n\nThe crowd cheered.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Daniel Otieno"), "every vote")).isEqualTo("Daniel Otieno");
        // a paragraph ending in a colon introduces a document, which is nobody's words here
        String document = "Officials in Nakuru published the ruling of Daniel Otieno's tribunal in full:\n\n"
                + "“The petition is dismissed and the costs are awarded to the respondents in full.”";
        assertThat(speakerOf(document, marked(document, EntityType.PERSON, "Daniel Otieno"), "petition")).isEqualTo("(no quote)");
    }

    @Test
    void aCrowdWhoseParticipleHoldsAPreposition() {
        String text = "Miners blocking the road with trucks and boulders shouted “No to the quarry!” as police arrived.";
        assertThat(speakerOf(text, marked(text), "No to the quarry")).isEqualTo("Miners");
    }

    @Test
    void twoSpeakersJoinedByAndAfterTheQuoteCreditTheFirst() {
        String text = "“The budget is balanced and the schools are funded,” state Senate leader Ann Reed and House Speaker "
                + "Tom Hale, both Republicans, said in a joint statement.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ann Reed", "Tom Hale"), "budget is balanced")).isEqualTo("Ann Reed");
    }
}
