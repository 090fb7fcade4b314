package dev.precis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void transliterationVariantsShareAKey() {
        assertThat(NameKey.of("Sergey Lavrov")).isEqualTo(NameKey.of("Sergei Lavrov"));
        assertThat(NameKey.of("Mohammed Ali")).isEqualTo(NameKey.of("Muhammad Ali")).isEqualTo(NameKey.of("Mohamed Ali"));
        assertThat(NameKey.of("Volodymyr Zelensky")).isEqualTo(NameKey.of("Volodymyr Zelenskyy"))
                .isEqualTo(NameKey.of("Volodymyr Zelenskiy"));
        assertThat(NameKey.of("Recep Tayyip Erdoğan")).isEqualTo(NameKey.of("Recep Tayyip Erdogan"));
    }

    @Test
    void differentConsonantsOrShortNamesStayApart() {
        assertThat(NameKey.of("Sergey Lavrov")).isNotEqualTo(NameKey.of("Sergey Larov"));
        assertThat(NameKey.of("Ali Khan")).isNotEqualTo(NameKey.of("Ola Khan"));
        assertThat(NameKey.word("Li")).isNotEqualTo(NameKey.word("Lee"));
        assertThat(NameKey.of("Anna Berg")).isNotEqualTo(NameKey.of("Anna Borg"));
    }

    @Test
    void aLoneSurnameIsTheNamesLastWordWithinOneLetter() {
        assertThat(NameKey.sameSurname("Corbett", "Ann Corbett")).isTrue();
        assertThat(NameKey.sameSurname("Corbet", "Ann Corbett")).isTrue();
        assertThat(NameKey.sameSurname("Quillen", "Marta Quillan")).isTrue();
        assertThat(NameKey.sameSurname("Zelenskyy", "Volodymyr Zelensky")).isTrue();
        assertThat(NameKey.sameSurname("Silk", "Rhona Kerr-Silk")).isTrue();
        assertThat(NameKey.sameSurname("Kerr-Silk", "Rhona Kerr-Silk")).isTrue();
        assertThat(NameKey.sameSurname("Kerr-Silk", "Rhona Silk")).isFalse();
        // same key, two letters apart: another word, not a spelling of the surname
        assertThat(NameKey.sameSurname("Alan", "Ruth Allen")).isFalse();
        assertThat(NameKey.sameSurname("Quyllen", "Marta Quillan")).isFalse();
        assertThat(NameKey.sameSurname("Corbin", "Ann Corbett")).isFalse();
        assertThat(NameKey.sameSurname("", "Ann Corbett")).isFalse();
    }

    @Test
    void innerParticlesAndLetterSpellingsAreNoPartOfTheKey() {
        assertThat(NameKey.of("Rodrigo de Pallares")).isEqualTo(NameKey.of("Rodrigo Pallares"));
        assertThat(NameKey.of("Pieter van der Brandt")).isEqualTo(NameKey.of("Pieter Brandt"));
        assertThat(NameKey.of("Viktor Oskarov")).isEqualTo(NameKey.of("Victor Oskarov"));
        assertThat(NameKey.of("Alexei Dorin")).isEqualTo(NameKey.of("Aleksey Dorin"));
        assertThat(NameKey.of("Al Brandt")).isNotEqualTo(NameKey.of("Brandt"));
    }

    @Test
    void aSurnameWithItsParticlesIsASurnameAlone() {
        assertThat(NameKey.particleSurname("De Pallares")).isEqualTo("Pallares");
        assertThat(NameKey.particleSurname("Van der Brandt")).isEqualTo("Brandt");
        assertThat(NameKey.particleSurname("von Ostwald")).isEqualTo("Ostwald");
        // a particle that is also a given name, alone before the surname, opens a full name
        assertThat(NameKey.particleSurname("Al Brandt")).isNull();
        assertThat(NameKey.particleSurname("Van Ostwald")).isNull();
        assertThat(NameKey.particleSurname("Rodrigo Pallares")).isNull();
        assertThat(NameKey.particleSurname("Pallares")).isNull();
    }
}
