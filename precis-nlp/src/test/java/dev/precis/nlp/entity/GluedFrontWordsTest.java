package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, names38: a word of the title or context before a person kept in the person's span. Sentences written
 * for this test; each cut failed before names38.
 */
class GluedFrontWordsTest {

    /** The person is found without the word before it. */
    private static void assertCut(String text, String person, String glued) {
        assertThat(surfaces(run(text), text)).contains(person).doesNotContain(glued + " " + person);
    }

    @Test
    void theLastWordOfAnOfTheTitleIsCut() {
        assertCut("The report was sent to the Master of the Rolls Dennis Farrow last week.", "Dennis Farrow", "Rolls");
    }

    @Test
    void aTitleInThePluralIsCut() {
        assertCut("Lady Pell, sitting with Lords Ashby, Crane and Dunmore, allowed the appeal.", "Ashby", "Lords");
    }

    @Test
    void anAllegianceWordIsCut() {
        String text = "The plan was attacked by Trotskyist Kevin Marlowe and by Thatcherite Susan Aldergrove at the meeting.";
        assertCut(text, "Kevin Marlowe", "Trotskyist");
        assertCut(text, "Susan Aldergrove", "Thatcherite");
    }

    @Test
    void aBodysNameBeforeItsSpokesmanIsCut() {
        assertCut("The general secretary of the transport union Railcore Peter Dunmore said the offer was too low.",
                "Peter Dunmore", "Railcore");
    }

    @Test
    void aGivenNameIsKept() {
        String text = "Critics of the Housing Bill said it went too far. Marguerite Fontaine of the Green group disagreed.";
        assertThat(surfaces(run(text), text)).contains("Marguerite Fontaine");
    }
}
