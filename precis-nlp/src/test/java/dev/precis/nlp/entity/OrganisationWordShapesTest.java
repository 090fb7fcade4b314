package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Organisations known by word shape or punctuation ({@link OrganisationWordShapes}) and newspapers named after a
 * place ({@link PublicationNames}). Sentences written for this test.
 */
class OrganisationWordShapesTest {

    @Test
    void aWordCapitalisedInsideIsNoPersonButNameParticlesAre() {
        assertThat(OrganisationWordShapes.camel("FarmBizWeekly")).isTrue();
        assertThat(OrganisationWordShapes.camel("SunnyVale")).isTrue();
        assertThat(OrganisationWordShapes.camel("McAllister")).isFalse();
        assertThat(OrganisationWordShapes.camel("MacLeod")).isFalse();
        assertThat(OrganisationWordShapes.camel("DeShawn")).isFalse();
        assertThat(OrganisationWordShapes.camel("Harrison")).isFalse();
        assertThat(OrganisationWordShapes.camel("NATO")).isFalse();
    }

    @Test
    void aCamelCasedNameReadAsAPersonIsAnOrganisation() {
        String text = "The story first ran on Tuesday. Readers of FarmBizWeekly's top stories voted for it.";
        var m = mention(run(text), text, "FarmBizWeekly");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aQuotedNameAfterTheAndBeforeAReportingVerbIsAnOrganisation() {
        String text = "The \"Steppe Lantern\" has reported that the protest went on for a second day.";
        var m = mention(run(text), text, "Steppe Lantern");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aQuotedNameAfterABodyNounIsAnOrganisation() {
        String text = "The article first appeared on the page of the Internet agency 'Borzoi Wire' on Monday.";
        var m = mention(run(text), text, "Borzoi Wire");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameAfterTeamIsTheTeam() {
        String text = "Kowalczyk will drive for the F1 team Rossa Veloce next season, Rossa Veloce said.";
        var m = mention(run(text), text, "Rossa Veloce");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPlaceBeforeANewspaperWordIsTheNewspaper() {
        String text = "She is a contributor to the Denver Examiner and writes about schools.";
        var m = mention(run(text), text, "Denver Examiner");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameBetweenADeterminerAndABusinessNounIsAnOrganisation() {
        String text = "Farmers queued outside the Harold Brannigan dealership, and Brannigan said repairs would take weeks.";
        var m = mention(run(text), text, "Harold Brannigan");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPersonWithANamesakeBusinessStaysAPerson() {
        String text = "Mira Castell told reporters the line would grow. A spokesman for the Mira Castell label said sales had doubled.";
        var m = mention(run(text), text, "Mira Castell");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.PERSON);
    }
}
