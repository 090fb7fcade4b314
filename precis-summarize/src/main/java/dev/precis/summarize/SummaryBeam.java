package dev.precis.summarize;

import dev.precis.model.SummaryLength;
import java.util.ArrayList;
import java.util.List;

/**
 * A choice among whole summaries rather than sentence by sentence: the greedy selection's two steps
 * after the lede branch on their {@code width} best choices, each path is finished greedily, and the
 * summary with the best {@code path + coverage × (salient terms covered) − words × (words shown)} is
 * kept. The greedy summary is always a candidate (the first), and wins ties. Under a word budget the
 * beam may stay out ({@link Budget#GREEDY}), choose as under a count of sentences ({@link Budget#BEAM}), or
 * also let a summary end before the budget's next sentence ({@link Budget#STOP}), so the summary-level
 * score decides how much of the budget to use. Two guards keep the greedy summary where the lead is the
 * summary: another candidate must beat the greedy one's score by more than {@code margin}, and may hold at
 * most {@code swaps} sentences the greedy summary does not (0: any number). A third keeps the beam out of short
 * articles ({@code minSentences}): where an article has few sentences, a three-sentence lede is most of what it
 * says, and the coverage term, a share of a small article's terms, swings widest. A fourth reads the lede: where
 * the first sentence alone holds much of what the article repeats, the lede is the story's summary and a
 * departure from the lead's order costs; there the beam keeps the greedy summary ({@code ledeShare}: the beam
 * stays out when the lede's share of the salient term weight is at least this) or asks more of a replacement
 * ({@code ledeMargin}: the margin grows by this times the lede's share). Past three sentences the steps after the
 * lede's first two may branch too, up to {@code steps} of them in all (the paths grow as {@code width} to that
 * power, so it is bounded); the later steps are taken greedily. Immutable and thread-safe.
 *
 * @param width choices per branching step (1: the greedy summary only)
 * @param coverage weight on the share of salient term weight covered, in score units
 * @param words cost per shown word, in score units
 * @param budget what the beam does under a word budget
 * @param margin how far another candidate's score must lie above the greedy summary's to replace it
 * @param swaps the most sentences a chosen candidate may hold that the greedy summary does not (0: no cap)
 * @param minSentences the fewest sentences an article must have for the beam to choose (0: any)
 * @param ledeShare the lede's share of the salient term weight from which the greedy summary is kept (0: off)
 * @param ledeMargin how much the margin grows per unit of the lede's share of the salient term weight
 * @param steps how many steps after the lede branch in a summary of more than three sentences ({@value
 *     #BRANCHING_STEPS}: those of a three-sentence summary, as every shorter count and every word budget has)
 */
public record SummaryBeam(int width, double coverage, double words, Budget budget, double margin, int swaps,
                          int minSentences, double ledeShare, double ledeMargin, int steps) {

    /** The greedy summary, as without a beam. */
    public static final SummaryBeam NONE = new SummaryBeam(1, 0, 0, Budget.BEAM);

    /** What the beam does under a word budget; stored in a model file as its ordinal. */
    public enum Budget {
        /** The greedy summary: the beam chooses only among summaries of a count of sentences. */
        GREEDY,
        /** Candidates as under a count of sentences. */
        BEAM,
        /** Every prefix of a path is a candidate too. */
        STOP
    }

    /** Steps after the lede that branch by default: those that make a three-sentence summary. */
    public static final int BRANCHING_STEPS = 2;

    public SummaryBeam {
        if (width < 1) {
            throw new IllegalArgumentException("summary beam: width must be >= 1, got " + width);
        }
        if (!Double.isFinite(coverage) || !Double.isFinite(words)) {
            throw new IllegalArgumentException("summary beam: weights must be finite, got " + coverage + ", " + words);
        }
        if (budget == null) {
            throw new IllegalArgumentException("summary beam: budget must not be null");
        }
        if (!Double.isFinite(margin) || margin < 0) {
            throw new IllegalArgumentException("summary beam: margin must be finite and >= 0, got " + margin);
        }
        if (swaps < 0) {
            throw new IllegalArgumentException("summary beam: swaps must be >= 0, got " + swaps);
        }
        if (minSentences < 0) {
            throw new IllegalArgumentException("summary beam: minSentences must be >= 0, got " + minSentences);
        }
        if (!Double.isFinite(ledeShare) || ledeShare < 0 || !Double.isFinite(ledeMargin) || ledeMargin < 0) {
            throw new IllegalArgumentException("summary beam: ledeShare and ledeMargin must be finite and >= 0, got "
                    + ledeShare + ", " + ledeMargin);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("summary beam: steps must be >= 1, got " + steps);
        }
    }

    /** A beam whose first {@value #BRANCHING_STEPS} steps after the lede branch, those of a three-sentence summary. */
    public SummaryBeam(int width, double coverage, double words, Budget budget, double margin, int swaps,
                       int minSentences, double ledeShare, double ledeMargin) {
        this(width, coverage, words, budget, margin, swaps, minSentences, ledeShare, ledeMargin, BRANCHING_STEPS);
    }

    /** This beam with {@code branching} steps after the lede branching. */
    public SummaryBeam withSteps(int branching) {
        return new SummaryBeam(width, coverage, words, budget, margin, swaps, minSentences, ledeShare, ledeMargin,
                branching);
    }

    /** A beam with a margin, a swap cap and an article-length floor, whatever the lede holds. */
    public SummaryBeam(int width, double coverage, double words, Budget budget, double margin, int swaps,
                       int minSentences) {
        this(width, coverage, words, budget, margin, swaps, minSentences, 0, 0);
    }

    /** A beam with a margin and a swap cap, for articles of any length. */
    public SummaryBeam(int width, double coverage, double words, Budget budget, double margin, int swaps) {
        this(width, coverage, words, budget, margin, swaps, 0);
    }

    /** A beam without guards: any candidate that scores above the greedy summary replaces it. */
    public SummaryBeam(int width, double coverage, double words, Budget budget) {
        this(width, coverage, words, budget, 0, 0);
    }

    /** Whether the beam can choose anything but the greedy summary at this length. */
    public boolean active(SummaryLength length) {
        if (length.unit() == SummaryLength.Unit.WORDS) {
            return budget == Budget.STOP || budget == Budget.BEAM && width > 1;
        }
        return width > 1;
    }

    /**
     * How many steps after the lede branch at this length: {@code steps} for a count of more than three sentences,
     * else {@value #BRANCHING_STEPS} (so every shorter count and every word budget is chosen as without it, even
     * where the lede is not taken and a three-sentence summary takes three steps).
     */
    int branching(SummaryLength length) {
        boolean longer = length.unit() == SummaryLength.Unit.SENTENCES && length.amount() > BRANCHING_STEPS + 1;
        return longer ? steps : BRANCHING_STEPS;
    }

    /** Whether the beam chooses for an article of {@code sentences} sentences (it is long enough). */
    public boolean appliesTo(int sentences) {
        return sentences >= minSentences;
    }

    /**
     * The candidate with the best summary-level score, the earliest on ties; the first ({@link #candidates}: the
     * greedy summary) unless another within the swap cap beats its score by more than the margin.
     */
    public SummaryCandidate best(List<SummaryCandidate> candidates) {
        SummaryCandidate greedy = candidates.get(0);
        if (candidates.size() == 1 || ledeShare > 0 && greedy.lede() >= ledeShare) {
            return greedy;
        }
        SummaryCandidate best = greedy;
        double bestScore = score(greedy) + margin + ledeMargin * greedy.lede();
        for (int k = 1; k < candidates.size(); k++) {
            SummaryCandidate c = candidates.get(k);
            if (swaps > 0 && swapped(c, greedy) > swaps) {
                continue;
            }
            double s = score(c);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    private double score(SummaryCandidate c) {
        return c.path() + coverage * c.coverage() - words * c.words();
    }

    /** The sentences of {@code c} that {@code greedy} does not hold. */
    static int swapped(SummaryCandidate c, SummaryCandidate greedy) {
        int out = 0;
        for (var s : c.sentences()) {
            boolean held = false;
            for (var g : greedy.sentences()) {
                held |= g.sentenceIndex() == s.sentenceIndex();
            }
            out += held ? 0 : 1;
        }
        return out;
    }

    /**
     * The candidate summaries from {@code start} (its lede taken), the greedy one first; the greedy one alone
     * where the beam is not {@linkplain #active(SummaryLength) active}.
     */
    List<SummaryCandidate> candidates(GreedySelection start, LengthBudget lengthBudget, SummaryLength length) {
        List<SummaryCandidate> out = new ArrayList<>();
        Salience salience = new Salience(start.profile());
        // where the lede alone holds the share that keeps the greedy summary, no other path is explored
        boolean ledeHolds = ledeShare > 0 && salience.candidate(start).coverage() >= ledeShare;
        SummaryBeam beam = active(length) && !ledeHolds ? this : NONE;
        beam.explore(start, lengthBudget, 0, branching(length), salience, out);
        return out;
    }

    private void explore(GreedySelection s, LengthBudget budget, int pass, int branching, Salience salience,
                         List<SummaryCandidate> out) {
        List<SummaryCandidate> branches = new ArrayList<>();
        while (pass < 3 && !budget.full()) {
            List<GreedySelection.Choice> choices = s.choices(pass, budget, branching > 0 ? width : 1);
            if (choices.isEmpty()) {
                pass++;
                continue;
            }
            if (this.budget == Budget.STOP && budget.countsWords() && !s.result.isEmpty()) {
                branches.add(salience.candidate(s));
            }
            for (int c = 1; c < choices.size(); c++) {
                GreedySelection other = s.copy();
                LengthBudget otherBudget = budget.copy();
                other.take(choices.get(c), otherBudget);
                explore(other, otherBudget, pass, branching - 1, salience, branches);
            }
            s.take(choices.get(0), budget);
            branching--;
        }
        // the path that took every step's first choice goes first, so the greedy summary leads the list
        out.add(salience.candidate(s));
        out.addAll(branches);
    }

    /** The article's salient term weights, and a candidate's share of them. */
    private static final class Salience {
        private final SentenceProfile p;
        private final double total;

        Salience(SentenceProfile p) {
            this.p = p;
            double sum = 0;
            for (int df : p.documentFrequency) {
                sum += df - 1;
            }
            this.total = sum;
        }

        SummaryCandidate candidate(GreedySelection s) {
            boolean[] seen = new boolean[p.vocabulary];
            double covered = 0;
            double lede = 0;
            int shown = 0;
            for (var sentence : s.result) {
                int i = sentence.sentenceIndex();
                shown += p.shownWords[i];
                for (int t : p.termIds[i]) {
                    if (!seen[t]) {
                        seen[t] = true;
                        covered += p.documentFrequency[t] - 1;
                    }
                }
                if (sentence == s.result.get(0)) {
                    lede = covered;
                }
            }
            return new SummaryCandidate(s.result, s.path, total > 0 ? covered / total : 0, shown,
                    total > 0 ? lede / total : 0);
        }
    }
}
