package dev.precis.nlp.entity;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS maximum-entropy model flattened for fast evaluation: an open-addressing table from a 64-bit
 * hash of each feature string ({@link FeatureHash}) to a dense row of per-outcome weights (zeros where
 * the model has no parameter). A lookup touches one table slot and one row instead of OpenNLP's
 * HashMap node, key string, {@link Context} and its two arrays, which is where the name tagger spent
 * most of its time (memory-bound pointer chasing).
 *
 * <p>Hand-written because OpenNLP has no such evaluation path and the tagger is the product's hot loop.
 * Results are bit-for-bit those of {@link GISModel#eval(String[], double[])}: the uniform log prior,
 * then for each feature in context order its weights added per outcome, {@link StrictMath#exp} and the
 * same normalisation. Adding the 0.0 of a missing parameter leaves a sum unchanged (at most it turns
 * -0.0 into +0.0, and exp gives 1 for both), so per outcome the sequence of effective additions is
 * GISModel's. {@link #compile} checks this on sample contexts and returns null if it ever differs, or
 * if two of the model's features share a hash. A feature the model does not know could in principle
 * share a 64-bit hash with a known one; with about 10^5 known features that chance is about 10^-14 per
 * lookup, negligible next to anything else in the pipeline.
 *
 * <p>Immutable after construction and thread-safe: one instance is shared by all taggers.
 */
final class CompiledNameModel {

    private final String[] outcomes;
    private final int numOutcomes;
    private final double[] prior;
    /** Slot s: keys[2s] = feature hash, keys[2s+1] = row offset + 1 (0 = empty). */
    private final long[] slots;
    private final int mask;
    private final double[] rows;
    /**
     * One bit per value of the hash's top bits, set for each known feature: a clear bit proves a feature
     * unknown without touching the table (a few hundred kilobytes that stay in cache, where the table
     * is megabytes; most word-pair features of a text are unknown). A set bit proves nothing.
     */
    private final long[] known;
    private final int knownShift;
    private static final int ROW_START = 6;

    private CompiledNameModel(String[] outcomes, double[] prior, long[] slots, double[] rows) {
        this.outcomes = outcomes;
        this.numOutcomes = outcomes.length;
        this.prior = prior;
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.rows = rows;
        // about 8 to 16 bits per known feature: a little under one unknown feature in ten passes the filter
        int features = rows.length / Math.max(1, numOutcomes);
        int bits = Math.max(1 << 12, Integer.highestOneBit(Math.max(1, features)) * 16);
        this.known = new long[bits / 64];
        this.knownShift = 64 - Integer.numberOfTrailingZeros(bits);
        for (int s = 0; s < slots.length; s += 2) {
            if (slots[s + 1] != 0) {
                int b = (int) (slots[s] >>> knownShift);
                known[b >>> 6] |= 1L << b;
            }
        }
    }

    /**
     * The flattened model, or null when the model is not a plain GIS model, its features collide in
     * the hash, or the flattened model does not reproduce its probabilities exactly on samples (the
     * callers then use OpenNLP's generic path).
     */
    @SuppressWarnings("unchecked")
    static CompiledNameModel compile(MaxentModel model) {
        if (!(model instanceof GISModel gis) || !(gis.getDataStructures()[1] instanceof Map<?, ?> raw)) {
            return null;
        }
        Map<String, Context> pmap = (Map<String, Context>) raw;
        int k = model.getNumOutcomes();
        String[] outcomes = new String[k];
        for (int i = 0; i < k; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(outcomes, null);
        double[] prior = new double[k];
        uniform.logPrior(prior, (int[]) null);
        int capacity = Integer.highestOneBit(Math.max(16, pmap.size() * 2 + 1)) * 2;
        long[] slots = new long[capacity * 2];
        // Rows of 8 doubles for up to 8 outcomes, starting 6 doubles in: when the array's data begins
        // 16 bytes past a 64-byte boundary (large arrays start a G1 region), each row is one cache line.
        int stride = k <= 8 ? 8 : k;
        double[] rows = new double[ROW_START + pmap.size() * stride];
        int row = ROW_START;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            long h = FeatureHash.of(e.getKey());
            int s = FeatureHash.slot(h, capacity - 1);
            while (slots[2 * s + 1] != 0) {
                if (slots[2 * s] == h) {
                    return null; // two known features share a hash: not safe to flatten
                }
                s = (s + 1) & (capacity - 1);
            }
            slots[2 * s] = h;
            slots[2 * s + 1] = row + 1L;
            int[] outs = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            for (int a = 0; a < outs.length; a++) {
                rows[row + outs[a]] += params[a] * 1.0;
            }
            row += stride;
        }
        CompiledNameModel compiled = new CompiledNameModel(outcomes, prior, slots, rows);
        return compiled.reproduces(model, pmap) ? compiled : null;
    }

    /**
     * Contexts for checking a faster evaluation against the model itself: empty, unknown, a few, up to
     * {@code limit} and half of the model's own features.
     */
    static String[][] sampleContexts(Map<String, Context> pmap, int limit) {
        String[] features = pmap.keySet().stream().limit(limit).toArray(String[]::new);
        return new String[][] {
            {},
            {"no such feature"},
            Arrays.copyOfRange(features, 0, Math.min(3, features.length)),
            features,
            Arrays.copyOfRange(features, features.length / 2, features.length),
        };
    }

    private boolean reproduces(MaxentModel model, Map<String, Context> pmap) {
        for (String[] sample : sampleContexts(pmap, 200)) {
            double[] expected = model.eval(sample, new double[numOutcomes]);
            double[] sums = startSums(new double[numOutcomes]);
            for (String f : sample) {
                add(row(f), sums);
            }
            if (!Arrays.equals(expected, normalise(sums))) {
                return false;
            }
        }
        return true;
    }

    int numOutcomes() {
        return numOutcomes;
    }

    String outcome(int i) {
        return outcomes[i];
    }

    /** The row offset of a feature, or -1 when the model does not know it. */
    int row(String feature) {
        return rowOfHash(FeatureHash.of(feature));
    }

    /** The row offset of a feature given its {@link FeatureHash}, or -1 when unknown. */
    int rowOfHash(long h) {
        int b = (int) (h >>> knownShift);
        if ((known[b >>> 6] & (1L << b)) == 0) {
            return -1;
        }
        int s = FeatureHash.slot(h, mask);
        long[] t = slots;
        while (true) {
            long r = t[2 * s + 1];
            if (r == 0) {
                return -1;
            }
            if (t[2 * s] == h) {
                return (int) (r - 1);
            }
            s = (s + 1) & mask;
        }
    }

    /** Copies the log prior into {@code sums}, the start of every evaluation. */
    double[] startSums(double[] sums) {
        System.arraycopy(prior, 0, sums, 0, numOutcomes);
        return sums;
    }

    /** Adds one feature's weights (row from {@link #row}; -1 adds nothing). */
    void add(int row, double[] sums) {
        if (row < 0) {
            return;
        }
        double[] r = rows;
        for (int o = 0; o < numOutcomes; o++) {
            sums[o] += r[row + o];
        }
    }

    /** Turns summed weights into probabilities in place, exactly as GISModel does. */
    double[] normalise(double[] sums) {
        return normalise(sums, numOutcomes);
    }

    /** GISModel's normalisation of the first {@code n} summed weights, in place: the same operations in the same order. */
    static double[] normalise(double[] sums, int n) {
        double normal = 0.0;
        for (int o = 0; o < n; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < n; o++) {
            sums[o] /= normal;
        }
        return sums;
    }
}
