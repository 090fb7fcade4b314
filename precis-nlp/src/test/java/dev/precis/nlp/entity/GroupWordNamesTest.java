package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Bodies named beside a group word ({@link GroupWordNames}), an English long form before its own-language acronym
 * ({@link TranslatedAcronyms}) and the two-word honorific "Tan Sri". Invented sentences written for this test.
 */
class GroupWordNamesTest {

    @Test
    void aNameWithParticlesBeforeAGroupWordIsOneOrganisation() {
        String text = "Members of the Chama cha Wananchi Huru party walked out of the county assembly on Tuesday.";
        var m = mention(run(text), text, "Chama cha Wananchi Huru");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameAfterNewsAgencyIsAnOrganisationAndANationalityOpensNone() {
        String text = "The talks will resume next week, the state-run news agency Petra said on Sunday. "
                + "The Kurdish militia said nothing.";
        var m = mention(run(text), text, "Petra");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(run(text), text, "Kurdish")).satisfiesAnyOf(
                x -> assertThat(x).isNull(), x -> assertThat(x.type()).isNotEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void anEnglishLongFormBeforeAnAcronymInAnotherOrderIsOneOrganisation() {
        String text = "Prosecutors charged two officials of the National Unit for Disaster Risk Management (UNGRD) "
                + "with embezzlement on Wednesday.";
        var m = mention(run(text), text, "National Unit for Disaster Risk Management");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anOrdinaryWordOpeningTheSentenceIsNoPartOfTheLongForm() {
        String text = "Officials of the Congolese Agency for Environment (ACE) inspected the mine on Friday.";
        assertThat(mention(run(text), text, "Officials of the Congolese Agency for Environment")).isNull();
    }

    @Test
    void tanSriIsATitleNotPartOfTheName() {
        String text = "Tan Sri Muhyiddin Yassin said the party would win the next election.";
        var m = mention(run(text), text, "Muhyiddin Yassin");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.PERSON);
    }
}
