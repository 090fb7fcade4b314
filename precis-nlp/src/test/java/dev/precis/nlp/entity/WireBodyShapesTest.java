package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, ner19: datelines of less common capitals, bodies named "for X in" or "of" a country, companies named
 * after a place, one-word firms listed beside an organisation, hyphenated party acronyms. Sentences written for
 * this test; each positive case failed before ner19.
 */
class WireBodyShapesTest {

    @Test
    void aDatelinesCapitalsAreThePlace() {
        String text = "THIMPHU, June 12 - The hydropower talks resumed on Friday after a month's pause.";
        assertNames(text, EntityType.LOCATION, "THIMPHU");
        assertNames("BANDAR SERI BEGAWAN, March 3 - The sultan opened the new bridge on Monday.", EntityType.LOCATION,
                "BANDAR SERI BEGAWAN");
        String spelt = "NOUAKCHOTT (AFP) - The vote count went on through the night, officials said.";
        assertNames(spelt, EntityType.LOCATION, "NOUAKCHOTT");
        // capitals that are no place and carry no date are left alone
        String shout = "BREAKING - The central bank raised its rate.";
        assertThat(surfaces(run(shout), shout)).doesNotContain("BREAKING");
    }

    @Test
    void bodiesClosedByACountry() {
        assertNames("The Board of Control for Cricket in India picked a new coach on Monday.", EntityType.ORGANIZATION,
                "Board of Control for Cricket in India");
        assertNames("The United Democrats of Hong Kong won ten seats.", EntityType.ORGANIZATION,
                "United Democrats of Hong Kong");
    }

    @Test
    void companiesNamedAfterAPlace() {
        assertNames("Riyadh World has repaid most of its loans, the company said.", EntityType.ORGANIZATION,
                "Riyadh World");
        assertNames("Investors sold shares of Qatar Finance House after the bank missed its target.",
                EntityType.ORGANIZATION, "Qatar Finance House");
        String mines = "LUSAKA, May 2 - Zambia Consolidated Copper Mines said output rose in the first half.";
        assertNames(mines, EntityType.ORGANIZATION, "Zambia Consolidated Copper Mines");
        assertNames(mines, EntityType.LOCATION, "LUSAKA");
        // a place and a place's word stays a place
        assertNames("Troops moved into the Gaza Strip on Sunday.", EntityType.LOCATION, "Gaza Strip");
    }

    @Test
    void oneWordFirmsListedBesideAnOrganisation() {
        assertNames("Lenders such as Ecobank and Stanbic were asked to cut fees.", EntityType.ORGANIZATION, "Stanbic");
        assertNames("Most Gulf lenders, including Emirates NBD and Mashreq, reported higher profit.",
                EntityType.ORGANIZATION, "Mashreq");
        // a portfolio's abstract noun after "and" is no firm
        String school = "She taught at the School of Law and Diplomacy for a decade.";
        assertThat(surfaces(run(school), school)).doesNotContain("Diplomacy");
    }

    @Test
    void hyphenatedAcronymsAndCompaniesSplitAfterACountry() {
        assertNames("The CPN-UML walked out of parliament on Thursday.", EntityType.ORGANIZATION, "CPN-UML");
        String deal = "Airtel Tanzania and Vodacom Group signed the deal in Dodoma.";
        assertNames(deal, EntityType.ORGANIZATION, "Airtel Tanzania", "Vodacom Group");
        String trade = "The US-China talks ended without a deal.";
        assertThat(surfaces(run(trade), trade)).doesNotContain("US-China");
    }
}
