package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, names38: a word of the title or context before a person kept in the person's span. Sentences written
 * for this test; each first assertion failed before names38.
 */
class GluedFrontWordsTest {

    @Test
    void theLastWordOfAnOfTheTitleIsCut() {
        String text = "The report was sent to the Master of the Rolls Dennis Farrow last week.";
        assertThat(surfaces(run(text), text)).contains("Dennis Farrow").doesNotContain("Rolls Dennis Farrow");
    }

    @Test
    void aTitleInThePluralIsCut() {
        String text = "Lady Pell, sitting with Lords Ashby, Crane and Dunmore, allowed the appeal.";
        assertThat(surfaces(run(text), text)).contains("Ashby").doesNotContain("Lords Ashby");
    }

    @Test
    void anAllegianceWordIsCut() {
        String text = "The plan was attacked by Trotskyist Kevin Marlowe and by Thatcherite Susan Aldergrove at the meeting.";
        assertThat(surfaces(run(text), text)).contains("Kevin Marlowe", "Susan Aldergrove")
                .doesNotContain("Trotskyist Kevin Marlowe", "Thatcherite Susan Aldergrove");
    }

    @Test
    void aBodysNameBeforeItsSpokesmanIsCut() {
        String text = "The general secretary of the transport union Railcore Peter Dunmore said the offer was too low.";
        assertThat(surfaces(run(text), text)).contains("Peter Dunmore").doesNotContain("Railcore Peter Dunmore");
    }

    @Test
    void aGivenNameIsKept() {
        String text = "Critics of the Housing Bill said it went too far. Marguerite Fontaine of the Green group disagreed.";
        assertThat(surfaces(run(text), text)).contains("Marguerite Fontaine");
    }
}
