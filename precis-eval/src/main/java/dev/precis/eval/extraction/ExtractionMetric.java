package dev.precis.eval.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates {@link ShingleScore}s over pages exactly as the article-extraction-benchmark does:
 * precision is the mean over pages with a non-empty prediction, recall the mean over pages with a
 * non-empty truth (an empty prediction costs recall only), F1 the harmonic mean of the two means,
 * accuracy the share of pages whose token sequence equals the truth's. Not thread-safe.
 */
public final class ExtractionMetric {

    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();
    private int pages;
    private int exact;

    /** Adds one page and returns its score. */
    public ShingleScore add(String truth, String predicted) {
        ShingleScore s = ShingleScore.of(truth, predicted);
        pages++;
        if (s.exact()) {
            exact++;
        }
        if (!ShingleScore.tokens(predicted).isEmpty()) {
            precisions.add(s.precision());
        }
        if (!ShingleScore.tokens(truth).isEmpty()) {
            recalls.add(s.recall());
        }
        return s;
    }

    public double precision() {
        return precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double recall() {
        return recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return pages == 0 ? 0 : (double) exact / pages;
    }

    public int pages() {
        return pages;
    }
}
