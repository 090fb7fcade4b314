package dev.precis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void oneTakesTheSingularEverythingElseThePlural() {
        assertThat(Counts.of(1, "story", "stories")).isEqualTo("1 story");
        assertThat(Counts.of(0, "story", "stories")).isEqualTo("0 stories");
        assertThat(Counts.of(2, "entity mention", "entity mentions")).isEqualTo("2 entity mentions");
        assertThat(Counts.of(11, "quote", "quotes")).isEqualTo("11 quotes");
    }
}
