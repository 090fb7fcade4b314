package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quote shapes quotes49 left (quotes50): full-width double marks, a question's first word before "asked X", dialogue
 * dashes touching the words (and the words going on after the credit's second dash), "it said" after a body named in
 * lower case by a verb that reports no words, names the recogniser cut at a lower-case particle, and a headline's
 * credit after a comma set inside the marks. The sentences are written for this test; the entities are given by hand
 * as the recogniser would mark them (cut names included).
 */
class WidthDashesAndBodyCreditsTest {

    @Test
    void fullWidthDoubleMarksPairAsStraightOnes() {
        String text = "The port will close for two days.\n\n＂Ships will wait outside the harbour until Friday,＂ said "
                + "harbour master Kim Sora.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Kim Sora"), "wait outside the harbour")).isEqualTo("Kim Sora");
    }

    @Test
    void aQuestionsFirstWordBeforeAskedAndARoleBeforeTheName() {
        String text = "The new toll will double the cost of the bridge.\n\n"
                + "Why, asked union organiser Abel Tembo, “should drivers pay for a bridge built with our taxes?”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Abel Tembo"), "pay for a bridge")).isEqualTo("Abel Tembo");
    }

    @Test
    void aDashTouchingTheWordsOpensATurnAndTheWordsGoOnAfterTheCredit() {
        String text = "The dockers ended their strike on Friday.\n\n"
                + "—We did not get all we asked for —said union leader Rosa Vidal—, but the night shifts will end in May.";
        var entities = marked(text, EntityType.PERSON, "Rosa Vidal");
        assertThat(speakerOf(text, entities, "all we asked for")).isEqualTo("Rosa Vidal");
        List<Quote> quotes = direct(text, entities);
        assertThat(quotes).filteredOn(q -> q.content().slice(text).contains("night shifts")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Rosa Vidal"));
    }

    @Test
    void itAfterABodyThatDidNotSpeakInTheSentenceBeforeTheQuotation() {
        String text = "Villagers say the dam has dried up their wells. The water company rejected the claim.\n\n"
                + "“Every well in the valley was dry before the dam was built,” it said.";
        assertThat(speakerOf(text, List.of(), "Every well")).containsIgnoringCase("company");
        String other = "A reporter was held at the border on Sunday, according to her newspaper. The embassy confirmed the arrest.\n\n"
                + "“We are giving her every help we can,” it added.";
        assertThat(speakerOf(other, List.of(), "every help")).containsIgnoringCase("embassy");
    }

    @Test
    void itNamesNoPersonOpeningTheSentenceBeforeTheQuotation() {
        String text = "The court upheld the sentence. Lawyer Ama Owusu criticised the ruling.\n\n"
                + "“The judges ignored the evidence,” it said.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ama Owusu"), "ignored the evidence")).isNotEqualTo("Ama Owusu");
    }

    @Test
    void aNameTheRecogniserCutAtAParticleIsWhole() {
        String text = "Olive growers expect a poor harvest.\n\n“Half the trees gave nothing,” Lucía de la Peña told reporters.\n\n"
                + "“We will sell the land,” said Tomas van der Linde, a grower from the north.";
        var entities = marked(text, EntityType.PERSON, "Peña", "Tomas");
        assertThat(speakerOf(text, entities, "Half the trees")).isEqualTo("Lucía de la Peña");
        assertThat(speakerOf(text, entities, "sell the land")).isEqualTo("Tomas van der Linde");
        String opening = "The mine will close in June.\n\nVan der Berg, who has worked there for thirty years, said: "
                + "“I will believe it when the gates are locked.”";
        assertThat(speakerOf(opening, marked(opening, EntityType.PERSON, "Berg"), "gates are locked")).isEqualTo("Van der Berg");
    }

    @Test
    void aTitleBeforeTheParticlesIsNoPartOfTheName() {
        String text = "The survey of the old town is finished.\n\n“We walked every street,” Mr van Dam told reporters.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Dam"), "every street")).isEqualTo("Dam");
    }

    @Test
    void aHeadlinesCreditAfterACommaInsideTheMarks() {
        String text = "‘We will not go back to work,’ says hospital porters' leader\n\n"
                + "Porters at the city's hospitals walked out on Monday.\n\n"
                + "Their leader, Joseph Mwale, said the strike would go on.";
        var quotes = direct(text, marked(text, EntityType.PERSON, "Joseph Mwale"));
        assertThat(quotes).filteredOn(q -> q.content().slice(text).contains("go back to work")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isNotNull());
    }
}
