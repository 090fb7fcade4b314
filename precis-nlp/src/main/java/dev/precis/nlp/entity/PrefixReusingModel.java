package dev.precis.nlp.entity;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * Evaluates a GIS maximum-entropy model exactly as {@link GISModel} does, but remembers the summed
 * feature weights of the last context's shared part. Beam search asks for the same token once per beam
 * state; those contexts differ only in their last few features (the previous outcomes), so the weights
 * of everything before them are looked up and added once per token instead of once per state.
 *
 * <p>Hand-written because OpenNLP has no such cache, and the name tagger spends most of its time in
 * these lookups. The results are bit-for-bit those of {@link GISModel#eval(String[], double[])}: the same
 * additions in the same order, {@link StrictMath#exp}, the same normalisation; {@link #wrap} checks this
 * on sample contexts and keeps the original model if it ever differs. Not thread-safe: one per tagger.
 */
final class PrefixReusingModel implements MaxentModel {

    /** Features at the end of a context that depend on the beam state (po, pow, powf, ppo). */
    private static final int STATE_FEATURES = 4;

    private final MaxentModel model;
    private final Map<String, Context> pmap;
    private final int numOutcomes;
    private final double[] prior;
    private final double[] savedSums;
    private String[] savedContext;
    private int savedLength;

    private PrefixReusingModel(MaxentModel model, Map<String, Context> pmap) {
        this.model = model;
        this.pmap = pmap;
        this.numOutcomes = model.getNumOutcomes();
        String[] outcomes = new String[numOutcomes];
        for (int i = 0; i < numOutcomes; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(outcomes, null);
        this.prior = new double[numOutcomes];
        uniform.logPrior(prior, (int[]) null);
        this.savedSums = new double[numOutcomes];
    }

    /**
     * The model behind a cache when it is a plain GIS model whose results the cache reproduces exactly
     * on sample contexts made of the model's own features; otherwise the model itself.
     */
    @SuppressWarnings("unchecked")
    static MaxentModel wrap(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            return model;
        }
        Object pmap = gis.getDataStructures()[1];
        if (!(pmap instanceof Map<?, ?>)) {
            return model;
        }
        PrefixReusingModel fast = new PrefixReusingModel(model, (Map<String, Context>) pmap);
        for (String[] sample : CompiledNameModel.sampleContexts((Map<String, Context>) pmap, 60)) {
            double[] expected = model.eval(sample, new double[fast.numOutcomes]);
            // twice: once computing the shared part, once reusing it
            if (!Arrays.equals(expected, fast.eval(sample, new double[fast.numOutcomes]))
                    || !Arrays.equals(expected, fast.eval(sample.clone(), new double[fast.numOutcomes]))) {
                return model;
            }
        }
        fast.savedContext = null;
        return fast;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[numOutcomes]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return values == null ? eval(context) : model.eval(context, values);
    }

    @Override
    public double[] eval(String[] context, double[] outsums) {
        int n = context.length;
        int from;
        if (savedContext != null && savedLength <= n && samePrefix(context)) {
            System.arraycopy(savedSums, 0, outsums, 0, numOutcomes);
            from = savedLength;
        } else {
            System.arraycopy(prior, 0, outsums, 0, numOutcomes);
            int shared = Math.max(0, n - STATE_FEATURES);
            add(context, 0, shared, outsums);
            System.arraycopy(outsums, 0, savedSums, 0, numOutcomes);
            savedContext = context;
            savedLength = shared;
            from = shared;
        }
        add(context, from, n, outsums);
        return CompiledNameModel.normalise(outsums, numOutcomes);
    }

    private boolean samePrefix(String[] context) {
        for (int i = 0; i < savedLength; i++) {
            if (!context[i].equals(savedContext[i])) {
                return false;
            }
        }
        return true;
    }

    private void add(String[] context, int from, int to, double[] sums) {
        for (int i = from; i < to; i++) {
            Context c = pmap.get(context[i]);
            if (c != null) {
                int[] outcomes = c.getOutcomes();
                double[] parameters = c.getParameters();
                for (int a = 0; a < outcomes.length; a++) {
                    sums[outcomes[a]] += parameters[a] * 1.0;
                }
            }
        }
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return numOutcomes;
    }
}
