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
        // same key, two letters apart: another word, not a spelling of the surname
        assertThat(NameKey.sameSurname("Alan", "Ruth Allen")).isFalse();
        assertThat(NameKey.sameSurname("Quyllen", "Marta Quillan")).isFalse();
        assertThat(NameKey.sameSurname("Corbin", "Ann Corbett")).isFalse();
        assertThat(NameKey.sameSurname("", "Ann Corbett")).isFalse();
    }
}
