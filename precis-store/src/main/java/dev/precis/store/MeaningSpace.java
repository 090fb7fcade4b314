package dev.precis.store;

import dev.precis.model.Vectors;

/**
 * The meaning side of a {@link TopicSpace}: the sum of every article's meaning vector (the library's mean,
 * which comparisons centre on) and the mix of a meaning cosine into a words-and-names similarity. Not
 * thread-safe: the topic space calls it under the library's write lock.
 */
final class MeaningSpace {

    /** Pseudo-articles in the library's mean meaning vector (see {@link #centred}). */
    static final int MEAN_PRIOR = 20;

    /** {@link StoryParams#meaningWeight()}: the share of the meaning cosine in a similarity. */
    private final double weight;
    /** Sum ({@code total}) and number ({@code summed}) of every article's meaning vector. */
    private float[] total = new float[0];
    private int summed;
    /** {@code total[i] / (summed + MEAN_PRIOR)}, as {@link #centred} computes it; null when stale. */
    private float[] mean;
    /** The centred meaning vector of the member or story being compared ({@link #mix}'s scratch). */
    private float[] scratch = new float[0];
    /**
     * While {@link #holdCentred held} (story consolidation: no article is added, so the mean stays): each single
     * article's centred vector at unit length as {@link #mix} computes it ({@code c[i] * scale}, the same floats), by
     * the identity of its meaning array; an empty array for a vector on the mean. A lone article's replan and the merge
     * and split checks compare each stored article with many others, and {@link #mix} centred it again every time.
     * Null while not held.
     */
    private java.util.IdentityHashMap<float[], float[]> held;
    /** The mean {@link #held}'s vectors were centred on (they are dropped when it changes). */
    private float[] heldMean;
    /** Floats {@link #held} keeps at most (beyond them a vector is centred as when not held). */
    static final int HELD_FLOATS = 8 << 20;
    private long heldFloats;

    MeaningSpace(double weight) {
        this.weight = weight;
    }

    /**
     * Adds an article's meaning vector to the library's sum; returns it, or null when it is missing or not
     * {@link #comparable} (the article is then compared by words and names alone).
     */
    float[] add(float[] v) {
        if (!comparable(v)) {
            return null;
        }
        if (total.length != v.length) {
            total = new float[v.length];
        }
        for (int i = 0; i < v.length; i++) {
            total[i] += v[i];
        }
        summed++;
        mean = null;
        return v;
    }

    /**
     * The words-and-names similarity mixed, by {@link StoryParams#meaningWeight()}, with the cosine of
     * two meaning vectors centred on the library's mean vector ({@code query} already centred;
     * {@code other} the sum of {@code count} vectors). Centring removes what every article of the
     * library shares: in a library of one desk's politics, any two articles are close in meaning, and
     * only what sets an article apart from the rest tells its event (the dense counterpart of idf;
     * Mu and Viswanath, "All-but-the-top", 2018). Unchanged when either vector is missing.
     */
    double mix(double lexical, float[] query, float[] other, int count) {
        double w = weight;
        if (w <= 0 || query == null || other == null || count == 0 || query.length != other.length) {
            return lexical;
        }
        // both centred vectors have unit length (or are zero): the cosine is their dot product. This is
        // query . centred(other, count), computed in the same float operations (so to the same bits) without
        // building the centred vector: it runs for every candidate of every article added, the hottest loop
        // of a bulk load (ingest --analyzed).
        // The centred values are computed once into a scratch array (they were computed twice), and a single
        // member's (count 1) without the division, which changes no bit: x / 1f is x.
        float[] mu = meanFor(other.length);
        if (count == 1 && mu != null && held != null) {
            float[] unit = heldCentred(other, mu);
            if (unit != null) {
                if (unit.length == 0) {
                    return (1 - w) * lexical;
                }
                // the same products in the same order as below: c[i] * scale was computed, and kept, as a float
                double dot = 0;
                int n = query.length;
                int i = 0;
                for (; i + 3 < n; i += 4) { // four a turn, added one by one in position order (the same bits)
                    dot += query[i] * unit[i];
                    dot += query[i + 1] * unit[i + 1];
                    dot += query[i + 2] * unit[i + 2];
                    dot += query[i + 3] * unit[i + 3];
                }
                for (; i < n; i++) {
                    dot += query[i] * unit[i];
                }
                return (1 - w) * lexical + w * Math.max(0, dot);
            }
        }
        if (scratch.length < other.length) {
            scratch = new float[other.length];
        }
        float[] c = scratch;
        double norm = 0;
        int n = other.length;
        if (count == 1 && mu != null) {
            // four positions a turn, their squares added one by one in position order: the same float operations
            // in the same order as one a turn (so the same bits), with a quarter of the quick compiler's loop tests
            int i = 0;
            for (; i + 3 < n; i += 4) {
                float d0 = other[i] - mu[i];
                float d1 = other[i + 1] - mu[i + 1];
                float d2 = other[i + 2] - mu[i + 2];
                float d3 = other[i + 3] - mu[i + 3];
                c[i] = d0;
                c[i + 1] = d1;
                c[i + 2] = d2;
                c[i + 3] = d3;
                norm += d0 * d0;
                norm += d1 * d1;
                norm += d2 * d2;
                norm += d3 * d3;
            }
            for (; i < n; i++) {
                float d = other[i] - mu[i];
                c[i] = d;
                norm += d * d;
            }
        } else {
            for (int i = 0; i < other.length; i++) {
                float d = other[i] / count - (mu == null ? 0 : mu[i]);
                c[i] = d;
                norm += d * d;
            }
        }
        if (norm == 0) {
            return (1 - w) * lexical;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        double dot = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) { // as above: the products added one by one, in position order
            dot += query[i] * (c[i] * scale);
            dot += query[i + 1] * (c[i + 1] * scale);
            dot += query[i + 2] * (c[i + 2] * scale);
            dot += query[i + 3] * (c[i + 3] * scale);
        }
        for (; i < n; i++) {
            dot += query[i] * (c[i] * scale);
        }
        return (1 - w) * lexical + w * Math.max(0, dot);
    }

    /**
     * Keeps each single article's centred vector from one {@link #mix} to the next ({@code on}), or forgets them. For a
     * stretch of comparisons in which no article is added (story consolidation); answers are the same either way.
     */
    void holdCentred(boolean on) {
        held = on ? new java.util.IdentityHashMap<>() : null;
        heldMean = null;
        heldFloats = 0;
    }

    /**
     * {@code other} (one article's vector) centred on {@code mu} at unit length, each element {@code c[i] * scale} as
     * {@link #mix} computes it; an empty array when it lies on the mean; null when there is no room to keep it.
     */
    private float[] heldCentred(float[] other, float[] mu) {
        if (heldMean != mu) {
            held.clear();
            heldFloats = 0;
            heldMean = mu;
        }
        float[] unit = held.get(other);
        if (unit != null || heldFloats + other.length > HELD_FLOATS) {
            return unit;
        }
        float[] c = new float[other.length];
        double norm = 0;
        for (int i = 0; i < other.length; i++) {
            float d = other[i] - mu[i];
            c[i] = d;
            norm += d * d;
        }
        if (norm == 0) {
            unit = new float[0];
        } else {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i] * scale;
            }
            unit = c;
        }
        held.put(other, unit);
        heldFloats += other.length;
        return unit;
    }

    /** The library's mean meaning vector as {@link #centred} subtracts it, or null when its length is not {@code length}. */
    private float[] meanFor(int length) {
        if (total.length != length) {
            return null;
        }
        if (mean == null) {
            float[] m = new float[length];
            for (int i = 0; i < length; i++) {
                m[i] = total[i] / (summed + MEAN_PRIOR);
            }
            mean = m;
        }
        return mean;
    }

    /**
     * Whether {@code v} is a meaning vector this library can compare: present, and as long as the ones
     * it already holds (a vector of another length is another encoder's, from an analysed line made
     * elsewhere, and compares with nothing).
     */
    boolean comparable(float[] v) {
        return v != null && (summed == 0 || v.length == total.length);
    }

    /**
     * {@code sum / count} minus the library's mean meaning vector, at unit length. The mean is shrunk
     * towards zero as if {@value #MEAN_PRIOR} more articles had no vector: a library of a handful of
     * articles cannot tell what all its articles share from what its only story is about (centred on
     * their exact mean, two reports of one event point in opposite directions). (null when
     * {@code sum} is null or the weight is 0).
     */
    float[] centred(float[] sum, int count) {
        if (sum == null || weight <= 0 || count == 0) {
            return null;
        }
        float[] out = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = sum[i] / count - (total.length != sum.length ? 0 : total[i] / (summed + MEAN_PRIOR));
        }
        return Vectors.unitLength(out);
    }
}
