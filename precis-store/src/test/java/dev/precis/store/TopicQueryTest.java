package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TopicQueryTest {

    /** A random vector of up to {@code max} distinct ids below {@code words} with log-tf values. */
    private static SparseVector randomVector(Random r, int words, int max) {
        TreeSet<Integer> ids = new TreeSet<>();
        int n = 1 + r.nextInt(max);
        while (ids.size() < n) {
            ids.add(r.nextInt(words));
        }
        int[] a = new int[n];
        double[] v = new double[n];
        int i = 0;
        for (int id : ids) {
            a[i] = id;
            v[i++] = 1 + Math.log(1 + r.nextInt(4));
        }
        return SparseVector.of(a, v, n);
    }

    /** A vocabulary of words {@code prefix + i} for i below {@code size}, word i in {@code 1 + i % spread} documents. */
    private static Vocabulary vocabulary(String prefix, int size, int spread) {
        Vocabulary words = new Vocabulary(false);
        for (int i = 0; i < size; i++) {
            words.intern(prefix + i);
            for (int d = 0; d < 1 + i % spread; d++) {
                words.addPosting(i, d);
            }
        }
        return words;
    }

    /** Counts of up to {@code max} draws of words {@code prefix + k}, k below {@code words} (1 to 3 each), in draw order. */
    private static Map<String, Integer> randomCounts(Random r, String prefix, int words, int max) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) {
            counts.merge(prefix + r.nextInt(words), 1 + r.nextInt(3), Integer::sum);
        }
        return counts;
    }

    @Test
    void aQueryBoundToAWordTableGivesTheSameCosinesToTheBitAsItsHashTable() {
        Random r = new Random(16);
        Vocabulary words = vocabulary("w", 300, 7);
        int[] table = new int[words.size()];
        for (int round = 0; round < 50; round++) {
            Map<String, Integer> counts = randomCounts(r, "w", 330, 40); // some words unknown: id -1
            TopicQuery q = TopicQuery.of(counts, words, 50);
            // short vectors (looked up word by word in the query) and long ones (searched for the query's words)
            SparseVector[] others = {randomVector(r, 300, 20), randomVector(r, 300, 300), SparseVector.empty()};
            double[] unbound = new double[others.length];
            for (int i = 0; i < others.length; i++) {
                unbound[i] = q.cos(others[i], 1.0 + i);
            }
            q.bind(table);
            for (int i = 0; i < others.length; i++) {
                assertThat(q.cos(others[i], 1.0 + i)).isEqualTo(unbound[i]);
            }
            q.unbind();
            assertThat(table).containsOnly(0);
            for (int i = 0; i < others.length; i++) {
                assertThat(q.cos(others[i], 1.0 + i)).isEqualTo(unbound[i]);
            }
        }
    }

    @Test
    void theCosineIsTheSumOverTheQuerysWordsInTheirOrderToTheBit() {
        // long queries (several words of marks) against short and long vectors, bound and not: every path
        // must give what a plain sum over the query's words, in the query's order, gives — a bound query's
        // table holds the vocabulary's ids, so a vector inside it is read four words a turn and one whose
        // last ids lie past it (the third) word by word with the bound check
        Random r = new Random(21);
        Vocabulary words = vocabulary("w", 600, 11);
        int[] table = new int[words.size()];
        for (int round = 0; round < 40; round++) {
            Map<String, Integer> counts = randomCounts(r, "w", 640, 250);
            TopicQuery q = TopicQuery.of(counts, words, 80);
            for (SparseVector other : new SparseVector[] {randomVector(r, 600, 60), randomVector(r, 600, 600), randomVector(r, 900, 300)}) {
                double rawNorm = 0.5 + r.nextDouble();
                double expected = plainCosine(counts, words, 80, other, rawNorm);
                assertThat(q.cos(other, rawNorm)).isEqualTo(expected);
                q.bind(table);
                assertThat(q.cos(other, rawNorm)).isEqualTo(expected);
                assertThat(q.cos(other, rawNorm)).isEqualTo(expected); // nothing left over from the call before
                q.unbind();
            }
        }
    }

    /** The cosine written out: weights {@code (1 + ln count) x idf}, products summed in the counts' order. */
    private static double plainCosine(Map<String, Integer> counts, Vocabulary words, int articles, SparseVector raw, double rawNorm) {
        double sq = 0;
        double dot = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int id = words.id(e.getKey());
            double idf = words.idf(id, articles);
            double weight = (1 + Math.log(e.getValue())) * idf;
            sq += weight * weight;
            int j = id < 0 ? -1 : raw.indexOf(id);
            if (j >= 0) {
                dot += weight * raw.valueAt(j) * idf;
            }
        }
        return Math.min(1.0, dot / (Math.sqrt(sq) * rawNorm));
    }

    @Test
    void aBoundQueryFindsSharedWordsAndNothingElse() {
        Vocabulary words = new Vocabulary(false);
        for (String w : new String[] {"treaty", "border", "harvest", "grain"}) {
            words.addPosting(words.intern(w), 1);
        }
        TopicQuery q = TopicQuery.of(Map.of("treaty", 2, "border", 1), words, 4);
        int[] table = new int[words.size()];
        q.bind(table);
        SparseVector same = SparseVector.of(new int[] {words.id("border"), words.id("treaty")}, new double[] {1.0, 1 + Math.log(2)}, 2);
        SparseVector unrelated = SparseVector.of(new int[] {words.id("harvest"), words.id("grain")}, new double[] {1.0, 1.0}, 2);
        double sameNorm = Math.sqrt(Math.pow(words.idf(words.id("border"), 4), 2) + Math.pow((1 + Math.log(2)) * words.idf(words.id("treaty"), 4), 2));
        assertThat(q.cos(same, sameNorm)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(q.cos(unrelated, 1.0)).isZero();
        q.unbind();
    }
}
