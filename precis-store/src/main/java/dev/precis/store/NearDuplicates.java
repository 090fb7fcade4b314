package dev.precis.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a stored article whose MinHash signature is close to a new one, through locality-sensitive
 * hashing: 16 bands of 4 values; articles sharing a band are compared in full. Not thread-safe.
 */
final class NearDuplicates {

    private static final int BANDS = 16;
    private static final int ROWS = ContentFingerprint.SIZE / BANDS;
    private final Map<Long, List<Long>> buckets = new HashMap<>();
    private final Map<Long, int[]> signatures = new HashMap<>();

    void add(long articleId, int[] signature) {
        signatures.put(articleId, signature);
        for (int b = 0; b < BANDS; b++) {
            buckets.computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>()).add(articleId);
        }
    }

    /** The most similar stored article at or above the near-duplicate threshold, or -1. */
    long find(ContentFingerprint fp) {
        Set<Long> seen = new HashSet<>();
        long best = -1;
        double bestSim = ContentFingerprint.NEAR_DUPLICATE_SIMILARITY;
        for (int b = 0; b < BANDS; b++) {
            for (long id : buckets.getOrDefault(bandKey(fp.minhash(), b), List.of())) {
                if (seen.add(id)) {
                    double sim = fp.similarity(signatures.get(id));
                    if (sim >= bestSim) {
                        bestSim = sim;
                        best = id;
                    }
                }
            }
        }
        return best;
    }

    private static long bandKey(int[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = h * 0x100000001b3L + sig[band * ROWS + r];
        }
        return h;
    }
}
