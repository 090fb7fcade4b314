package dev.precis.summarize;

import dev.precis.nlp.encoder.SentenceEncoder;
import dev.precis.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Learns a {@link SummaryModel} from articles whose good summary sentences are known: L2-regularised
 * logistic regression, by full-batch gradient descent, on a per-sentence target in [0, 1] (1 for a
 * sentence of the extractive oracle, or a soft ROUGE gain). Written by hand because the model is a few
 * dozen weights and a general ML library would be most of the product's size. Deterministic for the
 * same input.
 *
 * <pre>{@code
 * SummaryModel m = new SummaryModelTrainer().train(articles, article -> oracleTargets(article), 0.5);
 * }</pre>
 */
public final class SummaryModelTrainer {

    private static final int ITERATIONS = 3000;
    private static final double LEARNING_RATE = 1.0;
    private static final double L2 = 1e-4;

    private final java.util.Set<String> optional;

    /** A trainer that leaves the {@linkplain SentenceFeatures#OPTIONAL optional} features at weight 0 (as the shipped model). */
    public SummaryModelTrainer() {
        this(false);
    }

    /**
     * A trainer that, with {@code kinds}, also fits the three {@link SentenceKinds} {@linkplain SentenceFeatures#OPTIONAL optional}
     * features ({@link SentenceKinds}); without, they stay at weight 0 and the fit is the same as before
     * they existed.
     */
    public SummaryModelTrainer(boolean kinds) {
        this(kinds ? List.of("background", "quoteOnly", "unresolvedPronoun") : List.of());
    }

    /**
     * A trainer that fits these {@linkplain SentenceFeatures#OPTIONAL optional} features (for example the
     * {@link LeadSignals}) beside the others; the optional features not named stay at weight 0.
     *
     * @throws IllegalArgumentException when a name is not an optional feature
     */
    public SummaryModelTrainer(java.util.Collection<String> optional) {
        for (String name : optional) {
            if (!SentenceFeatures.OPTIONAL.contains(name)) {
                throw new IllegalArgumentException("not an optional summary feature: " + name);
            }
        }
        this.optional = java.util.Set.copyOf(optional);
    }

    /** The names of the {@link LeadSignals} features, to fit them with {@link #SummaryModelTrainer(java.util.Collection)}. */
    public static List<String> leadSignals() {
        return LeadSignals.NAMES;
    }

    /**
     * Trains on the articles; {@code targets} gives, for an article, one target in [0, 1] per
     * sentence (index = sentence index).
     */
    public SummaryModel train(List<AnalyzedArticle> articles, Function<AnalyzedArticle, double[]> targets,
                              double redundancy) {
        return train(articles, targets, redundancy, null);
    }

    /**
     * As {@link #train(List, Function, double)}, with the semantic features from {@code encoder} (null:
     * those features stay 0 and so do their weights).
     */
    public SummaryModel train(List<AnalyzedArticle> articles, Function<AnalyzedArticle, double[]> targets,
                              double redundancy, SentenceEncoder encoder) {
        List<double[]> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            SentenceProfile p = new SentenceProfile(a);
            int n = Math.min(p.size(), PositionCentralitySummarizer.MAX_CANDIDATES);
            double[][] f = SentenceFeatures.compute(p, a.article().title(), n,
                    encoder == null ? null : PositionCentralitySummarizer.vectors(encoder, p, n));
            double[] y = targets.apply(a);
            for (int i = 0; i < n; i++) {
                rows.add(f[i]);
                labels.add(i < y.length ? y[i] : 0);
            }
        }
        int dims = SentenceFeatures.NAMES.size();
        double[][] x = rows.toArray(new double[0][]);
        double[] target = labels.stream().mapToDouble(Double::doubleValue).toArray();
        int[] fitted = java.util.stream.IntStream.range(0, dims)
                .filter(k -> !SentenceFeatures.OPTIONAL.contains(SentenceFeatures.NAMES.get(k))
                        || optional.contains(SentenceFeatures.NAMES.get(k))).toArray();
        double[] w = new double[dims];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[dims];
            for (int r = 0; r < x.length; r++) {
                double z = 0;
                for (int k : fitted) {
                    z += w[k] * x[r][k];
                }
                double error = 1 / (1 + Math.exp(-z)) - target[r];
                for (int k : fitted) {
                    gradient[k] += error * x[r][k];
                }
            }
            for (int k : fitted) {
                w[k] -= LEARNING_RATE * (gradient[k] / Math.max(1, x.length) + L2 * w[k]);
            }
        }
        return new SummaryModel(w, redundancy);
    }
}
