package dev.precis.nlp.entity;

import java.util.Arrays;
import java.util.PriorityQueue;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search ({@code BeamSearch.bestSequences} over {@code DefaultNameContextGenerator})
 * re-done over a {@link CompiledNameModel}, with the same results.
 *
 * <p>Why hand-written: OpenNLP rebuilds every feature string of a token once per beam state and looks
 * each one up in the model's HashMap; the name tagger is the product's hot loop and spent most of its
 * time there. Here the features that do not depend on the beam state (all but the last four:
 * {@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}, see {@link NameFeatures#generators}) are
 * hashed and summed once per token ({@link SentenceFeatureSums}); per state only the four previous-outcome rows are added, their
 * hashes built incrementally from the token without making strings, and their rows remembered per word
 * and previous outcome. The features that depend on one word alone are added pre-summed per word and
 * window position, a different order of additions than GISModel's, so probabilities may differ from
 * OpenNLP's in the last bits; the equivalence test checks that the shipped model still tags its
 * documents exactly as OpenNLP does.
 *
 * <p>The search itself keeps OpenNLP's exact procedure so that results, including ties, are the same:
 * a {@link PriorityQueue} of candidates ordered like {@code Sequence.compareTo}, filled in the same
 * order; per state the outcomes scoring at least the beam-size-th best probability are extended if the
 * sequence validator allows them (precomputed from the validator as a previous-outcome × outcome table,
 * which is exact for OpenNLP's name-finder validator: it only reads the last outcome); if no candidate
 * survives, every valid outcome is; scores are sums of {@link StrictMath#log} and must exceed -100000.
 *
 * <p>Not thread-safe: holds per-sentence buffers and the generators' adaptive data; one per tagger.
 */
final class CompiledBeamSearch {

    private static final double ZERO_LOG = -100000;
    private static final int UNSET = -2;
    private static final String[] NO_OUTCOMES = new String[0];

    private final CompiledNameModel model;
    private final int beamSize;
    private final int k;
    private final SentenceFeatureSums features;
    /** valid[prev * k + o]; prev == k means no previous outcome. */
    private final boolean[] valid;
    private final int[] poRows;
    private final int[] ppoRows;
    /** FNV states of "pow=" + po + "," and "powf=" + po + ",", per previous outcome (k = none). */
    private final long[] powPrefix;
    private final long[] powfPrefix;
    private final double[] probs;
    private final double[] sorted;
    /** Per token, the (po, ppo) pairs of the beam evaluated so far: key, probabilities, threshold, logs. */
    private final int[] stateKeys;
    private final double[][] stateProbs;
    private final double[] stateMin;
    private final double[][] stateLogs;
    private double[] staticSums = new double[0];
    /** The opt-in second expert ({@link ContextualNameLayer}); null on the default path. */
    private TokenVectors contextVectors;
    private ContextualNameLayer contextLayer;
    private int[] contextBound;
    private double contextWeight;

    /** One candidate sequence: a backward-linked chain of outcomes. */
    private static final class Node implements Comparable<Node> {
        final Node parent;
        final int outcome;
        final double score;

        Node(Node parent, int outcome, double score) {
            this.parent = parent;
            this.outcome = outcome;
            this.score = score;
        }

        @Override
        public int compareTo(Node other) {
            return Double.compare(other.score, score); // as opennlp.tools.util.Sequence
        }
    }

    CompiledBeamSearch(CompiledNameModel model, int beamSize, Gazetteer gazetteer,
            SequenceValidator<String> validator) {
        this.model = model;
        this.beamSize = beamSize;
        this.k = model.numOutcomes();
        this.features = new SentenceFeatureSums(model, gazetteer);
        this.valid = new boolean[(k + 1) * k];
        this.poRows = new int[k + 1];
        this.ppoRows = new int[k + 1];
        this.powPrefix = new long[k + 1];
        this.powfPrefix = new long[k + 1];
        String[] dummy = {"x", "x"};
        for (int prev = 0; prev <= k; prev++) {
            String name = prev == k ? NameFinderME.OTHER : model.outcome(prev);
            String[] history = prev == k ? NO_OUTCOMES : new String[] {name};
            for (int o = 0; o < k; o++) {
                valid[prev * k + o] = validator.validSequence(history.length, dummy, history, model.outcome(o));
            }
            poRows[prev] = model.row("po=" + name);
            ppoRows[prev] = model.row("ppo=" + name);
            powPrefix[prev] = FeatureHash.add(FeatureHash.start(), "pow=" + name + ",");
            powfPrefix[prev] = FeatureHash.add(FeatureHash.start(), "powf=" + name + ",");
        }
        this.probs = new double[k];
        this.sorted = new double[k];
        this.stateKeys = new int[beamSize];
        this.stateProbs = new double[beamSize][k];
        this.stateMin = new double[beamSize];
        this.stateLogs = new double[beamSize][k];
    }

    /**
     * Adds {@code weight × log p(outcome | contextual vector)} from {@code layer} to every token's
     * state-independent sums: the search then decodes the product of the two models.
     */
    void contextual(TokenVectors vectors, ContextualNameLayer layer, double weight) {
        String[] names = new String[k];
        for (int o = 0; o < k; o++) {
            names[o] = model.outcome(o);
        }
        this.contextVectors = vectors;
        this.contextLayer = layer;
        this.contextBound = layer.bind(names);
        this.contextWeight = weight;
    }

    /** The best outcome sequence for a non-empty sentence, or null when none scores above the floor. */
    String[] bestOutcomes(String[] tokens) {
        int n = tokens.length;
        prepare(tokens);
        PriorityQueue<Node> prev = new PriorityQueue<>(beamSize);
        PriorityQueue<Node> next = new PriorityQueue<>(beamSize);
        prev.add(new Node(null, k, 0.0));
        for (int i = 0; i < n; i++) {
            int sz = Math.min(beamSize, prev.size());
            int states = 0;
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Node top = prev.remove();
                int po = top.outcome;
                int ppo = top.parent == null ? k : top.parent.outcome;
                // the probabilities depend on (token, po, ppo) alone, and sequences of the beam often share
                // their last two outcomes (runs of O): each pair is evaluated once per token
                int key = po * (k + 1) + ppo;
                int e = 0;
                while (e < states && stateKeys[e] != key) {
                    e++;
                }
                double[] p = stateProbs[e];
                double[] logs = stateLogs[e];
                if (e == states) {
                    System.arraycopy(stateProbabilities(tokens, i, po, ppo), 0, p, 0, k);
                    stateMin[e] = nthLargest(p);
                    stateKeys[e] = key;
                    Arrays.fill(logs, Double.NaN);
                    states++;
                }
                double min = stateMin[e];
                for (int o = 0; o < k; o++) {
                    if (p[o] >= min && valid[po * k + o]) {
                        offer(next, top, o, log(p, logs, o));
                    }
                }
                if (next.isEmpty()) {
                    for (int o = 0; o < k; o++) {
                        if (valid[po * k + o]) {
                            offer(next, top, o, log(p, logs, o));
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Node> tmp = prev;
            prev = next;
            next = tmp;
        }
        if (prev.isEmpty()) {
            return null;
        }
        Node best = prev.remove();
        String[] outcomes = new String[n];
        for (int i = n - 1; i >= 0; i--) {
            outcomes[i] = model.outcome(best.outcome);
            best = best.parent;
        }
        return outcomes;
    }

    /**
     * The beam-size-th largest probability counting repeats (all of them when the beam is wider than
     * the outcomes): OpenNLP's {@code sorted[max(0, k - size)]} after sorting a copy, by partial
     * selection instead of a full sort.
     */
    private double nthLargest(double[] p) {
        double[] a = sorted;
        System.arraycopy(p, 0, a, 0, k);
        int r = Math.min(beamSize, k);
        for (int j = 0; j < r; j++) {
            int best = j;
            for (int x = j + 1; x < k; x++) {
                if (a[x] > a[best]) {
                    best = x;
                }
            }
            double swap = a[j];
            a[j] = a[best];
            a[best] = swap;
        }
        return a[r - 1];
    }

    /** {@link StrictMath#log} of p[o], remembered in logs (NaN = not yet). */
    private static double log(double[] p, double[] logs, int o) {
        double l = logs[o];
        if (Double.isNaN(l)) {
            l = StrictMath.log(p[o]);
            logs[o] = l;
        }
        return l;
    }

    private static void offer(PriorityQueue<Node> next, Node top, int outcome, double logProb) {
        Node ns = new Node(top, outcome, top.score + logProb);
        if (ns.score > ZERO_LOG) {
            next.add(ns);
        }
    }

    /** Sums each token's state-independent features once for the sentence. */
    private void prepare(String[] tokens) {
        int n = tokens.length;
        if (staticSums.length < n * k) {
            staticSums = new double[n * k];
        }
        features.sentence(tokens);
        for (int i = 0; i < n; i++) {
            features.sums(tokens, i, probs, staticSums, i * k);
        }
        if (contextLayer != null) {
            contextLayer.addLogScores(contextVectors.vectors(tokens), contextBound, contextWeight, staticSums);
        }
    }

    private double[] stateProbabilities(String[] tokens, int i, int po, int ppo) {
        double[] p = probs;
        System.arraycopy(staticSums, i * k, p, 0, k);
        model.add(poRows[po], p);
        // remembered per word, not per token: they depend on the word and the previous outcome alone
        int[] rows = features.stateRows(i, 2 * (k + 1), UNSET);
        int at = 2 * po;
        if (rows[at] == UNSET) {
            rows[at] = model.rowOfHash(FeatureHash.finish(FeatureHash.add(powPrefix[po], tokens[i])));
            rows[at + 1] = model.rowOfHash(FeatureHash.finish(
                    FeatureHash.add(powfPrefix[po], features.tokenClass(i))));
        }
        model.add(rows[at], p);
        model.add(rows[at + 1], p);
        model.add(ppoRows[ppo], p);
        return model.normalise(p);
    }

    void updateAdaptiveData(String[] tokens, String[] outcomes) {
        features.updateAdaptiveData(tokens, outcomes);
    }

    void clearAdaptiveData() {
        features.clearAdaptiveData();
    }

    /** The state-independent feature hashes of token i of a sentence, in OpenNLP's order (for tests). */
    long[] featureHashes(String[] tokens, int i) {
        features.sentence(tokens);
        return features.hashes(tokens, i);
    }
}
