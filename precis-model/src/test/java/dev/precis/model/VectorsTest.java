package dev.precis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void scalesToUnitLengthInPlace() {
        float[] v = {3, 4};
        float[] out = Vectors.unitLength(v);
        assertThat(out).isSameAs(v);
        assertThat(v[0]).isCloseTo(0.6f, within(1e-6f));
        assertThat(v[1]).isCloseTo(0.8f, within(1e-6f));
    }

    @Test
    void aZeroVectorStaysZero() {
        assertThat(Vectors.unitLength(new float[] {0, 0, 0})).containsExactly(0, 0, 0);
    }
}
