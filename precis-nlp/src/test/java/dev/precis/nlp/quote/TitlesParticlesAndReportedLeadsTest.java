package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Credit shapes of newswire from around the world (quotes49): names with lower-case particles or a bracketed second
 * honorific set off by commas, a long office title run into the name after the verb, a body's name with "and" after
 * "according to a statement from", a quotation after a sentence of reported speech in the same paragraph, guillemets
 * holding a low-high quotation, double corner brackets, a participle after a credit whose verb comes first, "in the words
 * of" someone, "pledged" and "laughed", and a statement signed by someone.
 * The sentences are written for this test; the entities are given by hand as the recogniser would mark them.
 */
class TitlesParticlesAndReportedLeadsTest {

    @Test
    void namesWithParticlesOrABracketedHonorificBeforeTheirAside() {
        String text = "The ferry service to the islands will double next year.\n\n"
                + "“We have bought two new boats,” Ana Luísa dos Reis, the port's director, said.\n\n"
                + "“Tourists will come in winter too,” Siti Hajar binti Osman, the island's tourism officer, told reporters.\n\n"
                + "“The clinic will open on Mondays as well,” Dr. (Mrs.) Ngozi Eze, the health secretary, said.";
        var entities = marked(text, EntityType.PERSON, "Ana Luísa dos Reis", "Siti Hajar binti Osman", "Ngozi Eze");
        assertThat(speakerOf(text, entities, "two new boats")).isEqualTo("Ana Luísa dos Reis");
        assertThat(speakerOf(text, entities, "come in winter")).isEqualTo("Siti Hajar binti Osman");
        assertThat(speakerOf(text, entities, "open on Mondays")).isEqualTo("Ngozi Eze");
    }

    @Test
    void aLongOfficeTitleRunIntoTheNameAfterTheVerb() {
        String text = "Exports of cut flowers rose by a fifth.\n\n"
                + "“Our growers have found new buyers in Asia,” said Minister of State for Trade and Investment Promotion "
                + "Halima Juma.\n\n“The roads to the airport come next,” said Permanent Secretary in the Ministry of Works "
                + "and Transport Eng. Peter Odhiambo on Monday.";
        var entities = marked(text, EntityType.PERSON, "Halima Juma", "Peter Odhiambo",
                EntityType.ORGANIZATION, "Ministry of Works and Transport");
        assertThat(speakerOf(text, entities, "new buyers in Asia")).isEqualTo("Halima Juma");
        assertThat(speakerOf(text, entities, "roads to the airport")).isEqualTo("Peter Odhiambo");
    }

    @Test
    void aStatementFromABodyWhoseNameHoldsAnd() {
        String text = "Rents in the capital rose again in March.\n\n"
                + "“New homes will be built on public land,” according to a statement from the Ministry of Lands and Housing.";
        var entities = marked(text, EntityType.ORGANIZATION, "Ministry of Lands and Housing");
        assertThat(speakerOf(text, entities, "built on public land")).isEqualTo("Ministry of Lands and Housing");
    }

    @Test
    void aQuotationAfterReportedSpeechInTheSameParagraph() {
        String text = "Cocoa farmers in the west have lost half their crop to the rains.\n\n"
                + "Kofi Asare said the buyers had stopped coming. “We have nothing left to sell this year.”\n\n"
                + "On Monday, the union's leader, Ama Boateng, said prices would fall. “Nobody will plant next season.”";
        var entities = marked(text, EntityType.PERSON, "Kofi Asare", "Ama Boateng");
        assertThat(speakerOf(text, entities, "nothing left to sell")).isEqualTo("Kofi Asare");
        assertThat(speakerOf(text, entities, "Nobody will plant")).isEqualTo("Ama Boateng");
        // a speech verb inside a clause that does not open the sentence names no one who goes on speaking
        String other = "Prices fell sharply in May.\n\nThe ministry rejected what Kofi Asare said about the buyers. "
                + "“Every contract will be honoured in full.”";
        assertThat(speakerOf(other, marked(other, EntityType.PERSON, "Kofi Asare"), "Every contract")).isNotEqualTo("Kofi Asare");
    }

    @Test
    void guillemetsHoldingALowHighQuotationAndDoubleCornerBrackets() {
        String text = "The inspectors visited the plant on Friday.\n\n"
                + "«Workers told me „the boilers are unsafe“, and they were right», said the chief inspector, Oleg Marchenko.";
        var entities = marked(text, EntityType.PERSON, "Oleg Marchenko");
        var quotes = direct(text, entities);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content().slice(text)).contains("and they were right").contains("boilers are unsafe");
        assertThat(quotes.get(0).speaker()).isEqualTo("Oleg Marchenko");
        String corner = "The carmaker will build a second plant.\n\n『We will open it next spring』, said the company's president, Kenji Mori.";
        assertThat(speakerOf(corner, marked(corner, EntityType.PERSON, "Kenji Mori"), "open it next spring")).isEqualTo("Kenji Mori");
    }

    @Test
    void aParticipleAfterACreditWhoseVerbComesFirst() {
        String text = "The coastal road reopened on Friday.\n\n"
                + "“We are on schedule,” said Tomas Lindgren, adding that “the bridge will be finished by March.”";
        var entities = marked(text, EntityType.PERSON, "Tomas Lindgren");
        assertThat(speakerOf(text, entities, "finished by March")).isEqualTo("Tomas Lindgren");
    }

    @Test
    void inTheWordsOfSomeone() {
        String text = "The first tram line of the city opened on Sunday.\n\n"
                + "In the words of the transport commissioner, Eng. Bola Adewale, “this city has waited forty years for a tram.”";
        var entities = marked(text, EntityType.PERSON, "Bola Adewale");
        assertThat(speakerOf(text, entities, "waited forty years")).isEqualTo("Bola Adewale");
    }

    @Test
    void pledgedLaughedAndAStatementSignedBySomeone() {
        String text = "The new mayor, Chidi Okeke, toured the bus station on Sunday.\n\n"
                + "“Every bus will have a roof by June,” he pledged.\n\n"
                + "“We have waited ten years for this,” laughed a driver, Musa Garba.\n\n"
                + "“The strike is called off,” read a statement signed by the drivers' union secretary, Joy Ekpo.";
        var entities = marked(text, EntityType.PERSON, "Chidi Okeke", "Musa Garba", "Joy Ekpo");
        assertThat(speakerOf(text, entities, "have a roof by June")).isEqualTo("Chidi Okeke");
        assertThat(speakerOf(text, entities, "waited ten years")).isEqualTo("Musa Garba");
        assertThat(speakerOf(text, entities, "strike is called off")).isEqualTo("Joy Ekpo");
    }
}
