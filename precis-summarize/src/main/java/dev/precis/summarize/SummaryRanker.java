package dev.precis.summarize;

import java.util.Arrays;
import java.util.List;

/**
 * A learnt choice among whole summaries: each candidate of a {@link SummaryBeam} (the greedy summary, the beam's
 * other paths and the article's Lead-3) is described by a few general features and scored by a linear ranker
 * fitted pairwise on reference summaries (which of two candidates of one article scores the higher ROUGE); the
 * candidate with the best score is kept, the greedy summary unless another beats it by more than {@code margin}.
 * The features read how a candidate stands to the article: its path score over the greedy one's, its share of
 * what the article repeats, its words, how much of the Lead-3 it keeps and how far into the article it reaches,
 * and how the Lead-3 and coverage weigh where the lede alone holds much of what the article repeats and in long
 * articles. Immutable and thread-safe; {@link #NONE} chooses nothing (the beam's own score decides).
 *
 * @param weights one weight per {@link #NAMES} entry (empty: no ranker)
 * @param margin how far another candidate's score must lie above the greedy summary's to replace it
 */
public record SummaryRanker(double[] weights, double margin) {

    /** The features, in the order of {@link #weights}. */
    public static final List<String> NAMES = List.of("path", "coverage", "words", "lead", "reach", "greedy",
            "ledeLead", "ledeCoverage", "lengthLead", "lengthCoverage");

    /** No ranker. */
    public static final SummaryRanker NONE = new SummaryRanker(new double[0], 0);

    public SummaryRanker {
        weights = weights.clone();
        if (weights.length != 0 && weights.length != NAMES.size()) {
            throw new IllegalArgumentException("summary ranker: " + NAMES.size() + " weights expected, got "
                    + weights.length);
        }
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("summary ranker: weights must be finite, got " + Arrays.toString(weights));
            }
        }
        if (!Double.isFinite(margin) || margin < 0) {
            throw new IllegalArgumentException("summary ranker: margin must be finite and >= 0, got " + margin);
        }
    }

    /** Whether there is a ranker (weights are set). */
    public boolean active() {
        return weights.length > 0;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The features of {@code c} against the article's greedy summary {@code greedy}, in {@link #NAMES}' order. */
    public static double[] features(SummaryCandidate c, SummaryCandidate greedy) {
        double lead = c.leadHeld() / 3.0;
        double length = Math.log1p(c.articleSentences());
        return new double[] {
            c.path() - greedy.path(),
            c.coverage(),
            c.words() / 100.0,
            lead,
            Math.log1p(c.reach()),
            c == greedy ? 1 : 0,
            c.lede() * lead,
            c.lede() * c.coverage(),
            length * lead,
            length * c.coverage(),
        };
    }

    /** The ranker's score of {@code c} (the greedy summary {@code greedy} gives the path's reference). */
    public double score(SummaryCandidate c, SummaryCandidate greedy) {
        double[] x = features(c, greedy);
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += weights[k] * x[k];
        }
        return s;
    }

    /** The candidate with the best score, the greedy summary (the first) unless another beats it by more than the margin. */
    public SummaryCandidate choose(List<SummaryCandidate> candidates) {
        SummaryCandidate greedy = candidates.get(0);
        SummaryCandidate best = greedy;
        double bestScore = score(greedy, greedy) + margin;
        for (int k = 1; k < candidates.size(); k++) {
            double s = score(candidates.get(k), greedy);
            if (s > bestScore) {
                best = candidates.get(k);
                bestScore = s;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SummaryRanker r && Arrays.equals(weights, r.weights) && margin == r.margin;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(margin);
    }

    @Override
    public String toString() {
        return "SummaryRanker" + Arrays.toString(weights) + " margin " + margin;
    }
}
