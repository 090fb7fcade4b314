package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidateCountsTest {

    /** Adds the same hits to a CandidateCounts and to a HashMap with merge, as the planner always counted. */
    private static List<Long> viaMap(long[] articles, int[] weights, int limit) {
        Map<Long, Integer> hits = new HashMap<>();
        for (int i = 0; i < articles.length; i++) {
            hits.merge(articles[i], weights[i], Integer::sum);
        }
        return CandidateCounts.top(hits, limit);
    }

    private static List<Long> viaCounts(CandidateCounts c, long[] articles, int[] weights, int limit) {
        c.clear();
        for (int i = 0; i < articles.length; i++) {
            c.add(articles[i], weights[i]);
        }
        return c.top(limit);
    }

    @Test
    void ranksAsTheHashMapItReplacesForPostingsOfRecentArticles() {
        Random r = new Random(7);
        CandidateCounts c = new CandidateCounts();
        for (int round = 0; round < 3000; round++) {
            // postings like the planner's: article ids of a library, many repeated, counts 1 or 2, few or many
            int library = 1 + r.nextInt(round % 3 == 0 ? 50 : 20_000);
            long base = r.nextInt(4) == 0 ? (1L << 33) + r.nextInt(1000) : 1;
            int n = 1 + r.nextInt(round % 5 == 0 ? 6000 : 400);
            long[] a = new long[n];
            int[] w = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = base + r.nextInt(library);
                w[i] = 1 + r.nextInt(2);
            }
            int limit = 1 + r.nextInt(120);
            List<Long> got = viaCounts(c, a, w, limit);
            assertThat(got).as("round %d", round).isNotNull().isEqualTo(viaMap(a, w, limit));
        }
    }

    @Test
    void givesUpWhenAMapBinWouldHaveTurnedIntoATree() {
        // ids 64 apart share a bucket of a 64-slot table: nine such keys make HashMap grow early or build a tree
        CandidateCounts c = new CandidateCounts();
        long[] a = new long[40];
        int[] w = new int[40];
        for (int i = 0; i < a.length; i++) {
            a[i] = i < 12 ? 64L * (i + 1) : 5 + i;
            w[i] = 1;
        }
        assertThat(viaCounts(c, a, w, 10)).isNull();
        // and a fresh count after clear() is back to normal
        long[] b = {3, 1, 2, 3, 1, 3};
        int[] wb = {1, 1, 1, 1, 1, 1};
        assertThat(viaCounts(c, b, wb, 80)).containsExactly(3L, 1L, 2L).isEqualTo(viaMap(b, wb, 80));
    }

    @Test
    void equalCountsKeepTheMapsBucketOrderNotTheOrderSeen() {
        // 17 and 1 share bucket 1 of a 16-slot table; merge puts the newer key first in its bin
        CandidateCounts c = new CandidateCounts();
        long[] a = {20, 1, 17, 2};
        int[] w = {1, 1, 1, 1};
        assertThat(viaCounts(c, a, w, 80)).containsExactly(17L, 1L, 2L, 20L).isEqualTo(viaMap(a, w, 80));
    }
}
