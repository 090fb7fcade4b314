package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import dev.precis.store.EntityCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class GivenNamesTest {

    private static EntityCount person(String name, int mentions) {
        return new EntityCount(name, EntityType.PERSON, mentions);
    }

    @Test
    void aLoneGivenNameJoinsTheOnePersonOfThatGivenName() {
        List<EntityCount> article = List.of(person("Anna Berg", 3), new EntityCount("Selby Harbour", EntityType.LOCATION, 2),
                person("Anna", 2), person("Jonas Weber", 4));
        assertThat(GivenNames.joined(article)).containsExactly(person("Anna Berg", 5), person("Jonas Weber", 4),
                new EntityCount("Selby Harbour", EntityType.LOCATION, 2));
        assertThat(GivenNames.standsFor("Anna", article)).isEqualTo("Anna Berg");
        assertThat(GivenNames.standsFor("Jonas Weber", article)).isEqualTo("Jonas Weber");
    }

    @Test
    void aGivenNameOfTwoPeopleHasNoEntryAndOneOfNobodyKeepsItsOwn() {
        List<EntityCount> two = List.of(person("Ken Ash", 2), person("Ken Lowe", 2), person("Ken", 1), person("Marta", 1));
        assertThat(GivenNames.joined(two)).containsExactly(person("Ken Ash", 2), person("Ken Lowe", 2), person("Marta", 1));
        assertThat(GivenNames.standsFor("Ken", two)).isEqualTo("Ken");
        // a place or an organisation is never a given name, and a surname alone is not a full name's start
        List<EntityCount> other = List.of(new EntityCount("Selby", EntityType.LOCATION, 1), new EntityCount("Selby Harbour", EntityType.LOCATION, 1),
                person("Berg", 1), person("Anna Berg", 1));
        assertThat(GivenNames.joined(other)).containsExactlyInAnyOrderElementsOf(other);
    }
}
