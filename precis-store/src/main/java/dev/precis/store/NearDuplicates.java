package dev.precis.store;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds a stored article whose MinHash signature is close to a new one, through locality-sensitive
 * hashing: 16 bands of 4 values; articles sharing a band are compared in full. Not thread-safe.
 *
 * <p>Held in primitive arrays because it holds every article of the library: the signatures one after
 * another in one {@code int[]}, and per band value a chain of the articles that have it (an open-addressing
 * table from band key to the chain's first and last link, and one "next" link per article and band), about
 * 1 KB an article where boxed maps of lists took about 3 KB. Chains keep the order articles were added
 * in, so ties are decided as they always were. Hand-written: no primitive-collections library is a
 * dependency, and this is three arrays.
 */
final class NearDuplicates {

    private static final int BANDS = 16;
    private static final int ROWS = ContentFingerprint.SIZE / BANDS;
    private static final int SIZE = ContentFingerprint.SIZE;

    /** Article ids by position. */
    private long[] ids = new long[64];
    /** Signatures by position, {@link #SIZE} values each. */
    private int[] signatures = new int[64 * SIZE];
    /** Per link (position x BANDS + band): the next link with the same band key, or -1. */
    private int[] next = new int[64 * BANDS];
    private int count;

    /** Band keys (open addressing, linear probing) with each chain's first and last link; -1 = empty slot. */
    private long[] keys = new long[1024];
    private int[] first = filled(1024);
    private int[] last = new int[1024];
    private int used;

    void add(long articleId, int[] signature) {
        if (count == ids.length) {
            int n = count * 2;
            ids = Arrays.copyOf(ids, n);
            signatures = Arrays.copyOf(signatures, n * SIZE);
            next = Arrays.copyOf(next, n * BANDS);
        }
        int pos = count++;
        ids[pos] = articleId;
        System.arraycopy(signature, 0, signatures, pos * SIZE, SIZE);
        for (int b = 0; b < BANDS; b++) {
            int link = pos * BANDS + b;
            next[link] = -1;
            long key = bandKey(signature, b);
            int slot = slot(key);
            if (first[slot] < 0) {
                keys[slot] = key;
                first[slot] = link;
                last[slot] = link;
                if (++used * 2 > keys.length) {
                    grow();
                }
            } else {
                next[last[slot]] = link;
                last[slot] = link;
            }
        }
    }

    /** The most similar stored article at or above the near-duplicate threshold, or -1. */
    long find(ContentFingerprint fp) {
        Set<Integer> seen = new HashSet<>();
        int[] sig = fp.minhash();
        long best = -1;
        double bestSim = ContentFingerprint.NEAR_DUPLICATE_SIMILARITY;
        for (int b = 0; b < BANDS; b++) {
            int slot = slot(bandKey(sig, b));
            for (int link = first[slot]; link >= 0; link = next[link]) {
                int pos = link / BANDS;
                if (seen.add(pos)) {
                    double sim = similarity(sig, pos);
                    if (sim >= bestSim) {
                        bestSim = sim;
                        best = ids[pos];
                    }
                }
            }
        }
        return best;
    }

    /** As {@link ContentFingerprint#similarity}: the share of equal values. */
    private double similarity(int[] sig, int pos) {
        int same = 0;
        int at = pos * SIZE;
        for (int i = 0; i < SIZE; i++) {
            if (sig[i] == signatures[at + i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (first[i] >= 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldFirst = first;
        int[] oldLast = last;
        keys = new long[oldKeys.length * 2];
        first = filled(keys.length);
        last = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldFirst[i] >= 0) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                first[s] = oldFirst[i];
                last[s] = oldLast[i];
            }
        }
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    private static long bandKey(int[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = h * 0x100000001b3L + sig[band * ROWS + r];
        }
        return h;
    }
}
