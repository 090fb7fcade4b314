package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names as a reader of "who said what" meets them: a full name after a role word, a title before a surname of two
 * words, and a street or house number that speaks for the office there.
 */
class ReaderNameShapesTest {

    @Test
    void aGivenNameThatIsAlsoAnOrdinaryWordOpensTheNameAfterARoleWord() {
        String text = "Drama tutor Eve Marrick said the play was sold out. Marrick added that more dates would follow.";
        List<EntityMention> found = run(text);
        EntityMention person = mention(found, text, "Eve Marrick");
        assertThat(person).as(surfaces(found, text).toString()).isNotNull();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(mention(found, text, "Marrick").canonical()).isEqualTo("Eve Marrick");
    }

    @Test
    void aTitleBeforeASurnameOfTwoWordsIsThePersonNamedInFull() {
        String text = "Museum head Harriet Vane Tolland opened the wing on Friday. Mrs Vane Tolland said it had "
                + "taken six years.";
        List<EntityMention> found = run(text);
        EntityMention titled = mention(found, text, "Vane Tolland");
        assertThat(titled).as(surfaces(found, text).toString()).isNotNull();
        assertThat(titled.canonical()).isEqualTo("Harriet Vane Tolland");
    }

    @Test
    void aTitledSurnameSharedByTwoFullNamesIsLeftAlone() {
        String text = "Harriet Vane Tolland and Peter Vane Tolland run the farm. Mr Vane Tolland said sales fell.";
        List<EntityMention> found = run(text);
        EntityMention titled = mention(found, text, "Vane Tolland");
        assertThat(titled).as(surfaces(found, text).toString()).isNotNull();
        assertThat(titled.canonical()).isEqualTo("Vane Tolland");
    }

    @Test
    void aStreetOrHouseNumberThatSpeaksIsAnOrganisationOnlyWhereItSpeaks() {
        String text = "Protesters marched down Whitmore Street on Monday. Whitmore Street said the plan was "
                + "final. Number 10 said no decision had been made.";
        List<EntityMention> found = run(text);
        List<EntityMention> street = found.stream().filter(m -> m.range().slice(text).equals("Whitmore Street")).toList();
        assertThat(street).hasSize(2);
        assertThat(street.get(0).type()).isEqualTo(EntityType.LOCATION);
        assertThat(street.get(1).type()).isEqualTo(EntityType.ORGANIZATION);
        EntityMention office = mention(found, text, "Number 10");
        assertThat(office).as(surfaces(found, text).toString()).isNotNull();
        assertThat(office.type()).isEqualTo(EntityType.ORGANIZATION);
        String house = "The pub stands at Number 10 on the high street.";
        assertThat(mention(run(house), house, "Number 10")).isNull();
    }
}
