package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Quote shapes of news from anywhere (quotes47): a quotation whose speaker is named only by the sentence after it, a
 * closing mark typed to open, a headline credited verb first, and roles owned by a body of several words or by a
 * lower-case body before the name. The sentences are written for this test; the entities are given by hand as the
 * recogniser would mark them.
 */
class NextSentenceAndTypedMarkCreditsTest {

    @Test
    void theNextParagraphOpensWithTheNameThatSpeaks() {
        String text = "\"The goats died first, then the camels.\"\n\n"
                + "Halima Warsame, 45, said she walked for three days to reach the camp outside Dollo.\n\nThe camp is full.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Halima Warsame", EntityType.LOCATION, "Dollo"),
                "goats died first")).isEqualTo("Halima Warsame");
        String sameLine = "Power cuts have returned to the capital.\n\n"
                + "\"The grid cannot carry the load in this heat.\" Grid Minister Tomas Varga made the admission on radio.";
        assertThat(speakerOf(sameLine, marked(sameLine, EntityType.PERSON, "Tomas Varga"), "grid cannot carry"))
                .isEqualTo("Tomas Varga");
    }

    @Test
    void theNextSentenceSaysWhoseWordsTheyWere() {
        String text = "Fishing boats stayed in port for a third day.\n\n"
                + "\"Nobody goes out in this wind.\" The warning came from harbour master Piet Claes on Monday.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Piet Claes"), "Nobody goes out"))
                .isEqualTo("Piet Claes");
        String issued = "Rivers are rising across the north.\n\n"
                + "\"Move to higher ground tonight.\" The appeal was issued by the head of the flood agency, Rosa Lind, at noon.";
        assertThat(speakerOf(issued, marked(issued, EntityType.PERSON, "Rosa Lind"), "higher ground")).isEqualTo("Rosa Lind");
    }

    @Test
    void noNameOpeningTheNextSentenceCreditsNobodyNew() {
        // a pronoun, a place or a body in a clause opening the next sentence names no speaker for an uncredited quote
        String pronoun = "\"The goats died first, then the camels.\"\n\nShe said the camp was full.";
        assertThat(speakerOf(pronoun, marked(pronoun), "goats died first")).isEqualTo("(no quote)");
        String police = "\"The goats died first, then the camels.\" Police in Dollo said the road was closed.";
        assertThat(speakerOf(police, marked(police, EntityType.LOCATION, "Dollo"), "goats died first"))
                .isNotEqualTo("Dollo");
    }

    @Test
    void aClosingMarkTypedToOpenStillOpens() {
        String text = "The ferry was cancelled again.\n\n”We have been waiting since dawn,” said Oskar Nilsson, a lorry driver.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Oskar Nilsson"), "waiting since dawn"))
                .isEqualTo("Oskar Nilsson");
        // a closing mark after a word still closes the quotation opened before it
        String plain = "“We have been waiting since dawn,” said Oskar Nilsson, a lorry driver.";
        assertThat(direct(plain, marked(plain, EntityType.PERSON, "Oskar Nilsson"))).hasSize(1);
    }

    @Test
    void aHeadlineCreditedVerbFirst() {
        String text = "'The tap is running dry', warns water board chief as reservoirs fall\n\n"
                + "Water board chief Maya Okafor said supplies would last until August.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Maya Okafor"), "tap is running dry"))
                .isNotEqualTo("(no quote)");
    }

    @Test
    void rolesOwnedByALongerBodyOrALowerCaseOne() {
        String text = "\"Shipping costs have tripled,\" said the Lagos Chamber of Commerce's president, Ngozi Eze.";
        assertThat(speakerOf(text, marked(text, EntityType.ORGANIZATION, "Lagos Chamber of Commerce",
                EntityType.PERSON, "Ngozi Eze"), "Shipping costs")).isEqualTo("Ngozi Eze");
        String team = "\"We found them alive,\" said the head of the mountain rescue team, Jonas Berg.";
        assertThat(speakerOf(team, marked(team, EntityType.PERSON, "Jonas Berg"), "found them alive")).isEqualTo("Jonas Berg");
    }

    @Test
    void anInterviewsAnswersAreTheIntervieweesWords() {
        // the interviewee is the person the introduction names most, not the last one it names
        String text = "The harbour authority's new chief, Ines Duarte, talked to us about the strike. Duarte took over "
                + "in March from Rui Matos.\n\n"
                + "Q: When will the cranes move again?\n\nA: As soon as the pay offer is signed, and I expect that this week.\n\n"
                + "Q: And the backlog?\n\nA: It will take a month to clear.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ines Duarte", EntityType.PERSON, "Duarte",
                EntityType.PERSON, "Rui Matos"), "pay offer is signed")).isEqualTo("Ines Duarte");
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ines Duarte"), "take a month")).isEqualTo("Ines Duarte");
        // the questions are no quotes
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ines Duarte"), "cranes move")).isEqualTo("(no quote)");
    }

    @Test
    void aTranscriptsLinesAreTheirLabelsWords() {
        String text = "An edited transcript of the call with Senator Olu Bankole follows.\n\n"
                + "Interviewer: Will you stand again?\n\nBankole: I have not decided, and my family comes first.\n\n"
                + "Interviewer: When will you decide?\n\nBankole: After the budget vote.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Olu Bankole", EntityType.PERSON, "Bankole",
                EntityType.PERSON, "Bankole"), "family comes first")).isEqualTo("Olu Bankole");
        // a list of labelled lines, each label used once and no question asked, is no transcript
        String list = "The week ahead:\n\nMonday: the budget is published in full.\n\nTuesday: ministers debate the tax rises.";
        assertThat(direct(list, marked(list))).isEmpty();
    }
}
