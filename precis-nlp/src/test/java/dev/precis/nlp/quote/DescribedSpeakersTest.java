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
 * student") points back to the person opening a sentence since the
 * last speaker, else to that speaker; "says the club's founder, Ann Reed" and "writes founder, Ann Reed" are Ann
 * Reed; "the paper quotes Ann Reed as saying" is Ann Reed; a phrase running over "said he" is its subject's; a
 * connective or a long opener ending in a dash leaves the name after it a sentence's subject. The sentences are
 * written for this test; the entities are given by hand as the recogniser would mark them.
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
        String text = "Pastor Tom Hale met the family in secret. “They were calm people,” Hale said. The pastor said he didn't tell "
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

    @Test
    void theOneAPaperQuotesAsSayingSpeaksNotThePaper() {
        String text = "The search for the two divers ended on Friday. “They are gone,” the lawyer for the families said. "
                + "“It is a bitter day for all of us,” the Harbour Gazette quotes Ann Reed as saying.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, e, "It is a bitter day")).isEqualTo("Ann Reed");
    }

    @Test
    void aBareRoleThenTheNameSetOffByACommaIsTheName() {
        String text = "RiverRow sells rowing lessons online and runs a blog called “Oar Talk.” "
                + "“We love rowing but hate the snobbery,” writes founder, Tom Hale. “It is only a boat.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, e, "We love rowing")).isEqualTo("Tom Hale");
    }

    @Test
    void aLongOpenerEndingInADashLeavesTheNameAfterItTheSubject() {
        String text = "“The old rules served us,” Mark Reed said. Ruth Hale bought the club last year. "
                + "In the rush of new members to the club -- beginners as well as old hands -- Tom Hale sees a revival. "
                + "“They meet up on the river every week,” he says.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Reed", "Ruth Hale", "Tom Hale");
        assertThat(speakerOf(text, e, "They meet up")).isEqualTo("Tom Hale");
    }
}
