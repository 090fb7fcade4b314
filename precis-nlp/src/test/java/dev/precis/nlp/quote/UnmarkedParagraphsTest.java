package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * quotes54: a quote opened in one paragraph and closed in a later one whose paragraphs open with no mark of their
 * own ({@link UnmarkedParagraphs}), and the speakers of a few shapes the earlier rounds left: a subject after a
 * fronted participle clause, a bare plural subject for "they", a headline's bare role after "says", "His assessment:".
 * The sentences are written for this test; the entities are marked by hand.
 */
class UnmarkedParagraphsTest {

    @Test
    void aCurlyQuoteClosedTwoParagraphsOnIsOneQuote() {
        String text = "The harbour master toured the flooded quay on Sunday.\n\n"
                + "“The tide came over the wall at four in the morning,” said harbour master Ines Vaz. “The boats were already loose.\n\n"
                + "We will need cranes from the city to lift them, and we will need them this week.”\n\n"
                + "The city said it would send two.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ines Vaz");
        assertThat(speakerOf(text, e, "We will need cranes")).isEqualTo("Ines Vaz");
    }

    @Test
    void aStraightQuoteAfterAColonRunsIntoTheNextParagraph() {
        String text = "Olav Berg, who keeps bees above the fjord, said: \"Half the hives were empty in April.\n\n"
                + "The other half were too weak to split.\"\n\nThe ministry is studying the losses.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Olav Berg");
        assertThat(speakerOf(text, e, "Half the hives")).isEqualTo("Olav Berg");
        assertThat(speakerOf(text, e, "The other half were too weak")).isEqualTo("Olav Berg");
    }

    @Test
    void aMiddleParagraphWithNoMarkCarriesTheQuoteOn() {
        String text = "“We gave away the first goal,” Coach Rui Lopes said. “Then we gave away the second.\n\n"
                + "The third was worse.\n\n"
                + "Nobody will start on Saturday because of his name.”\n\nThe club is sixth.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Rui Lopes");
        assertThat(speakerOf(text, e, "The third was worse")).isEqualTo("Rui Lopes");
        assertThat(speakerOf(text, e, "Nobody will start")).isEqualTo("Rui Lopes");
    }

    @Test
    void aStrayStraightMarkInAHeadlineDoesNotTakeTheNextQuote() {
        // the next mark opens a paragraph (before a letter): not shaped to close, so the headline's mark stays alone
        String text = "Council backs \"river homes plan\n\nThe vote was 7-5.\n\n"
                + "\"Building on the flood plain is madness,\" said councillor Tariq Aziz.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tariq Aziz");
        assertThat(QuoteTestSupport.direct(text, e)).noneMatch(q -> q.content().slice(text).contains("The vote was"));
        assertThat(speakerOf(text, e, "Building on the flood plain")).isEqualTo("Tariq Aziz");
    }

    @Test
    void anUnclosedQuoteWithAMarkLaterInTheNextParagraphIsNotJoined() {
        // the next paragraph holds an opening mark of its own before any closer: it is not a continuation
        String text = "“We have lost the harvest,” said farmer Joe Okoro. “All of it.\n\n"
                + "The agency said it would send “emergency seed” next month.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Joe Okoro");
        assertThat(QuoteTestSupport.direct(text, e)).noneMatch(q -> q.content().slice(text).contains("The agency said"));
    }

    @Test
    void sheAfterAFrontedParticipleClauseIsTheRoleAfterItsComma() {
        String text = "Speaking to reporters outside the court, the attorney general was asked about the delay.\n\n"
                + "She said: “The papers were filed on time and the judge has them.”\n\nThe hearing is on Friday.";
        assertThat(speakerOf(text, List.of(), "The papers were filed")).containsIgnoringCase("attorney general");
    }

    @Test
    void theyAfterABarePluralSubjectIsThatCrowd() {
        String text = "Residents gathered outside the town hall on Friday.\n\n"
                + "'Save our library!' they chanted, as shops closed their shutters.\n\nThe march ended at the ministry.";
        assertThat(speakerOf(text, List.of(), "Save our library")).containsIgnoringCase("Residents");
    }

    @Test
    void aHeadlinesBareRoleAfterSaysIsTheSpeaker() {
        String text = "‘The schools will reopen on Monday,’ says education minister\n\n"
                + "Classes were suspended for a week after the storm.";
        assertThat(speakerOf(text, List.of(), "The schools will reopen")).containsIgnoringCase("minister");
    }

    @Test
    void aHeadlinesDashNamesTheSpeaker() {
        String text = "\"The mine must close\" - village elder Samuel Kiprop\n\nResidents blocked the road to the pit on Monday.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Samuel Kiprop");
        assertThat(speakerOf(text, e, "The mine must close")).isEqualTo("Samuel Kiprop");
    }

    @Test
    void hisAssessmentIsThePersonNamedBefore() {
        String text = "The manager, Goran Petrovic, was brief. His assessment: “We ran less than they did and we lost.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Goran Petrovic");
        assertThat(speakerOf(text, e, "We ran less")).isEqualTo("Goran Petrovic");
    }
}
