package dev.precis.summarize;

import dev.precis.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy maximal-marginal-relevance selection. A sentence that needs the one before it (an
 * opening "He", "But", "This", or a quotation credited to a bare pronoun) is never taken alone:
 * it competes as a pair with its predecessor, at the pair's mean score, and needs room for both.
 * Each step offers its best choices in order ({@link #choices}); the greedy summary takes the first,
 * a {@link SummaryBeam} may branch on the others from a {@link #copy()}. Not thread-safe: one per summary.
 */
final class GreedySelection {

    private static final double DUPLICATE_SIMILARITY = 0.75;

    /**
     * One step's choice: sentence {@code index} (with the one before it when {@code pair}), its score
     * (a pair's mean) and its ranking (the score with the lead margin when it is the lead's next sentence).
     */
    record Choice(int index, boolean pair, double score, double ranking) {
    }

    private final SentenceProfile p;
    private final int n;
    private final double[] base;
    private final double[] antecedentPenalty;
    private final boolean[] needsAntecedent;
    private final double leadMargin;
    private final double redundancy;
    private final double fill;
    /** The words held from which a word budget is no longer filled (0: filled within {@code fill} at any length). */
    private final int fillWords;
    private final boolean[] chosen;
    private final double[] maxSimilarity;
    /** Each taken sentence's similarity to every candidate, computed once and shared by the copies. */
    private final double[][] similarityRows;
    final List<SummarySentence> result;
    /** The rankings of the choices taken so far, the lede's included: the path's score. */
    double path;
    /** The length asked for is a number of words, not of sentences. */
    boolean wordBudget;

    GreedySelection(SentenceProfile p, int n, double[] base, double[] antecedentPenalty, boolean[] needsAntecedent,
                    double leadMargin, double redundancy, double fill, int fillWords) {
        this.p = p;
        this.n = n;
        this.base = base;
        this.antecedentPenalty = antecedentPenalty;
        this.needsAntecedent = needsAntecedent;
        this.leadMargin = leadMargin;
        this.redundancy = redundancy;
        this.fill = fill;
        this.fillWords = fillWords;
        this.chosen = new boolean[n];
        this.maxSimilarity = new double[n];
        this.similarityRows = new double[n][];
        this.result = new ArrayList<>();
    }

    private GreedySelection(GreedySelection other) {
        this.p = other.p;
        this.n = other.n;
        this.base = other.base;
        this.antecedentPenalty = other.antecedentPenalty;
        this.needsAntecedent = other.needsAntecedent;
        this.leadMargin = other.leadMargin;
        this.redundancy = other.redundancy;
        this.fill = other.fill;
        this.fillWords = other.fillWords;
        this.chosen = other.chosen.clone();
        this.maxSimilarity = other.maxSimilarity.clone();
        this.similarityRows = other.similarityRows;
        this.result = new ArrayList<>(other.result);
        this.path = other.path;
        this.wordBudget = other.wordBudget;
    }

    /** An independent copy of this selection's state, to branch from. */
    GreedySelection copy() {
        return new GreedySelection(this);
    }

    SentenceProfile profile() {
        return p;
    }

    private boolean eligible(int i, int pass) {
        boolean junkAllowed = pass > 0 && (!wordBudget || result.isEmpty());
        return !chosen[i] && (junkAllowed || !p.junk[i]) && !(pass < 2 && maxSimilarity[i] > DUPLICATE_SIMILARITY);
    }

    /** The sentence's score with its redundancy; its antecedent penalty goes when that is present. */
    private double value(int i, boolean antecedentPresent) {
        double v = base[i] - redundancy * maxSimilarity[i];
        return antecedentPresent ? v - antecedentPenalty[i] : v;
    }

    /** The news first: the first sentence that is not junk opens the summary when it fits. */
    void takeLede(LengthBudget budget) {
        for (int i = 0; i < n; i++) {
            if (!p.junk[i]) {
                if (!needsAntecedent[i] && budget.admits(p.shownWords[i])) {
                    double v = value(i, false);
                    path += v;
                    take(i, v, budget);
                }
                return;
            }
        }
    }

    /** The lead's next sentence: the first that is neither junk nor taken; -1 when there is none. */
    private int nextLead() {
        for (int i = 0; i < n; i++) {
            if (!chosen[i] && !p.junk[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Takes the step's best choice; false when there is none (or the summary should stop here). */
    boolean chooseNext(int pass, LengthBudget budget) {
        List<Choice> best = choices(pass, budget, 1);
        if (best.isEmpty()) {
            return false;
        }
        take(best.get(0), budget);
        return true;
    }

    /**
     * The step's {@code k} best admissible choices, best first (ties to the earlier sentence); none when
     * nothing fits or, under a word budget, the best that fits scores more than the model's fill below
     * the best of all (from {@code fillWords} words held on, any amount below it).
     */
    List<Choice> choices(int pass, LengthBudget budget, int k) {
        List<Choice> best = new ArrayList<>(k + 1);
        double bestAny = Double.NEGATIVE_INFINITY;
        // The fallback to the lead: the lead's next sentence competes with a head start of the
        // model's lead margin, so the model departs from the lead only where it is confident.
        int lead = leadMargin > 0 ? nextLead() : -1;
        for (int i = 0; i < n; i++) {
            if (!eligible(i, pass)) {
                continue;
            }
            boolean pair = needsAntecedent[i] && !chosen[i - 1];
            double score;
            int words;
            if (pair) {
                int j = i - 1;
                if (!eligible(j, pass) || needsAntecedent[j] && !chosen[j - 1]) {
                    continue;
                }
                score = (value(i, true) + value(j, false)) / 2;
                words = p.shownWords[i] + p.shownWords[j];
            } else {
                score = value(i, needsAntecedent[i]);
                words = p.shownWords[i];
            }
            double ranking = score + ((pair ? i - 1 : i) == lead ? leadMargin : 0);
            bestAny = Math.max(bestAny, ranking);
            if (budget.admits(words, pair ? 2 : 1)) {
                insert(best, new Choice(i, pair, score, ranking), k);
            }
        }
        if (!best.isEmpty() && budget.countsWords() && !result.isEmpty()) {
            // past fillWords words the summary already tells the story at length: it stops where the
            // sentence it would take next does not fit, rather than reach past it for a shorter one
            double floor = bestAny - (fillWords > 0 && budget.words() >= fillWords ? 0 : fill);
            best.removeIf(c -> c.ranking() < floor);
        }
        return best;
    }

    /** Inserts {@code c} by ranking after every choice that ranks as high, keeping at most {@code k}. */
    private static void insert(List<Choice> best, Choice c, int k) {
        int at = best.size();
        while (at > 0 && best.get(at - 1).ranking() < c.ranking()) {
            at--;
        }
        if (at < k) {
            best.add(at, c);
            if (best.size() > k) {
                best.remove(k);
            }
        }
    }

    /** Takes {@code c} (and the sentence before it when it is a pair). */
    void take(Choice c, LengthBudget budget) {
        path += c.ranking();
        if (c.pair()) {
            take(c.index() - 1, c.score(), budget);
        }
        take(c.index(), c.score(), budget);
    }

    private void take(int i, double score, LengthBudget budget) {
        chosen[i] = true;
        budget.add(p.shownWords[i]);
        result.add(new SummarySentence(i, p.shown[i], score));
        double[] row = similarityRows[i];
        if (row == null) {
            row = new double[n];
            for (int k = 0; k < n; k++) {
                row[k] = p.cosine(k, i);
            }
            similarityRows[i] = row;
        }
        for (int k = 0; k < n; k++) {
            if (!chosen[k]) {
                maxSimilarity[k] = Math.max(maxSimilarity[k], row[k]);
            }
        }
    }
}
