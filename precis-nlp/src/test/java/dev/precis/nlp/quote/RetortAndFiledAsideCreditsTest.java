package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credits whose verb or aside main did not read: "retaliated" and "whispered" as verbs of speech, and an aside
 * opened by a past participle between a document and its verb ("The lawsuit, filed Monday in the county court,
 * alleges …"). The sentences are written for this test.
 */
class RetortAndFiledAsideCreditsTest {

    @Test
    void aRetortIsTheRetortersWords() {
        String text = "Tom Hale mocked the plan on Tuesday. “It is a fantasy,” Hale said.\n\n“Our country will always"
                + " keep its word,” an angry Ann Reed retaliated.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale", "Hale", EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, entities, "always keep its word")).isEqualTo("Ann Reed");
    }

    @Test
    void aWhisperAfterAColonIsTheWhisperersWords() {
        String text = "As the crowd cheered, reporter Tom Hale noted, his wife whispered to him: “They are still with you.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, entities, "still with you")).isEqualTo("his wife");
    }

    @Test
    void aDocumentWhoseAsideOpensWithAPastParticipleIsTheSpeaker() {
        String text = "A group of tenants has sued the largest landlord in Dunmore.\n\nThe lawsuit, filed Monday in"
                + " Carvel County court, alleges the company “rented flats with broken boilers through the coldest"
                + " weeks of the year.”";
        List<EntityMention> entities = marked(text, EntityType.LOCATION, "Dunmore", EntityType.LOCATION, "Carvel County");
        assertThat(speakerOf(text, entities, "broken boilers")).isEqualTo("the lawsuit");
    }
}
