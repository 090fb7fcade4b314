package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A capitalised "The" inside a sentence is the first word of the organisation's name after it. */
class CapitalisedTheNamesTest {

    @Test
    void aCapitalisedTheAfterALowerCaseWordOpensTheName() {
        String text = "He helped the consolidation of The Juniper Tree as a joint list.";
        List<EntityMention> found = run(text);
        EntityMention body = mention(found, text, "The Juniper Tree");
        assertThat(body).as(surfaces(found, text).toString()).isNotNull();
        assertThat(body.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCapitalisedTheAfterAListsCommaOpensTheName() {
        String text = "Members came from the Liberal Forum, The Kestrel League and the Labour Party.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "The Kestrel League")).as(surfaces(found, text).toString()).isNotNull();
    }

    @Test
    void theOpeningASentenceStaysOutOfTheName() {
        String text = "The Kestrel League said its members would vote on Monday.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "Kestrel League")).as(surfaces(found, text).toString()).isNotNull();
        assertThat(mention(found, text, "The Kestrel League")).isNull();
    }
}
