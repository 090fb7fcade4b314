package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker described rather than named: a definite description of one person ("the 24-year-old", "the former
 * student", "the senator") with no "Role Name" before it points back to the person opening a sentence since the
 * last speaker, else to that speaker; "says the club's founder, Ann Reed" is Ann Reed, not the club. The sentences
 * are written for this test; the entities are given by hand as the recogniser would mark them.
 */
class DescribedSpeakersTest {

    @Test
    void anAgeInTheFirstQuoteIsThePersonOpeningTheSentenceBeforeNotTheLastNamed() {
        String text = "HALSTAD -- Ana Ruiz has joined the rowing club for a record fee. Ana Ruiz trained in Porto under coach Tom Hale. "
                + "“I came here to win races,” the 24-year-old said after her first session.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ana Ruiz", "Tom Hale");
        assertThat(speakerOf(text, e, "I came here")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aDescriptionAfterTheQuoteIsTheLastSpeaker() {
        String text = "Mark Ellery left the prison on Monday. He wants to study history, he said, “because I have lived it.” "
                + "“I never want to see a cell again,” said the former honor student and club captain.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Ellery");
        assertThat(speakerOf(text, e, "I never want")).isEqualTo("Mark Ellery");
    }

    @Test
    void aRoleWithItsTitleAbbreviatedPointsBackToTheSubject() {
        String text = "Sen. Ruth Hobbs spoke for an hour on the harbour bill. Hobbs said the bill had emptied the port. "
                + "The senator called for a “fresh start” on the harbour.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ruth Hobbs", "Hobbs");
        assertThat(speakerOf(text, e, "fresh start")).isEqualTo("Ruth Hobbs");
    }

    @Test
    void thePossessiveRolesNameAfterTheCommaSpeaksNotItsOwner() {
        String text = "One club, RiverRow, sells lessons online. “Rowing is about the water, not the medals,” says the club's "
                + "founder, Ann Reed, 31. “We teach the rest.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, e, "Rowing is about")).isEqualTo("Ann Reed");
    }

    @Test
    void aPossessiveDescriptionStaysADescription() {
        String text = "Tom Hale's boat sank at the pier on Monday. “It went down in a minute,” Hale said. "
                + "“I heard the hull crack from my kitchen,” said the boy's neighbour.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", "Hale");
        assertThat(speakerOf(text, e, "I heard the hull")).isEqualTo("the boy's neighbour");
    }

    @Test
    void aPartialQuoteAfterAReportOfWhatTheSubjectSaidIsTheSubjects() {
        String text = "Tom Hale met the family in secret. “They were calm people,” Hale said. The pastor said he didn't tell "
                + "anyone about the visit before it happened, fearing it “could have turned ugly.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", "Hale");
        assertThat(speakerOf(text, e, "could have turned")).isEqualTo("Tom Hale");
    }

    @Test
    void aConnectiveOpeningTheSentenceLeavesItsSubjectTheNewVoice() {
        String text = "Mark Reed runs the harbour trust. “The pier is safe,” Reed said. And so, Tom Hale, the 46-year-old head "
                + "of the ferry union, has waged a long fight against “harbour bosses,” whom he has called “the enemy.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Reed", "Reed", "Tom Hale");
        assertThat(speakerOf(text, e, "the enemy")).isEqualTo("Tom Hale");
    }
}
