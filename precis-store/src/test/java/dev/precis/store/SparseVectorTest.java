package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
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
    void aShareIsTheSameVectorUntilEitherIsAddedTo() {
        SparseVector v = SparseVector.of(new int[] {1, 4}, new double[] {2.0, 1.0}, 2);
        SparseVector shared = v.share();
        assertThat(shared.sameAs(v)).isTrue();
        assertThat(v.sameAs(v)).isTrue();
        assertThat(SparseVector.of(new int[] {1, 4}, new double[] {2.0, 1.0}, 2).sameAs(v)).isFalse();
        shared.add(SparseVector.of(new int[] {4}, new double[] {1.0}, 1), true, null);
        assertThat(shared.sameAs(v)).isFalse();
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

    @Test
    void bothVectorsOfOneSortEqualTheVectorsOfASortByIdAndLeaveTheArraysAlone() {
        Random r = new Random(16);
        for (int round = 0; round < 100; round++) {
            int n = r.nextInt(60);
            int[] ids = r.ints(0, Integer.MAX_VALUE).distinct().limit(n).toArray();
            if (round % 3 == 0) {
                ids = r.ints(0, 100).distinct().limit(Math.min(n, 100)).toArray(); // small, dense ids as words get
                n = ids.length;
            }
            double[] a = r.doubles(n).toArray();
            double[] b = r.doubles(n).toArray();
            int[] idsBefore = ids.clone();
            double[] aBefore = a.clone();
            SparseVector[] both = SparseVector.both(ids, a, b, n);
            final int[] idsF = ids;
            Integer[] order = new Integer[n];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingInt(i -> idsF[i]));
            assertThat(both[0].size()).isEqualTo(n);
            assertThat(both[1].size()).isEqualTo(n);
            for (int i = 0; i < n; i++) {
                assertThat(both[0].idAt(i)).isEqualTo(ids[order[i]]);
                assertThat(both[1].idAt(i)).isEqualTo(ids[order[i]]);
                assertThat(both[0].valueAt(i)).isEqualTo(a[order[i]]);
                assertThat(both[1].valueAt(i)).isEqualTo(b[order[i]]);
            }
            assertThat(ids).isEqualTo(idsBefore);
            assertThat(a).isEqualTo(aBefore);
            // the two share their ids but adding into one leaves the other as it was
            if (n > 0) {
                double first = both[1].valueAt(0);
                both[0].add(SparseVector.of(new int[] {both[0].idAt(0)}, new double[] {5.0}, 1), false, null);
                assertThat(both[1].valueAt(0)).isEqualTo(first);
                assertThat(both[0].valueAt(0)).isEqualTo(a[order[0]] + 5.0);
            }
        }
    }
}
