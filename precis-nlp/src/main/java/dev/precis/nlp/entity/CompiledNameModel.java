package dev.precis.nlp.entity;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS maximum-entropy model flattened for fast evaluation: an open-addressing table from a 64-bit
 * hash of each feature string ({@link FeatureHash}) to the feature's parameters, stored in the slot
 * itself for the usual one or two. A lookup usually touches one cache line instead of OpenNLP's
 * HashMap node, key string, {@link Context} and its two arrays, which is where the name tagger spent
 * most of its time (memory-bound pointer chasing).
 *
 * <p>Hand-written because OpenNLP has no such evaluation path and the tagger is the product's hot loop.
 * Results are bit-for-bit those of {@link GISModel#eval(String[], double[])}: the uniform log prior,
 * then for each feature in context order its parameters added to their outcomes' sums (the same
 * additions in the same order per outcome), {@link StrictMath#exp} and the same normalisation. {@link #compile} checks this on sample contexts and returns null if it ever differs, or
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
    /**
     * Four longs per slot: feature hash; meta (0 = empty slot; else parameter count in bits 0-7, the
     * first two outcomes in bits 8-15 and 16-23, the offset of further parameters in {@link #moreParams}
     * from bit 24); the first two parameters as raw double bits. Most features have one or two
     * parameters, so a lookup and its weights usually share one cache line.
     */
    private final long[] slots;
    private final int mask;
    private final double[] moreParams;
    private final int[] moreOutcomes;

    private CompiledNameModel(String[] outcomes, double[] prior, long[] slots, double[] moreParams,
            int[] moreOutcomes) {
        this.outcomes = outcomes;
        this.numOutcomes = outcomes.length;
        this.prior = prior;
        this.slots = slots;
        this.mask = slots.length / 4 - 1;
        this.moreParams = moreParams;
        this.moreOutcomes = moreOutcomes;
    }

    /**
     * The flattened model, or null when the model is not a plain GIS model, has more than 255 outcomes,
     * its features collide in the hash, or the flattened model does not reproduce its probabilities
     * exactly on samples (the callers then use OpenNLP's generic path).
     */
    @SuppressWarnings("unchecked")
    static CompiledNameModel compile(MaxentModel model) {
        if (!(model instanceof GISModel gis) || !(gis.getDataStructures()[1] instanceof Map<?, ?> raw)
                || model.getNumOutcomes() > 255) {
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
        long[] slots = new long[capacity * 4];
        int more = 0;
        for (Context c : pmap.values()) {
            more += Math.max(0, c.getOutcomes().length - 2);
        }
        double[] moreParams = new double[more];
        int[] moreOutcomes = new int[more];
        int next = 0;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            long h = FeatureHash.of(e.getKey());
            int s = FeatureHash.slot(h, capacity - 1);
            while (slots[4 * s + 1] != 0) {
                if (slots[4 * s] == h) {
                    return null; // two known features share a hash: not safe to flatten
                }
                s = (s + 1) & (capacity - 1);
            }
            int[] outs = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            long meta = outs.length | ((long) next << 24);
            for (int a = 0; a < outs.length; a++) {
                if (a < 2) {
                    meta |= (long) outs[a] << (8 + 8 * a);
                    slots[4 * s + 2 + a] = Double.doubleToRawLongBits(params[a]);
                } else {
                    moreOutcomes[next] = outs[a];
                    moreParams[next++] = params[a];
                }
            }
            slots[4 * s] = h;
            slots[4 * s + 1] = outs.length == 0 ? 1L << 63 : meta; // never 0: the slot is taken
        }
        CompiledNameModel compiled = new CompiledNameModel(outcomes, prior, slots, moreParams, moreOutcomes);
        return compiled.reproduces(model, pmap) ? compiled : null;
    }

    private boolean reproduces(MaxentModel model, Map<String, Context> pmap) {
        String[] features = pmap.keySet().stream().limit(200).toArray(String[]::new);
        String[][] samples = {
            {},
            {"no such feature"},
            Arrays.copyOfRange(features, 0, Math.min(3, features.length)),
            features,
            Arrays.copyOfRange(features, features.length / 2, features.length),
        };
        for (String[] sample : samples) {
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

    /** The row (slot) of a feature given its {@link FeatureHash}, or -1 when unknown. */
    int rowOfHash(long h) {
        int s = FeatureHash.slot(h, mask);
        long[] t = slots;
        while (true) {
            if (t[4 * s + 1] == 0) {
                return -1;
            }
            if (t[4 * s] == h) {
                return s;
            }
            s = (s + 1) & mask;
        }
    }

    /** Copies the log prior into {@code sums}, the start of every evaluation. */
    double[] startSums(double[] sums) {
        System.arraycopy(prior, 0, sums, 0, numOutcomes);
        return sums;
    }

    /**
     * Adds one feature's weights (row from {@link #row}; -1 adds nothing): each parameter to its
     * outcome's sum, as GISModel does ({@code parameter * 1.0} is the parameter itself).
     */
    void add(int row, double[] sums) {
        if (row < 0) {
            return;
        }
        long[] t = slots;
        long meta = t[4 * row + 1];
        int count = (int) (meta & 0xff);
        if (count == 0) {
            return;
        }
        sums[(int) (meta >>> 8) & 0xff] += Double.longBitsToDouble(t[4 * row + 2]);
        if (count > 1) {
            sums[(int) (meta >>> 16) & 0xff] += Double.longBitsToDouble(t[4 * row + 3]);
            int at = (int) (meta >>> 24);
            for (int a = 2; a < count; a++, at++) {
                sums[moreOutcomes[at]] += moreParams[at];
            }
        }
    }

    /** Turns summed weights into probabilities in place, exactly as GISModel does. */
    double[] normalise(double[] sums) {
        double normal = 0.0;
        for (int o = 0; o < numOutcomes; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < numOutcomes; o++) {
            sums[o] /= normal;
        }
        return sums;
    }
}
