package dev.precis.eval.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs one extraction system over benchmark pages and scores it with {@link ExtractionMetric},
 * keeping each page's score for the worst-case listing. Not thread-safe.
 */
public final class ExtractionEvaluation {

    /** An extraction system under test: page bytes and URL to body text ("" when it finds none). */
    @FunctionalInterface
    public interface System {
        String extract(AebPage page) throws Exception;
    }

    /** One page's outcome. */
    public record PageResult(String id, String url, ShingleScore score, String error) {
        double f1() {
            double p = score.precision();
            double r = score.recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final String name;
    private final ExtractionMetric metric = new ExtractionMetric();
    private final List<PageResult> results = new ArrayList<>();

    public ExtractionEvaluation(String name) {
        this.name = name;
    }

    /** Scores {@code system} on every page; a failure on one page counts as an empty prediction. */
    public static ExtractionEvaluation run(String name, System system, List<AebPage> pages) {
        ExtractionEvaluation ev = new ExtractionEvaluation(name);
        for (AebPage page : pages) {
            String predicted;
            String error = null;
            try {
                predicted = system.extract(page);
            } catch (Exception | StackOverflowError e) {
                predicted = "";
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            ShingleScore s = ev.metric.add(page.truth(), predicted == null ? "" : predicted);
            ev.results.add(new PageResult(page.id(), page.url(), s, error));
        }
        return ev;
    }

    public String name() {
        return name;
    }

    public ExtractionMetric metric() {
        return metric;
    }

    /** The {@code n} pages with the lowest F1, worst first. */
    public List<PageResult> worst(int n) {
        return results.stream().sorted(Comparator.comparingDouble(PageResult::f1)).limit(n).toList();
    }
}
