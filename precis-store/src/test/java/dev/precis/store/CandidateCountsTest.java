package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The planner's candidate counts list the ids as its former {@code HashMap<Long, Integer>} did, ties included. */
class CandidateCountsTest {

    /** Fills counts and a real map with the same merges; returns whether the counts could tell the map's order. */
    private static boolean same(long[] ids, int[] weights, int limit) {
        CandidateCounts c = new CandidateCounts();
        c.add(99, 1); // a used instance, emptied: as the planner reuses one
        c.clear();
        Map<Long, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            m.merge(ids[i], weights[i], Integer::sum);
            c.add(ids[i], weights[i]);
        }
        assertThat(c.size()).isEqualTo(m.size());
        if (!c.ordered()) {
            return false;
        }
        assertThat(c.top(limit)).isEqualTo(CandidateCounts.topOfMap(m, limit));
        return true;
    }

    @Test
    void theJvmsMapOrdersAsTheCountsFollowIt() {
        assertThat(CandidateCounts.MATCHES_HASH_MAP).isTrue();
    }

    @Test
    void spreadAndCollidingIdsComeInTheMapsOrderWithTiesAtTheCut() {
        SplittableRandom r = new SplittableRandom(7);
        int ordered = 0;
        int rounds = 400;
        for (int round = 0; round < rounds; round++) {
            int n = 1 + r.nextInt(3000);
            long[] ids = new long[n];
            int[] w = new int[n];
            int stride = 16 << r.nextInt(5);
            int spread = 50 + r.nextInt(20000);
            for (int i = 0; i < n; i++) {
                // mostly article ids of a library, some a stride apart (one bin in small tables), some repeated
                int kind = r.nextInt(10);
                ids[i] = kind < 8 ? 1 + r.nextInt(spread) : kind < 9 ? 1 + (long) stride * r.nextInt(60) : 1 + r.nextInt(30);
                w[i] = 1 + r.nextInt(2);
            }
            if (same(ids, w, 80)) {
                ordered++;
            }
        }
        assertThat(ordered).as("rounds whose order the counts could tell").isGreaterThan(rounds / 2);
    }

    @Test
    void aBinOfEightGrowsASmallTableAndMakesALargeOneUnordered() {
        // eight ids one bin apart in a 16-slot table: the map doubles its table instead of making a tree
        long[] eight = {16, 32, 48, 64, 80, 96, 112, 128, 1, 2};
        int[] ones = new int[eight.length];
        java.util.Arrays.fill(ones, 1);
        assertThat(same(eight, ones, 80)).isTrue();
        assertThat(same(eight, ones, 3)).isTrue();
        // a table of 64 or more whose bin reaches eight: a tree, whose order the counts do not follow
        long[] tree = new long[60];
        for (int i = 0; i < tree.length; i++) {
            tree[i] = i < 50 ? 1000 + i : 128L * (i - 49);
        }
        int[] w = new int[tree.length];
        java.util.Arrays.fill(w, 2);
        CandidateCounts c = new CandidateCounts();
        for (int i = 0; i < tree.length; i++) {
            c.add(tree[i], w[i]);
        }
        assertThat(c.ordered()).isFalse();
    }

    @Test
    void fewerIdsThanTheLimitAreAllListedMostPointsFirst() {
        CandidateCounts c = new CandidateCounts();
        c.add(5, 1);
        c.add(7, 2);
        c.add(5, 2);
        c.add(9, 1);
        assertThat(c.top(80)).isEqualTo(List.of(5L, 7L, 9L));
        assertThat(c.top(1)).isEqualTo(List.of(5L));
    }
}
