package dev.precis.eval.summaries;

import dev.precis.model.AnalyzedArticle;
import dev.precis.summarize.PositionCentralitySummarizer;
import dev.precis.summarize.SummaryWeights;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses {@link SummaryWeights} by grid search on a set of cases: the objective is the mean of
 * ROUGE-1 and ROUGE-2 F1 at three sentences and at the reference length (the two settings the
 * project reports). Run it on the tuning half only and report the other half.
 */
public final class SummaryTuner {

    private final SummaryEvaluation evaluation;

    public SummaryTuner(SummaryEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** A tried weight setting and its objective. */
    public record Trial(SummaryWeights weights, double objective) {
    }

    /** Every setting of the grid with its objective, best first. */
    public List<Trial> search(List<SummaryCase> cases) {
        List<AnalyzedArticle> analyzed = evaluation.prepare(cases);
        List<Trial> trials = new ArrayList<>();
        for (double decay : new double[] {0.5, 1.0, 2.0}) {
            for (double centrality : new double[] {0.25, 0.5, 1.0}) {
                for (double title : new double[] {0.0, 0.3, 0.6}) {
                    for (double length : new double[] {0.0, 0.2}) {
                        for (double redundancy : new double[] {0.3, 0.6}) {
                            SummaryWeights w = new SummaryWeights(decay, 1.0, centrality, title, length,
                                    redundancy, 0.5, 0.5);
                            PositionCentralitySummarizer s = new PositionCentralitySummarizer(w);
                            RougeMeans three = evaluation.score(cases, analyzed, s, SummaryEvaluation.sentences(3));
                            RougeMeans ref = evaluation.score(cases, analyzed, s, evaluation.referenceLength());
                            double objective = (three.rouge1() + three.rouge2() + ref.rouge1() + ref.rouge2()) / 4;
                            trials.add(new Trial(w, objective));
                        }
                    }
                }
            }
        }
        trials.sort((a, b) -> Double.compare(b.objective(), a.objective()));
        return trials;
    }
}
