package dev.precis.eval.summaries;

import dev.precis.nlp.encoder.SentenceEncoder;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.summarize.PositionCentralitySummarizer;
import dev.precis.summarize.SummaryModel;
import dev.precis.summarize.SummaryModelTrainer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Fits the summary model in two steps, on two disjoint sets of articles with reference summaries.
 *
 * <ol>
 *   <li>Sentence weights by logistic regression on the fitting set, the target of each sentence being
 *   the share of the greedy extractive oracles ({@link ExtractiveOracle}, at three sentences and at
 *   the word budget) that pick it.</li>
 *   <li>Three settings the labels cannot teach, chosen by ROUGE on the selection set: the redundancy
 *   penalty, an offset to the learned weight of the lead prior, and how far below the best
 *   sentence a shorter one may be to fill a word budget ({@link SummaryModel#fill()}); optionally a
 *   fourth, the margin of the fallback to the lead ({@link SummaryModel#leadMargin()}).</li>
 * </ol>
 * The objective is the mean of ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 at three sentences and at a
 * {@value #WORD_BUDGET}-word budget, the two lengths the product is judged at. Of the trials within one
 * standard error of the best objective, the one with the strongest lead prior is chosen: the
 * one-standard-error rule (Breiman et al., <i>Classification and Regression Trees</i>, 1984), with the
 * lead prior as the regularisation. A selection set of a few hundred articles of one desk cannot tell
 * apart settings closer than that, and on news written by other desks the lead is the robust default.
 */
public final class SummaryTuner {

    /** The word budget the tuner and the evaluation report beside three sentences. */
    public static final int WORD_BUDGET = 75;

    private static final double[] REDUNDANCY = {0.0, 0.5};
    private static final double[] LEAD_OFFSET = {0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0};
    private static final double[] FILL = {0.0, 0.25, 0.5, 1.0, Double.POSITIVE_INFINITY};
    private static final int LEAD = SummaryModel.featureNames().indexOf("lead");

    private final SummaryEvaluation evaluation;
    private final SentenceEncoder encoder;
    private final double[] leadMargins;
    private final double[] leadOffsets;
    private final ExtractiveOracle oracle = new ExtractiveOracle();

    /** A tuner for the fast model, without semantic features. */
    public SummaryTuner(SummaryEvaluation evaluation) {
        this(evaluation, null);
    }

    /**
     * A tuner whose model also weighs the semantic features of {@code encoder} (null: none). The
     * encoder is asked for the same sentences in every trial: give a {@link
     * dev.precis.nlp.encoder.CachingSentenceEncoder}.
     */
    public SummaryTuner(SummaryEvaluation evaluation, SentenceEncoder encoder) {
        this(evaluation, encoder, new double[] {0});
    }

    /**
     * As {@link #SummaryTuner(SummaryEvaluation, SentenceEncoder)}, also trying each of {@code
     * leadMargins} as the model's fallback to the lead ({@link SummaryModel#leadMargin()}; 0: none).
     * The shipped model is tuned with 0 alone: on the selection quarter every margin tried scored
     * below none (see README).
     */
    public SummaryTuner(SummaryEvaluation evaluation, SentenceEncoder encoder, double[] leadMargins) {
        this(evaluation, encoder, leadMargins, LEAD_OFFSET);
    }

    /**
     * As {@link #SummaryTuner(SummaryEvaluation, SentenceEncoder, double[])}, trying only {@code leadOffsets}
     * as the offset to the learned lead weight. One offset fixes it: the fitted file's lead weight (which
     * {@code LeadStrongTuning} keeps as the long-article gate's) is then the learned weight plus that
     * offset, not whichever offset the one-standard-error rule picks from a band the weights' noise can
     * move (a refit moved it from +2.0 to +1.5, sum51).
     */
    public SummaryTuner(SummaryEvaluation evaluation, SentenceEncoder encoder, double[] leadMargins,
                        double[] leadOffsets) {
        if (leadOffsets.length == 0) {
            throw new IllegalArgumentException("give at least one lead offset");
        }
        for (double o : leadOffsets) {
            if (!Double.isFinite(o)) {
                throw new IllegalArgumentException("a lead offset must be a finite number, got " + o);
            }
        }
        this.leadOffsets = leadOffsets.clone();
        if (leadMargins.length == 0) {
            throw new IllegalArgumentException("give at least one lead margin");
        }
        for (double m : leadMargins) {
            if (!(m >= 0) || m == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("a lead margin must be finite and >= 0, got " + m);
            }
        }
        this.evaluation = evaluation;
        this.encoder = encoder;
        this.leadMargins = leadMargins.clone();
    }

    /**
     * A tried model with its scores.
     *
     * @param model the model
     * @param settings the settings tried, readable
     * @param leadOffset the offset added to the learned lead weight
     * @param objective mean ROUGE-1/2/Lsum F1 ×100 at three sentences and at the word budget
     * @param standardError the standard error of that mean over the selection articles
     */
    public record Trial(SummaryModel model, String settings, double leadOffset, double objective,
                        double standardError) {
    }

    /**
     * The settings a tuner tries.
     *
     * @param redundancy redundancy penalties
     * @param leadOffsets offsets added to the lead weight of the model tuned
     * @param fills fills ({@link SummaryModel#fill()})
     * @param leadMargins fallback-to-the-lead margins ({@link SummaryModel#leadMargin()}; 0: none)
     */
    public record Grid(double[] redundancy, double[] leadOffsets, double[] fills, double[] leadMargins) {

        public Grid {
            redundancy = redundancy.clone();
            leadOffsets = leadOffsets.clone();
            fills = fills.clone();
            leadMargins = leadMargins.clone();
            if (redundancy.length == 0 || leadOffsets.length == 0 || fills.length == 0 || leadMargins.length == 0) {
                throw new IllegalArgumentException("a grid needs at least one value of each setting");
            }
        }

        /** The grid {@code train summarizer} tries on the learned weights, with these lead margins. */
        public static Grid learned(double[] leadMargins) {
            return new Grid(REDUNDANCY, LEAD_OFFSET, FILL, leadMargins);
        }
    }

    /** Every tried model, the chosen one first, then by objective on the selection set. */
    public List<Trial> fit(List<SummaryCase> fitting, List<SummaryCase> selection) {
        List<AnalyzedArticle> analyzed = evaluation.prepare(fitting);
        Map<AnalyzedArticle, String> references = new IdentityHashMap<>();
        for (int i = 0; i < fitting.size(); i++) {
            references.put(analyzed.get(i), fitting.get(i).reference());
        }
        SummaryModel learned = new SummaryModelTrainer().train(analyzed, a -> targets(a, references.get(a)), 0, encoder);
        return choose(learned, selection, new Grid(REDUNDANCY, leadOffsets, FILL, leadMargins));
    }

    /**
     * Every setting of {@code grid} applied to {@code base} (its weights kept, the lead offset added to
     * its lead weight), scored on {@code selection}: the chosen trial first, then by objective. The
     * choice is the one-standard-error rule with the lead prior as the regulariser.
     */
    public List<Trial> choose(SummaryModel base, List<SummaryCase> selection, Grid grid) {
        return choose(base, selection, grid, model -> true);
    }

    /**
     * As {@link #choose(SummaryModel, List, Grid)}, among the settings whose model {@code admissible}
     * accepts only (a product condition, such as full summaries of the seed articles): the others are
     * not scored and not returned, and the one-standard-error band is the best admissible trial's.
     *
     * @throws IllegalArgumentException when no setting of the grid is admissible
     */
    public List<Trial> choose(SummaryModel base, List<SummaryCase> selection, Grid grid,
                              Predicate<SummaryModel> admissible) {
        List<AnalyzedArticle> selectionArticles = evaluation.prepare(selection);
        boolean margins = grid.leadMargins().length > 1;
        List<Trial> trials = new ArrayList<>();
        for (double redundancy : grid.redundancy()) {
            for (double lead : grid.leadOffsets()) {
                for (double fill : grid.fills()) {
                    for (double margin : grid.leadMargins()) {
                        double[] w = base.weights();
                        w[LEAD] += lead;
                        SummaryModel model = new SummaryModel(w, redundancy, fill, margin);
                        if (!admissible.test(model)) {
                            continue;
                        }
                        String settings = String.format(Locale.ROOT, "redundancy %.1f, lead %+.1f, fill %.2f",
                                redundancy, lead, fill)
                                + (margins ? String.format(Locale.ROOT, ", lead margin %.2f", margin) : "");
                        double[] perArticle = objectives(selection, selectionArticles, model);
                        trials.add(new Trial(model, settings, lead, mean(perArticle), standardError(perArticle)));
                    }
                }
            }
        }
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("no setting of the grid meets the condition");
        }
        trials.sort(Comparator.comparingDouble(Trial::objective).reversed());
        // Among the trials within one standard error of the best, the one with the strongest lead
        // prior wins: the lead is the robust default on news the selection set does not represent.
        double floor = trials.get(0).objective() - trials.get(0).standardError();
        Trial chosen = trials.stream().filter(t -> t.objective() >= floor)
                .max(Comparator.comparingDouble(Trial::leadOffset)
                        .thenComparingDouble(Trial::objective))
                .orElseThrow();
        trials.remove(chosen);
        trials.add(0, chosen);
        return trials;
    }

    /** Per article: the mean of ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 ×100 at three sentences and the word budget. */
    public double[] objectives(List<SummaryCase> cases, SummaryModel model) {
        return objectives(cases, evaluation.prepare(cases), model);
    }

    /**
     * A sentence's target: the share of the two oracles (three sentences, and the word budget) that
     * pick it, so the model learns what belongs in a summary at both lengths it is judged at.
     */
    private double[] targets(AnalyzedArticle article, String reference) {
        double[] three = oracle.targets(article, reference, SummaryLength.sentences(3));
        double[] budget = oracle.targets(article, reference, SummaryLength.words(WORD_BUDGET));
        for (int i = 0; i < three.length; i++) {
            three[i] = (three[i] + budget[i]) / 2;
        }
        return three;
    }

    /** Per article: the mean of ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 ×100 at both lengths. */
    private double[] objectives(List<SummaryCase> cases, List<AnalyzedArticle> analyzed, SummaryModel model) {
        PositionCentralitySummarizer s = new PositionCentralitySummarizer(model, encoder);
        double[][] three = evaluation.perCase(cases, analyzed, s, SummaryEvaluation.sentences(3));
        double[][] budget = evaluation.perCase(cases, analyzed, s, SummaryEvaluation.words(WORD_BUDGET));
        double[] out = new double[cases.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = 100 * (three[i][0] + three[i][1] + three[i][3] + budget[i][0] + budget[i][1] + budget[i][3]) / 6;
        }
        return out;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / Math.max(1, values.length);
    }

    private static double standardError(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double m = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - m) * (v - m);
        }
        return Math.sqrt(squares / (values.length - 1) / values.length);
    }
}
