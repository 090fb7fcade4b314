package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which mention texts are spellings of a whole name, and how one article's counts are kept on its mention rows. */
class EntitySpellingsTest {

    @Test
    void aWholeNameIsASpellingASurnameAloneOrWithItsParticlesIsNot() {
        String text = "Hester  Blakemore's pier. Blakemore said so. De Vallo agreed. Walter van der Vallo did not.";
        assertThat(EntitySpellings.fullSpelling(text, 0, 19)).isEqualTo("Hester Blakemore");
        assertThat(EntitySpellings.fullSpelling(text, 26, 35)).isNull();
        assertThat(EntitySpellings.fullSpelling(text, 45, 53)).isNull();
        assertThat(EntitySpellings.fullSpelling(text, 62, 82)).isEqualTo("Walter van der Vallo");
        assertThat(EntitySpellings.fullSpelling(text, 80, 200)).isNull();
    }

    @Test
    void anArticlesSpellingsAreCountedPerPersonInFirstMetOrderAndReadBack() {
        String text = "Dorrit\tHallam met Dorit Hallam. Hallam and Dorrit Hallam left Quay Street.";
        List<EntityMention> mentions = List.of(
                new EntityMention(new TextRange(0, 13), EntityType.PERSON, "Dorrit Hallam", null),
                new EntityMention(new TextRange(18, 30), EntityType.PERSON, "Dorrit Hallam", null),
                new EntityMention(new TextRange(32, 38), EntityType.PERSON, "Dorrit Hallam", null),
                new EntityMention(new TextRange(43, 56), EntityType.PERSON, "Dorrit Hallam", null),
                new EntityMention(new TextRange(62, 73), EntityType.LOCATION, "Quay Street", null));
        Map<Long, String> rows = EntitySpellings.perEntity(text, mentions, new long[] {7, 7, 7, 7, 9});
        // the surname alone and the street are no person's spelling; the tab is made a space
        assertThat(rows).containsOnlyKeys(7L);
        assertThat(EntitySpellings.decode(rows.get(7L))).containsExactly(Map.entry("Dorrit Hallam", 2), Map.entry("Dorit Hallam", 1));
        assertThat(EntitySpellings.decode(null)).isEmpty();
    }
}
