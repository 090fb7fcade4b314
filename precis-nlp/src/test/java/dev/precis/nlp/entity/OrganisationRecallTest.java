package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names40: organisations cut short, glued to a board's or a member's prefix, or joined to the next
 * organisation by "and". Sentences and bodies made up for this test; the first four tests fail before names40.
 */
class OrganisationRecallTest {

    @Test
    void aLegalFormAfterACommaClosesTheName() {
        String text = "Shares of Mendo Foods, Inc. rose on Tuesday after the merger with Halvor Trading, Ltd. of Oslo "
                + "was approved.";
        assertNames(text, EntityType.ORGANIZATION, "Mendo Foods, Inc.", "Halvor Trading, Ltd.");
        assertNames(text, EntityType.LOCATION, "Oslo");
    }

    @Test
    void aBoardsPrefixIsCutFromTheBodyItGoverns() {
        String text = "She sits on the Board of Trustees of Harlan College and on the Board of the Keswick Heritage Trust.";
        assertNames(text, EntityType.ORGANIZATION, "Harlan College", "Keswick Heritage Trust");
        assertThat(surfaces(run(text), text)).noneMatch(s -> s.startsWith("Board"));
    }

    @Test
    void anOrganisationNamedAloneElsewhereIsSplitFromItsNeighbour() {
        String text = "He won higher ratings from the Civic Review and Club for Prosperity. Club for Prosperity later "
                + "dropped him. The list included Agrarian Union of Moldova and Civic Power. Civic Power won two seats.";
        assertNames(text, EntityType.ORGANIZATION, "Civic Review", "Club for Prosperity", "Agrarian Union of Moldova",
                "Civic Power");
    }

    @Test
    void aBodyNamedForACauseAfterForAIsOneName() {
        String text = "He joined the Union for a Popular Movement. The Coalition for a Free Press protested. He voted "
                + "for the Labour Party for the first time.";
        assertNames(text, EntityType.ORGANIZATION, "Union for a Popular Movement", "Coalition for a Free Press",
                "Labour Party");
    }

    @Test
    void aBoardThatIsTheBodyAndAWholeWrittenTwiceStayWhole() {
        String text = "The Board of Inland Revenue wrote to him. The Social Democratic and Farmers Party won. Leaders "
                + "of the Social Democratic and Farmers Party met the Farmers Party of Ruritania.";
        assertNames(text, EntityType.ORGANIZATION, "Board of Inland Revenue", "Social Democratic and Farmers Party");
    }
}
