package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link MeaningSpace#mix} gives the bits of the mix written out one element at a time (a guard for any rewrite of its loops). */
class MeaningSpaceTest {

    private static final double WEIGHT = 0.35;

    private static float[] random(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }

    /** The mix as first written: centre {@code other} on the library's mean, unit length, dot with {@code query}. */
    private static double reference(double lexical, float[] query, float[] other, int count, float[] total, int summed) {
        int n = other.length;
        float[] c = new float[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            c[i] = other[i] / count - (total.length != n ? 0 : total[i] / (summed + MeaningSpace.MEAN_PRIOR));
            norm += c[i] * c[i];
        }
        if (norm == 0) {
            return (1 - WEIGHT) * lexical;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        double dot = 0;
        for (int i = 0; i < n; i++) {
            dot += query[i] * (c[i] * scale);
        }
        return (1 - WEIGHT) * lexical + WEIGHT * Math.max(0, dot);
    }

    @Test
    void mixGivesTheSameBitsAsTheWrittenOutMix() {
        Random r = new Random(11);
        for (int n : new int[] {256, 7, 3}) {
            MeaningSpace space = new MeaningSpace(WEIGHT);
            float[] total = new float[n];
            int summed = 0;
            for (int k = 0; k < 30; k++) {
                float[] v = random(r, n);
                space.add(v);
                for (int i = 0; i < n; i++) {
                    total[i] += v[i];
                }
                summed++;
                float[] query = space.centred(random(r, n), 1);
                for (int count : new int[] {1, 2, 5}) {
                    float[] other = random(r, n);
                    double lexical = r.nextDouble();
                    assertThat(Double.doubleToRawLongBits(space.mix(lexical, query, other, count)))
                            .as("length %d, count %d", n, count)
                            .isEqualTo(Double.doubleToRawLongBits(reference(lexical, query, other, count, total, summed)));
                }
            }
            // vectors of another length than the library's are not centred (no mean to subtract)
            float[] shortQuery = space.centred(random(r, 5), 1);
            float[] shortOther = random(r, 5);
            assertThat(space.mix(0.4, shortQuery, shortOther, 2)).isEqualTo(reference(0.4, shortQuery, shortOther, 2, new float[0], 0));
        }
    }

    @Test
    void heldCentredVectorsGiveTheSameBitsAndFollowTheMean() {
        Random r = new Random(17);
        int n = 64;
        MeaningSpace held = new MeaningSpace(WEIGHT);
        MeaningSpace plain = new MeaningSpace(WEIGHT);
        float[][] stored = new float[12][];
        for (int k = 0; k < stored.length; k++) {
            stored[k] = random(r, n);
            held.add(stored[k]);
            plain.add(stored[k]);
        }
        held.holdCentred(true);
        for (int round = 0; round < 3; round++) {
            for (int q = 0; q < 5; q++) {
                float[] query = plain.centred(random(r, n), 1);
                for (float[] other : stored) {
                    // each stored vector again and again: the second time on comes from what was held
                    for (int count : new int[] {1, 1, 3}) {
                        double lexical = r.nextDouble();
                        assertThat(Double.doubleToRawLongBits(held.mix(lexical, query, other, count)))
                                .isEqualTo(Double.doubleToRawLongBits(plain.mix(lexical, query, other, count)));
                    }
                }
            }
            // a new article moves the mean: what was held is dropped, not used
            float[] v = random(r, n);
            held.add(v);
            plain.add(v);
        }
        held.holdCentred(false);
        float[] query = plain.centred(random(r, n), 1);
        assertThat(held.mix(0.3, query, stored[0], 1)).isEqualTo(plain.mix(0.3, query, stored[0], 1));
    }

    @Test
    void aHeldVectorOnTheMeanIsLeftOutToo() {
        MeaningSpace space = new MeaningSpace(WEIGHT);
        float[] onMean = oneVectorAndItsMean(space, new Random(5));
        float[] query = space.centred(random(new Random(6), 9), 1);
        space.holdCentred(true);
        assertThat(space.mix(0.5, query, onMean, 1)).isEqualTo((1 - WEIGHT) * 0.5);
        assertThat(space.mix(0.5, query, onMean, 1)).isEqualTo((1 - WEIGHT) * 0.5); // the second time, as held
    }

    /** Adds one random vector of 9 to {@code space}; returns the library's mean meaning vector (a vector on it centres to zero). */
    private static float[] oneVectorAndItsMean(MeaningSpace space, Random r) {
        float[] v = random(r, 9);
        space.add(v);
        float[] onMean = new float[9];
        for (int i = 0; i < 9; i++) {
            onMean[i] = v[i] / (1 + MeaningSpace.MEAN_PRIOR);
        }
        return onMean;
    }

    @Test
    void aVectorOnTheMeanOrMissingIsLeftOut() {
        MeaningSpace space = new MeaningSpace(WEIGHT);
        float[] onMean = oneVectorAndItsMean(space, new Random(3));
        float[] query = space.centred(random(new Random(4), 9), 1);
        assertThat(space.mix(0.5, query, onMean, 1)).isEqualTo((1 - WEIGHT) * 0.5);
        assertThat(space.mix(0.5, query, null, 1)).isEqualTo(0.5);
    }
}
