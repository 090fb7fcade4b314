package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Quote shapes quotes47 left (quotes48): interviews written "Q."/"A." with full stops, a short exchange whose speakers
 * are each labelled once, an answer holding a quotation of its own, a quotation in brackets after a name, and a pull
 * quote repeated before the paragraph that credits it. The sentences are written for this test; the entities are
 * given by hand as the recogniser would mark them.
 */
class InterviewPullAndBracketQuotesTest {

    @Test
    void dottedQuestionsAndAnswersAreAnInterview() {
        String text = "The brewer Jonas Halvorsen showed us round his cellar in Bergen.\n\n"
                + "Q. Why brew with seaweed?\n\nA. Because the old monks on the coast did, and the beer keeps longer.\n\n"
                + "Q. Does it sell?\n\nA. Faster than we can bottle it.";
        var entities = marked(text, EntityType.PERSON, "Jonas Halvorsen", EntityType.LOCATION, "Bergen");
        assertThat(speakerOf(text, entities, "old monks on the coast")).isEqualTo("Jonas Halvorsen");
        assertThat(speakerOf(text, entities, "Faster than we can bottle")).isEqualTo("Jonas Halvorsen");
    }

    @Test
    void aDottedInitialIsNoQuestionOrAnswer() {
        // "Q." opening a line that asks nothing is an initial; the "A." line after it is no answer
        String text = "Q. Ortiz, a driver in Quito, said fares had doubled.\n\nA. Molina, his neighbour, said the buses were full.";
        assertThat(direct(text, marked(text, EntityType.PERSON, "Ortiz", "Molina"))).isEmpty();
    }

    @Test
    void anExchangeWhoseSpeakersAreLabelledOnce() {
        String text = "On the radio on Monday the harbour chief Ilse Brandt and the union leader Piotr Nowak clashed.\n\n"
                + "Brandt: The night shift costs us more than the cargo it moves.\n\n"
                + "Nowak: Close it and two hundred families lose their rent money.";
        var entities = marked(text, EntityType.PERSON, "Ilse Brandt", "Brandt", "Piotr Nowak", "Nowak");
        assertThat(speakerOf(text, entities, "night shift costs")).isEqualTo("Ilse Brandt");
        assertThat(speakerOf(text, entities, "two hundred families")).isEqualTo("Piotr Nowak");
        // the labels of a listing name nobody before it: no exchange
        String listing = "The fair opens on Saturday.\n\nVenue: The covered market behind the cathedral.\n\n"
                + "Entry: Free for children under twelve.";
        assertThat(direct(listing, marked(listing))).isEmpty();
        // nor a list of names under places named before
        String members = "Our panel has members in Ohio and Texas:\n\nOhio: Dana Reyes, Tom Hale, Ann Kerr.\n\n"
                + "Texas: Luis Ortega, Beth Moon, Sam Pruitt.";
        assertThat(direct(members, marked(members, EntityType.LOCATION, "Ohio", "Texas",
                EntityType.PERSON, "Dana Reyes", "Tom Hale", "Ann Kerr", "Luis Ortega", "Beth Moon", "Sam Pruitt"))).isEmpty();
    }

    @Test
    void anAnswerHoldingAQuotationIsTheWholeAnswer() {
        String text = "The headteacher, Grace Mwangi, spoke to us at the school gate.\n\n"
                + "Q: What did you say to the inspectors?\n\n"
                + "A: I said, “Come back in a year and see,” and they did come back.";
        var quotes = direct(text, marked(text, EntityType.PERSON, "Grace Mwangi"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content().slice(text)).isEqualTo("I said, “Come back in a year and see,” and they did come back.");
        assertThat(quotes.get(0).speaker()).isEqualTo("Grace Mwangi");
    }

    @Test
    void aQuotationInBracketsAfterANameIsTheirs() {
        String text = "Lena Okafor (“I never meant to stay more than a summer”) has run the island's only clinic for thirty years.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Lena Okafor"), "never meant to stay"))
                .isEqualTo("Lena Okafor");
    }

    @Test
    void aPullQuoteIsCreditedWhereItsWordsComeAgain() {
        String text = "“Nobody told us the dam was leaking.”\n\n"
                + "Marta Silva, the regional governor, said on Friday that the inquiry would report in June.\n\n"
                + "In the village below the dam, residents are angry.\n\n"
                + "“Nobody told us the dam was leaking,” said Joao Pereira, who farms by the river.";
        var entities = marked(text, EntityType.PERSON, "Marta Silva", "Joao Pereira");
        var quotes = direct(text, entities);
        assertThat(quotes).hasSize(2).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Joao Pereira"));
    }
}
