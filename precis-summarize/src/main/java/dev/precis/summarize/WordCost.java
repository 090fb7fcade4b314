package dev.precis.summarize;

import java.util.Arrays;

/**
 * A cost on long sentences in the choice of a summary's sentences (not in the fitted weights): each
 * shown word past the article's own free length takes {@code perWord} score units off a candidate's
 * ranking, so of two sentences the model scores alike the shorter is taken. The free length is the
 * {@code quantile} of the article's sentence lengths (its shown words, junk left out): "long" is long
 * for that article, so a desk that writes long sentences throughout is not pushed to its few short
 * ones (one absolute length, 27 words on CNN, cost BBC's whole-sentence extracts ~0.1 ROUGE; see
 * docs/quality/summaries.md). The lede is not a candidate (it opens every summary that has room for it),
 * and the sentence's own score is left as the model gave it. A summary of three sentences averages ~22
 * shown words a sentence while the references it is judged against (CNN's highlights) are far shorter;
 * the model's features cannot learn length without learning one desk's habit (see {@link
 * SentenceFeatures}), so the preference is a setting of the choice, chosen on held-out ROUGE. Only a
 * length counted in sentences is costed: under a word budget, a cost lets shorter sentences make room
 * for one more, and the summary comes out longer than without it. Immutable.
 *
 * @param perWord score units per word past the free length; 0: no cost
 * @param quantile which of the article's sentence lengths is free, in (0, 1]: 0.5 the median (nearest
 *     rank), 1 the longest (no sentence is costed)
 */
public record WordCost(double perWord, double quantile) {

    /** No cost: the choice ranks by score alone. */
    public static final WordCost NONE = new WordCost(0, 1);

    public WordCost {
        if (!(perWord >= 0) || perWord == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("summary model: wordCost must be finite and >= 0, got " + perWord);
        }
        if (!(quantile > 0 && quantile <= 1)) {
            throw new IllegalArgumentException("summary model: wordCostQuantile must be in (0, 1], got " + quantile);
        }
    }

    /** Whether any cost is set. */
    public boolean active() {
        return perWord > 0;
    }

    /**
     * The cost of each of the first {@code n} sentences, in score units: {@code perWord} times its shown
     * words past the article's free length ({@link #freeWords}); all 0 when no cost is set.
     */
    double[] of(int[] shownWords, boolean[] junk, int n) {
        double[] cost = new double[n];
        if (active()) {
            int free = freeWords(shownWords, junk, n);
            for (int i = 0; i < n; i++) {
                cost[i] = perWord * Math.max(0, shownWords[i] - free);
            }
        }
        return cost;
    }

    /**
     * The article's free length: the {@code quantile} (nearest rank) of the shown words of its first
     * {@code n} sentences that are not junk (of all of them when every one is junk; 0 when there are none).
     */
    int freeWords(int[] shownWords, boolean[] junk, int n) {
        int[] lengths = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!junk[i]) {
                lengths[m++] = shownWords[i];
            }
        }
        if (m == 0) {
            System.arraycopy(shownWords, 0, lengths, 0, n);
            m = n;
        }
        if (m == 0) {
            return 0;
        }
        Arrays.sort(lengths, 0, m);
        return lengths[Math.max(0, (int) Math.ceil(quantile * m) - 1)];
    }
}
