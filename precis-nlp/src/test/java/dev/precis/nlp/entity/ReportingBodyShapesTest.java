package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names24: bodies known by the words around them ({@link ReportingBodyShapes}). Sentences written for this
 * test; each positive case failed before names24 but "Senate" (the model already took it; kept as a guard), and the
 * negative ones are guards.
 */
class ReportingBodyShapesTest {

    @Test
    void indonesiasPtStaysInsideTheCompany() {
        String text = "PT Garuda Lestari said on Monday it would build a plant. Investors in PT Sinar Jaya were calm.";
        assertNames(text, EntityType.ORGANIZATION, "PT Garuda Lestari", "PT Sinar Jaya");
    }

    @Test
    void aPartyAcronymWrittenApartIsOneBody() {
        String text = "Kanu PF won the by-election, and officials of Kanu PF celebrated in the capital.";
        assertNames(text, EntityType.ORGANIZATION, "Kanu PF");
        assertThat(mention(run(text), text, "Kanu")).isNull();
        // letters after a person's name are no party
        String mp = "The motion was tabled by Helen Barwick MP on Thursday.";
        EntityMention helen = mention(run(mp), mp, "Helen Barwick");
        assertThat(helen).isNotNull();
        assertThat(helen.type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aOneWordPaperBeforeReportedIsABody() {
        String text = "Traders stayed away from the market, and Lantern reported that prices fell.";
        assertNames(text, EntityType.ORGANIZATION, "Lantern");
        // a given name before the verb is a person's, not a paper's
        String person = "The port was closed for two days, and Maria reported the damage to the police.";
        EntityMention maria = mention(run(person), person, "Maria");
        assertThat(maria == null || maria.type() != EntityType.ORGANIZATION).isTrue();
    }

    @Test
    void anUnknownWordAfterTheBeforeARulingIsABody() {
        String text = "The former governor lost his appeal after the Tribunalo ruled against him, "
                + "and officials said the Kabataan said nothing.";
        assertNames(text, EntityType.ORGANIZATION, "Tribunalo", "Kabataan");
        // a man of a place after "the" is no body
        String man = "Coaches were pleased when the Lancashireman said he would stay.";
        EntityMention m = mention(run(man), man, "Lancashireman");
        assertThat(m == null || m.type() != EntityType.ORGANIZATION).isTrue();
    }

    @Test
    void aLegislatureOpeningASentenceIsABody() {
        String text = "Parliament rejected the spending plan late on Friday. Senate approved a smaller one.";
        assertNames(text, EntityType.ORGANIZATION, "Parliament", "Senate");
        // a sentence-opening word that is not a legislature is left to the model
        List<EntityMention> found = run("Police detained three men overnight.");
        EntityMention police = mention(found, "Police detained three men overnight.", "Police");
        assertThat(police == null || police.type() != EntityType.ORGANIZATION).isTrue();
    }
}
