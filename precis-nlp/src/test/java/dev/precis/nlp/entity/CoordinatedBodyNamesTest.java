package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names59: a body whose name coordinates two capitalised words before its head word is one organisation,
 * while two bodies joined by "and" stay two. Sentences written for this test; the first case was cut on main (the
 * model read "Fertiliser Administration" as a person).
 */
class CoordinatedBodyNamesTest {

    @Test
    void twoDescriptorsJoinedByAndBeforeAHeadWordAreOneBody() {
        assertNames("The Seeds and Fertiliser Administration said prices would fall before planting.",
                EntityType.ORGANIZATION, "Seeds and Fertiliser Administration");
    }

    @Test
    void aNameFoundAloneBeforeAndStaysItsOwn() {
        assertNames("Safaricom and Equity Bank shares rose on the Nairobi bourse.", EntityType.ORGANIZATION,
                "Safaricom", "Equity Bank");
        assertNames("The Treasury and the Revenue Authority agreed on the new levy.", EntityType.ORGANIZATION,
                "Treasury", "Revenue Authority");
    }
}
