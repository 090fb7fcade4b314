package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static int[] random(Random r) {
        int[] s = new int[ContentFingerprint.SIZE];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.nextInt();
        }
        return s;
    }

    private static ContentFingerprint changed(int[] sig, int values, Random r) {
        int[] copy = sig.clone();
        for (int i = 0; i < values; i++) {
            copy[r.nextInt(copy.length)] = r.nextInt();
        }
        return new ContentFingerprint("h", copy);
    }

    /** The most similar stored signature at or above the threshold, by comparing with every one. */
    private static long bruteForce(List<int[]> stored, ContentFingerprint fp) {
        long best = -1;
        double bestSim = ContentFingerprint.NEAR_DUPLICATE_SIMILARITY;
        for (int i = 0; i < stored.size(); i++) {
            double sim = fp.similarity(stored.get(i));
            if (sim >= bestSim) {
                bestSim = sim;
                best = 1000L + i;
            }
        }
        return best;
    }

    @Test
    void findsWhatAComparisonWithEveryStoredArticleFindsAcrossTableGrowth() {
        Random r = new Random(7);
        NearDuplicates index = new NearDuplicates();
        List<int[]> stored = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            int[] sig = random(r);
            stored.add(sig);
            index.add(1000L + i, sig);
        }
        int found = 0;
        for (int k = 0; k < 300; k++) {
            int of = r.nextInt(stored.size());
            ContentFingerprint near = changed(stored.get(of), 1 + r.nextInt(12), r);
            long expected = bruteForce(stored, near);
            assertThat(index.find(near)).isEqualTo(expected);
            found += expected == 1000L + of ? 1 : 0;
        }
        assertThat(found).isEqualTo(300);
        assertThat(index.find(new ContentFingerprint("h", random(r)))).isEqualTo(-1);
    }

    @Test
    void aSignatureSharingOneBandButLittleElseIsNoNearDuplicate() {
        Random r = new Random(3);
        NearDuplicates index = new NearDuplicates();
        int[] sig = random(r);
        index.add(5, sig);
        int[] other = random(r);
        System.arraycopy(sig, 0, other, 0, 4);   // band 0 the same, 4 of 64 values
        assertThat(index.find(new ContentFingerprint("h", other))).isEqualTo(-1);
        assertThat(index.find(new ContentFingerprint("h", sig.clone()))).isEqualTo(5);
    }
}
