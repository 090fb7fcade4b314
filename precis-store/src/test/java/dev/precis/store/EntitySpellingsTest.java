package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which mention texts are spellings of a whole name. */
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
}
