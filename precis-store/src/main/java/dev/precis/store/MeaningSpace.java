package dev.precis.store;

import dev.precis.model.Vectors;
import java.util.IdentityHashMap;
import java.util.Map;

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
     * Calls of {@link #mixMember} after which, under an unchanged mean, members' centred vectors are kept
     * ({@link #unitCentred}): a plan compares one article with at most a hundred or so members, so while
     * articles arrive (the mean moves with each) nothing is kept; consolidation re-plans many articles
     * under one mean and meets each member again and again.
     */
    static final int KEEP_AFTER = 1_000;
    /** Bumped whenever the mean moves ({@link #add}). */
    private int version;
    /** The {@link #version} {@link #unitCentred} and {@link #callsAtVersion} belong to. */
    private int keptVersion = -1;
    private int callsAtVersion;
    /**
     * A member's meaning vector (by identity: an article's vector is never changed once added) to the
     * {@code c[i] * scale} values {@link #mix} forms from it under the current mean, or an empty array when its
     * centred norm is 0.
     */
    private final Map<float[], float[]> unitCentred = new IdentityHashMap<>();

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
        version++;
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
        if (scratch.length < other.length) {
            scratch = new float[other.length];
        }
        float[] c = scratch;
        double norm = 0;
        if (count == 1 && mu != null) {
            for (int i = 0; i < other.length; i++) {
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
        for (int i = 0; i < query.length; i++) {
            dot += query[i] * (c[i] * scale);
        }
        return (1 - w) * lexical + w * Math.max(0, dot);
    }

    /**
     * {@link #mix} of a single member's vector ({@code count} 1), to the same bits; once a mean has served
     * {@link #KEEP_AFTER} calls, the member's centred and scaled values are kept until the mean moves, so
     * consolidation's re-plans and split checks compute each member's once instead of once per comparison.
     * {@code member} must not change after it was first given (an article's vector in the space never does).
     */
    double mixMember(double lexical, float[] query, float[] member) {
        double w = weight;
        if (w <= 0 || query == null || member == null || query.length != member.length) {
            return lexical;
        }
        if (keptVersion != version) {
            keptVersion = version;
            callsAtVersion = 0;
            if (!unitCentred.isEmpty()) {
                unitCentred.clear();
            }
        }
        if (++callsAtVersion <= KEEP_AFTER) {
            return mix(lexical, query, member, 1);
        }
        float[] cs = unitCentred.get(member);
        if (cs == null) {
            cs = centredScaled(member);
            unitCentred.put(member, cs);
        }
        if (cs.length == 0) {
            return (1 - w) * lexical;
        }
        double dot = 0;
        for (int i = 0; i < query.length; i++) {
            dot += query[i] * cs[i];
        }
        return (1 - w) * lexical + w * Math.max(0, dot);
    }

    /**
     * The values {@code c[i] * scale} that {@link #mix} multiplies the query with for one member (count 1), in
     * the same float operations; an empty array when the centred norm is 0 (mix then gives {@code (1 - w) x lexical}).
     */
    private float[] centredScaled(float[] other) {
        float[] mu = meanFor(other.length);
        float[] c = new float[other.length];
        double norm = 0;
        for (int i = 0; i < other.length; i++) {
            // mix's count-1 path subtracts the mean; without a mean (mu null) its other path gives other[i] / 1f - 0,
            // which is other[i] to the bit (a -0 stays -0)
            float d = mu != null ? other[i] - mu[i] : other[i] / 1 - 0;
            c[i] = d;
            norm += d * d;
        }
        if (norm == 0) {
            return new float[0];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i] * scale;
        }
        return c;
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
