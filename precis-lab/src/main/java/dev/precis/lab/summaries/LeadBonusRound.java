package dev.precis.lab.summaries;

import static dev.precis.lab.summaries.PairedFigures.and;
import static dev.precis.lab.summaries.PairedFigures.diff;
import static dev.precis.lab.summaries.PairedFigures.mean;

import dev.precis.eval.summaries.SummaryCase;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.summarize.LongArticleGate;
import dev.precis.summarize.PositionCentralitySummarizer;
import dev.precis.summarize.SummaryModel;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * {@link LeadBonusCheck}'s proportional round: instead of a hard fallback above a threshold, every article's
 * free model gets a lead bonus in proportion to the classifier's probability that Lead-3 beats it, on the
 * lead weight (sum33) or on the fallback margin (sum34).
 */
final class LeadBonusRound {

    private LeadBonusRound() {
    }

    /**
     * The proportional lead bonus: each article's free model with {@code c × p} added to its lead weight
     * (and to the long-article gate's), or with {@code onMargin} to its fallback margin (and the gate's),
     * {@code p} the article's cross-fitted probability that Lead-3 beats the free model; {@code c} chosen on
     * the fitting articles as the threshold is (best fitting mean R-1 among those whose fitting proxy loss is
     * within 0.05, else the least loss).
     */
    static void run(double[] bonuses, boolean onMargin, double[] p, SummaryModel[] byArticle, List<SummaryCase> all,
            List<AnalyzedArticle> analyzed, double[][] shipped, double[][] leadR, boolean[] strong, boolean[] isFit,
            boolean[] isSelect, String name) {
        boolean[] fitStrong = and(strong, isFit);
        double bestObjective = Double.NEGATIVE_INFINITY;
        double leastLoss = Double.NEGATIVE_INFINITY;
        double[][] best = null;
        double[][] leastLossR = null;
        double bestC = Double.NaN;
        double leastLossC = Double.NaN;
        for (double c : bonuses) {
            double[][] r = new double[2][p.length];
            IntStream.range(0, p.length).parallel().forEach(i -> {
                PositionCentralitySummarizer s = new PositionCentralitySummarizer(
                        onMargin ? withMarginBonus(byArticle[i], c * p[i]) : withLeadBonus(byArticle[i], c * p[i]));
                r[0][i] = LeadBonusCheck.rouge1(all.get(i), analyzed.get(i), s.summarize(analyzed.get(i), SummaryLength.sentences(3)));
                r[1][i] = LeadBonusCheck.rouge1(all.get(i), analyzed.get(i), s.summarize(analyzed.get(i), SummaryLength.words(75)));
            });
            double objective = (mean(r[0], isFit) + mean(r[1], isFit)) / 2;
            double loss = Math.min(diff(r[0], shipped[0], fitStrong), diff(r[1], shipped[1], fitStrong));
            System.out.printf(Locale.ROOT, "     %s bonus c %.1f: fitting R-1 mean (@3, @75w) %.3f, fitting proxy dR-1 @3 %+.3f @75w %+.3f%n",
                    onMargin ? "margin" : "lead", c, objective, diff(r[0], shipped[0], fitStrong), diff(r[1], shipped[1], fitStrong));
            if (loss >= -0.05 && objective > bestObjective) {
                bestObjective = objective;
                best = r;
                bestC = c;
            }
            if (loss > leastLoss) {
                leastLoss = loss;
                leastLossR = r;
                leastLossC = c;
            }
        }
        if (bonuses.length > 0) {
            System.out.printf(Locale.ROOT, "  -- %s bonus c × p, c %.1f (chosen on fitting)%n", onMargin ? "margin" : "lead", best == null ? leastLossC : bestC);
            LeadBonusCheck.report(name + (onMargin ? "+marginBonus" : "+bonus"), best == null ? leastLossR : best, shipped, leadR, strong, isFit, isSelect);
        }
    }

    /** {@code m} with {@code bonus} added to its lead weight and to its long-article gate's lead weight. */
    static SummaryModel withLeadBonus(SummaryModel m, double bonus) {
        double[] w = m.weights();
        w[SummaryModel.featureNames().indexOf("lead")] += bonus;
        LongArticleGate g = m.longArticles();
        LongArticleGate gate = g.active() ? new LongArticleGate(
                g.fromSentences(), g.lead() + bonus, g.leadMargin(), g.minSpread(), g.teaserFrom(), g.redundancy()) : g;
        return new SummaryModel(w, m.redundancy(), m.fill(), m.leadMargin(), gate, m.leadSignal(), m.longWeights(),
                m.secondHold(), m.trees(), m.wordCost());
    }

    /** {@code m} with {@code bonus} added to its fallback margin and to its long-article gate's margin. */
    static SummaryModel withMarginBonus(SummaryModel m, double bonus) {
        LongArticleGate g = m.longArticles();
        LongArticleGate gate = g.active() ? new LongArticleGate(g.fromSentences(), g.lead(), g.leadMargin() + bonus,
                g.minSpread(), g.teaserFrom(), g.redundancy()) : g;
        return new SummaryModel(m.weights(), m.redundancy(), m.fill(), m.leadMargin() + bonus, gate, m.leadSignal(),
                m.longWeights(), m.secondHold(), m.trees(), m.wordCost());
    }
}
