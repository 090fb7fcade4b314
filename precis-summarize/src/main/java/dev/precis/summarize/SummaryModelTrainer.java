package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Learns a {@link SummaryModel} from articles whose summary sentences are known: L2-regularised
 * logistic regression, by full-batch gradient descent, on "is this sentence in the reference?".
 * Written by hand because the model is a dozen weights and a general ML library would be most of
 * the product's size. Deterministic for the same input.
 *
 * <pre>{@code
 * SummaryModel m = new SummaryModelTrainer().train(articles, (article, sentence) -> reference.contains(sentence));
 * }</pre>
 */
public final class SummaryModelTrainer {

    private static final int ITERATIONS = 2000;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-4;

    /**
     * Trains on the articles; {@code inSummary} says whether a sentence's text belongs to the
     * article's reference summary.
     */
    public SummaryModel train(List<AnalyzedArticle> articles, BiPredicate<AnalyzedArticle, String> inSummary,
                              double redundancy) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            SentenceProfile p = new SentenceProfile(a);
            int n = Math.min(p.size(), PositionCentralitySummarizer.MAX_CANDIDATES);
            double[][] f = SentenceFeatures.compute(p, a.article().title(), n);
            for (int i = 0; i < n; i++) {
                rows.add(f[i]);
                labels.add(inSummary.test(a, p.sentences.get(i).text(p.text)));
            }
        }
        int dims = SentenceFeatures.NAMES.size();
        double[] w = new double[dims];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[dims];
            for (int r = 0; r < rows.size(); r++) {
                double[] x = rows.get(r);
                double z = 0;
                for (int k = 0; k < dims; k++) {
                    z += w[k] * x[k];
                }
                double error = 1 / (1 + Math.exp(-z)) - (labels.get(r) ? 1 : 0);
                for (int k = 0; k < dims; k++) {
                    gradient[k] += error * x[k];
                }
            }
            for (int k = 0; k < dims; k++) {
                w[k] -= LEARNING_RATE * (gradient[k] / Math.max(1, rows.size()) + L2 * w[k]);
            }
        }
        return new SummaryModel(w, redundancy);
    }
}
