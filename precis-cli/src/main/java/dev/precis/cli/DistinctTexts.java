package dev.precis.cli;

import dev.precis.store.ContentFingerprint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Accepts a text only when the library would store it as a new article: not the same words as one
 * accepted before, and with an estimated shingle similarity below {@code maxSimilarity} (set under the
 * store's near-duplicate threshold of {@value ContentFingerprint#NEAR_DUPLICATE_SIMILARITY} to leave a
 * margin). Uses the store's own {@link ContentFingerprint} and the same 16 x 4 banding as its
 * near-duplicate index, so every pair the store would compare is compared here too. Not thread-safe.
 */
final class DistinctTexts implements Predicate<String> {

    private static final int BANDS = 16;
    private static final int ROWS = ContentFingerprint.SIZE / BANDS;
    private final double maxSimilarity;
    private final Set<String> hashes = new HashSet<>();
    private final Map<Long, List<int[]>> buckets = new HashMap<>();

    DistinctTexts(double maxSimilarity) {
        this.maxSimilarity = maxSimilarity;
    }

    @Override
    public boolean test(String text) {
        ContentFingerprint fp = ContentFingerprint.of(text);
        if (hashes.contains(fp.contentHash())) {
            return false;
        }
        for (int b = 0; b < BANDS; b++) {
            for (int[] other : buckets.getOrDefault(bandKey(fp.minhash(), b), List.of())) {
                if (fp.similarity(other) >= maxSimilarity) {
                    return false;
                }
            }
        }
        hashes.add(fp.contentHash());
        for (int b = 0; b < BANDS; b++) {
            buckets.computeIfAbsent(bandKey(fp.minhash(), b), k -> new ArrayList<>()).add(fp.minhash());
        }
        return true;
    }

    private static long bandKey(int[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = h * 0x100000001b3L + sig[band * ROWS + r];
        }
        return h;
    }
}
