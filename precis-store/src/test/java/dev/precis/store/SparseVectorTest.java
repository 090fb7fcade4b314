package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SparseVectorTest {

    @Test
    void keepsIdsSortedAndFindsThem() {
        SparseVector v = SparseVector.of(new int[] {7, 2, 5}, new double[] {0.7, 0.2, 0.5}, 3);
        assertThat(v.size()).isEqualTo(3);
        assertThat(v.idAt(0)).isEqualTo(2);
        assertThat(v.valueAt(v.indexOf(5))).isEqualTo(0.5);
        assertThat(v.indexOf(3)).isNegative();
        assertThat(v.indexOf(-1)).isNegative();
    }

    @Test
    void addingMergesAndReportsTheGrowthOfTheWeightedSquaredNorm() {
        SparseVector sum = SparseVector.of(new int[] {1, 4}, new double[] {2.0, 1.0}, 2);
        SparseVector other = SparseVector.of(new int[] {4, 9}, new double[] {0.5, 3.0}, 2);
        double grown = sum.add(other, true, id -> id == 4 ? 2.0 : 1.0);
        // id 4: 1 + 1 + 0.5 = 2.5, id 9: 0 + 1 + 3 = 4
        assertThat(sum.valueAt(sum.indexOf(1))).isEqualTo(2.0);
        assertThat(sum.valueAt(sum.indexOf(4))).isEqualTo(2.5);
        assertThat(sum.valueAt(sum.indexOf(9))).isEqualTo(4.0);
        assertThat(grown).isCloseTo((2.5 * 2.5 - 1.0) * 4 + 16.0, within(1e-12));
        assertThat(sum.add(other, false, null)).isZero();
        assertThat(sum.valueAt(sum.indexOf(9))).isEqualTo(7.0);
    }
}
