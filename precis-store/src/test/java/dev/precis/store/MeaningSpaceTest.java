package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MeaningSpace#mix} gives the bits of the mix written out one element at a time (a guard for any rewrite of its
 * loops), and {@link MeaningSpace#mixMember} the bits of {@code mix} with count 1, before and after it starts keeping
 * members' centred vectors, and again after the mean moves.
 */
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
    void aVectorOnTheMeanOrMissingIsLeftOut() {
        MeaningSpace space = new MeaningSpace(WEIGHT);
        float[] v = random(new Random(3), 9);
        space.add(v);
        float[] onMean = new float[9];
        for (int i = 0; i < 9; i++) {
            onMean[i] = v[i] / (1 + MeaningSpace.MEAN_PRIOR);
        }
        float[] query = space.centred(random(new Random(4), 9), 1);
        assertThat(space.mix(0.5, query, onMean, 1)).isEqualTo((1 - WEIGHT) * 0.5);
        assertThat(space.mix(0.5, query, null, 1)).isEqualTo(0.5);
    }

    @Test
    void mixMemberGivesMixsBitsWhileKeepingAndAfterTheMeanMoves() {
        Random r = new Random(29);
        for (int n : new int[] {256, 5}) {
            MeaningSpace space = new MeaningSpace(WEIGHT);
            float[][] members = new float[40][];
            for (int k = 0; k < members.length; k++) {
                members[k] = random(r, n);
            }
            // a member with a negative zero; members[3] is put on the mean each round (centred norm 0)
            members[4][0] = -0.0f;
            // no mean yet (nothing added): nothing is subtracted
            for (int calls = 0; calls < MeaningSpace.KEEP_AFTER + 200; calls++) {
                float[] query = space.centred(random(r, n), 1);
                float[] m = members[calls % members.length];
                assertThat(Double.doubleToRawLongBits(space.mixMember(0.3, query, m)))
                        .isEqualTo(Double.doubleToRawLongBits(space.mix(0.3, query, m, 1)));
            }
            float[] total = new float[n];
            for (int round = 0; round < 3; round++) {
                float[] added = random(r, n);
                space.add(added);
                float[] onMean = new float[n];
                for (int i = 0; i < n; i++) {
                    total[i] += added[i];
                    onMean[i] = total[i] / (round + 1 + MeaningSpace.MEAN_PRIOR);
                }
                members[3] = onMean;
                assertThat(space.mix(0.5, space.centred(random(r, n), 1), onMean, 1)).isEqualTo((1 - WEIGHT) * 0.5);
                int calls = 0;
                // well past KEEP_AFTER, each member met many times under one mean (as consolidation meets them)
                while (calls < 3 * MeaningSpace.KEEP_AFTER) {
                    float[] query = space.centred(random(r, n), 1);
                    for (float[] m : members) {
                        double lexical = r.nextDouble();
                        assertThat(Double.doubleToRawLongBits(space.mixMember(lexical, query, m)))
                                .as("length %d, round %d, call %d", n, round, calls)
                                .isEqualTo(Double.doubleToRawLongBits(space.mix(lexical, query, m, 1)));
                        calls++;
                    }
                }
            }
            assertThat(space.mixMember(0.5, space.centred(random(r, n), 1), null)).isEqualTo(0.5);
            assertThat(space.mixMember(0.5, null, members[0])).isEqualTo(0.5);
        }
    }
}
