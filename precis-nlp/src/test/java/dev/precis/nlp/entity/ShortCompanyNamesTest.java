package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company named in full once and by its own words later ({@link ShortCompanyNames}). Sentences written for this
 * test: the short names before "will", "has" or "to" were left untagged before, and a short name that is an
 * ordinary word stays untagged there.
 */
class ShortCompanyNamesTest {

    @Test
    void anUnusualShortNameBeforeAnAuxiliaryIsTheCompany() {
        String text = "Korvalta Group posted a loss for the year. \"We expect Korvalta to recover,\" said an analyst. "
                + "Korvalta will report again in March.";
        List<EntityMention> found = run(text);
        long shortOnes = found.stream().filter(m -> m.range().slice(text).equals("Korvalta")
                && m.type() == EntityType.ORGANIZATION).count();
        assertThat(shortOnes).isEqualTo(2);
    }

    @Test
    void aNameEndingInPartnersHasAShortName() {
        String text = "Tembura Capital Partners agreed to buy a stake in the port. Analysts said Tembura would pay in cash.";
        EntityMention shortName = mention(run(text), text, "Tembura");
        assertThat(shortName).isNotNull();
        assertThat(shortName.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anOrdinaryWordBeforeAnAuxiliaryStaysAWord() {
        String text = "Summit Bank raised its rates on Monday. Summit will be held in the capital next week.";
        EntityMention word = mention(run(text), text, "Summit");
        assertThat(word == null || word.type() != EntityType.ORGANIZATION).isTrue();
    }
}
