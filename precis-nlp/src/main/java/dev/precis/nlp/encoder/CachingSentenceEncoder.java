package dev.precis.nlp.encoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers every text's vector: for training and evaluation, where the same sentences are scored
 * again for every setting tried. Unbounded — not for a server. Thread-safe.
 */
public final class CachingSentenceEncoder implements SentenceEncoder {

    private final SentenceEncoder encoder;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    public CachingSentenceEncoder(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public float[][] encode(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            out[i] = texts.get(i) == null ? null : cache.get(texts.get(i));
            if (out[i] == null && texts.get(i) != null) {
                missing.add(texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = encoder.encode(missing);
            for (int k = 0; k < fresh.length; k++) {
                cache.put(missing.get(k), fresh[k]);
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = texts.get(i) == null ? new float[encoder.dimension()] : cache.get(texts.get(i));
            }
        }
        return out;
    }
}
