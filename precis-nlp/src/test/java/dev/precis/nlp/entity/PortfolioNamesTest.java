package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Bodies whose portfolio lists ordinary words ({@link PortfolioNames}). Sentences written for this test; each
 * positive case was cut short or split by the model and the earlier rules, the negative ones are guards.
 */
class PortfolioNamesTest {

    @Test
    void aPortfolioListedWithCommasAndAndIsOneName() {
        String text = "The Agency for Water, Forests and Coastal Affairs said the river had flooded.";
        assertNames(text, EntityType.ORGANIZATION, "Agency for Water, Forests and Coastal Affairs");
    }

    @Test
    void aNameCutAtAnAdjectiveTakesTheRestOfThePortfolio() {
        String text = "Researchers at the Centre for Economic and Regional Research said growth slowed. "
                + "The Ministry of Foreign Affairs and Regional Integration summoned the ambassador. "
                + "The Department of Internal and Consular Affairs issued new passports.";
        assertNames(text, EntityType.ORGANIZATION, "Centre for Economic and Regional Research",
                "Ministry of Foreign Affairs and Regional Integration", "Department of Internal and Consular Affairs");
    }

    @Test
    void aBodyWordAfterACoordinatedNameEndsIt() {
        String text = "He served on the Northern Iron and Steel Community board for a decade.";
        assertNames(text, EntityType.ORGANIZATION, "Northern Iron and Steel Community");
    }

    @Test
    void aSecondBodyAfterAndStaysApart() {
        String text = "The Ministry of Local Government and the Ministry of Transport agreed to share costs. "
                + "The Bureau of Consular Relations and Oxfam issued a joint statement.";
        assertNames(text, EntityType.ORGANIZATION, "Ministry of Local Government", "Ministry of Transport",
                "Bureau of Consular Relations", "Oxfam");
    }

    @Test
    void theOmbudsmanAloneIsABody() {
        String text = "The Ombudsman said the complaint had merit, and the Ombudsman's staff will visit the prison.";
        assertNames(text, EntityType.ORGANIZATION, "Ombudsman");
        assertThat(run(text).stream().filter(m -> m.type() == EntityType.PERSON)).isEmpty();
        String portfolio = "The Ombudsman for Prisons said the cells were too small.";
        assertNames(portfolio, EntityType.ORGANIZATION, "Ombudsman for Prisons");
        String named = "Ombudsman Peter Walsh declined to comment on the report.";
        EntityMention walsh = mention(run(named), named, "Peter Walsh");
        assertThat(walsh).isNotNull();
        assertThat(walsh.type()).isEqualTo(EntityType.PERSON);
    }
}
