package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker is the head of its noun phrase, not a name inside it ({@link HeadNouns}), and a "he" or "she" is a
 * person ({@link PronounSpeakers#pronoun}); a run-on credit may be in the present perfect ({@link IndirectPass}).
 * The sentences are invented for this test.
 */
class HeadNounSpeakersTest {

    @Test
    void aPersonNamedInAWorksTitleDoesNotSpeakForTheWork() {
        String text = "The documentary, Finding Peter Vance, said the project was “never finished”.";
        String speaker = speakerOf(text, marked(text, EntityType.PERSON, "Peter Vance"), "never finished");
        assertThat(speaker).isNotEqualTo("Peter Vance").containsIgnoringCase("documentary");
    }

    @Test
    void aRoleWithANameInAppositionStillCreditsThePerson() {
        String text = "The minister, Peter Vance, said the project was “never finished”.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Peter Vance"), "never finished")).isEqualTo("Peter Vance");
    }

    @Test
    void aPartyNameModifyingDelegatesIsNotTheSpeaker() {
        String text = "Tory delegates at the conference in Leeds cheered loudly, declaring “this is our moment”.";
        List<EntityMention> entities = marked(text, EntityType.ORGANIZATION, "Tory", EntityType.LOCATION, "Leeds");
        assertThat(speakerOf(text, entities, "our moment")).isEqualTo("Tory delegates");
        String said = "Labour MPs said the plan was “a betrayal of the north”.";
        assertThat(speakerOf(said, marked(said, EntityType.ORGANIZATION, "Labour"), "betrayal")).isEqualTo("Labour MPs");
    }

    @Test
    void anOrganisationNamedAloneStillSpeaks() {
        String text = "The Harbour Trust said in a statement: “The money will run out by spring.”";
        assertThat(speakerOf(text, marked(text, EntityType.ORGANIZATION, "Harbour Trust"), "money")).isEqualTo("Harbour Trust");
    }

    @Test
    void heIsNeverTheOrganisationThatSpokeBefore() {
        String text = "The Harbour Trust said it would publish its accounts on Monday. He warned that “the money will run out by spring”.";
        assertThat(speakerOf(text, marked(text, EntityType.ORGANIZATION, "Harbour Trust"), "money")).isNotEqualTo("Harbour Trust");
        String withPerson = "Tom Hale chairs the board. The Harbour Trust said it would publish its accounts on Monday. "
                + "He warned that “the money will run out by spring”.";
        List<EntityMention> entities = marked(withPerson, EntityType.PERSON, "Tom Hale", EntityType.ORGANIZATION, "Harbour Trust");
        assertThat(speakerOf(withPerson, entities, "money")).isEqualTo("Tom Hale");
    }

    @Test
    void aPersonsNameTakenForABodyStillStandsForThePerson() {
        // the recogniser may type a surname alone as an organisation: "she" is then the person of that name
        String text = "Lena Okoro leads the agency, and Tom Hale runs the port. Okoro told reporters: “The talks have failed.” "
                + "“We will try again,” she said.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Lena Okoro", "Tom Hale", EntityType.ORGANIZATION, "Okoro");
        assertThat(speakerOf(text, entities, "try again")).isEqualTo("Lena Okoro");
    }

    @Test
    void aPresentPerfectRunOnCreditIsRead() {
        String text = "Ministers are committed to cutting waiting lists, Health Secretary Daniel Okafor has said.";
        List<Quote> quotes = new RuleQuoteFinder().find(text, new NewsSentenceSplitter().split(text),
                marked(text, EntityType.PERSON, "Daniel Okafor"));
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.INDIRECT).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Daniel Okafor");
            assertThat(q.content().slice(text)).isEqualTo("Ministers are committed to cutting waiting lists");
        });
    }
}
