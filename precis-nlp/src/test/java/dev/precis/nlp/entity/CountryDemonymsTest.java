package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 18: sovereign states whose names were places but had no adjective listed, so that name rules did not
 * know them as countries ("Airtel Malawi" split) and their adjectives were read as organisations. Sentences
 * written for this test; each failed before the list grew.
 */
class CountryDemonymsTest {

    @Test
    void everyListedStateIsACountry() {
        Gazetteer gazetteer = Gazetteer.load();
        for (String state : new String[] {"Malawi", "Oman", "Bahrain", "Mongolia", "Ivory Coast", "Papua New Guinea"}) {
            assertThat(gazetteer.isCountry(state)).as(state).isTrue();
        }
        assertThat(gazetteer.isCountry("Lilongwe")).isFalse();
    }

    @Test
    void aCompanyNamedWithItsCountryStaysWhole() {
        assertNames("Airtel Malawi said on Tuesday that data prices would rise.", EntityType.ORGANIZATION, "Airtel Malawi");
    }

    @Test
    void adjectivesOfTheseStatesAreNotOrganisations() {
        String text = "Omani and Malawian officials met in Muscat to sign the trade deal.";
        assertNames(text, EntityType.MISC, "Omani", "Malawian");
    }
}
