package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names40's two narrow organisation rules taken alone (names44): a legal form after a comma closes the
 * name, and a body's word, "for a" and a capitalised cause are one name. Sentences and bodies made up for this test;
 * the first two tests fail before names44.
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
    void aBodyNamedForACauseAfterForAIsOneName() {
        assertNames("He joined the Union for a Popular Movement. The Coalition for a Free Press protested. He voted "
                + "for the Labour Party for the first time.", EntityType.ORGANIZATION, "Union for a Popular Movement",
                "Coalition for a Free Press", "Labour Party");
    }

    @Test
    void aBodyFollowedByForTheAndALowerCaseWordStaysAsItIs() {
        assertNames("The Greenfield Alliance for the most part kept quiet, and Marta Venn of the Riverside League "
                + "for the time being said nothing.", EntityType.ORGANIZATION, "Greenfield Alliance",
                "Riverside League");
    }
}
