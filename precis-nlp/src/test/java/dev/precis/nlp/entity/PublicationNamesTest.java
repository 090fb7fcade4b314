package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/** Publications named before "newspaper"/"daily" or after "told the" ({@link PublicationNames}). Sentences written for this test. */
class PublicationNamesTest {

    @Test
    void aNameBeforeAPublicationWordIsAnOrganisation() {
        String text = "Prices rose again last month, Kurier Zdrojowy daily said on Saturday.";
        var m = mention(run(text), text, "Kurier Zdrojowy");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameAfterToldTheIsAnOrganisation() {
        String text = "A doctor who examined the boxer told the Clarion: \"There is a risk he could be hurt.\"";
        var m = mention(run(text), text, "Clarion");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNationalityOrADayBeforeAPublicationWordIsNoName() {
        String text = "A Swedish newspaper printed the cartoons, and a Sunday newspaper followed.";
        assertThat(mention(run(text), text, "Swedish")).satisfiesAnyOf(
                x -> assertThat(x).isNull(), x -> assertThat(x.type()).isNotEqualTo(EntityType.ORGANIZATION));
        assertThat(mention(run(text), text, "Sunday")).isNull();
    }
}
