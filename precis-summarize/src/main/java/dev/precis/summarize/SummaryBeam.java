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
 * ({@code ledeMargin}: the margin grows by this times the lede's share). A {@link SummaryRanker}, when set, makes
 * the choice instead of the hand-set score: the article's Lead-3 joins the candidates at a count of sentences, and
 * the ranker's learnt score picks among them (the guards on the article, {@code ledeShare} and
 * {@code minSentences}, still keep the greedy summary where they hold). Immutable and thread-safe.
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
 * @param ranker the learnt choice among the candidates ({@link SummaryRanker#NONE}: the score above decides)
 */
public record SummaryBeam(int width, double coverage, double words, Budget budget, double margin, int swaps,
                          int minSentences, double ledeShare, double ledeMargin, SummaryRanker ranker) {

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

    /** Steps after the lede that branch: those that make a three-sentence summary. */
    static final int BRANCHING_STEPS = 2;

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
        if (ranker == null) {
            throw new IllegalArgumentException("summary beam: ranker must not be null (use SummaryRanker.NONE)");
        }
    }

    /** A beam with every guard and no ranker: its own score decides. */
    public SummaryBeam(int width, double coverage, double words, Budget budget, double margin, int swaps,
                       int minSentences, double ledeShare, double ledeMargin) {
        this(width, coverage, words, budget, margin, swaps, minSentences, ledeShare, ledeMargin, SummaryRanker.NONE);
    }

    /** This beam choosing with {@code learnt}. */
    public SummaryBeam withRanker(SummaryRanker learnt) {
        return new SummaryBeam(width, coverage, words, budget, margin, swaps, minSentences, ledeShare, ledeMargin, learnt);
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
        if (ranker.active()) {
            return ranker.choose(candidates);
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
        GreedySelection lead = beam == this && ranker.active() && !lengthBudget.countsWords() ? start.copy() : null;
        LengthBudget leadBudget = lead != null ? lengthBudget.copy() : null;
        beam.explore(start, lengthBudget, 0, BRANCHING_STEPS, salience, out);
        if (lead != null) {
            // the article's Lead-3 (its first sentences of news, as many as asked for) is a candidate too
            while (!leadBudget.full() && lead.takeLead(leadBudget)) {
                // takeLead adds the lead's next sentence of news
            }
            SummaryCandidate c = salience.candidate(lead);
            // only a whole Lead-3: one cut short (a sentence of it would dangle, or did not fit) is not the lead
            if (leadBudget.full() && out.stream().noneMatch(c::sameSentences)) {
                out.add(c);
            }
        }
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
            int leadHeld = 0;
            int reach = 0;
            for (var sentence : s.result) {
                int i = sentence.sentenceIndex();
                leadHeld += !p.junk[i] && p.contentPosition[i] < 3 ? 1 : 0;
                reach = Math.max(reach, p.contentPosition[i]);
            }
            return new SummaryCandidate(s.result, s.path, total > 0 ? covered / total : 0, shown,
                    total > 0 ? lede / total : 0, leadHeld, reach, p.contentSentences);
        }
    }
}
