package dev.precis.summarize;

/**
 * When the second weight vector ({@link SummaryModel#longWeights()}) may score an article at all. The
 * second vector, fitted on long articles, weighs the lead little and centrality much: it pays where the
 * lead is not the summary (a scene, an anecdote, a quotation up front) and costs where the copy is
 * lead-led, i.e. where the lede already states the news. An article the gate and the {@link
 * LeadNewsSignal} would give to the second vector is held back, and scored exactly as the model would
 * score it without a second vector and without the signal, when it shows lead-led copy:
 * <ul>
 * <li>scored by the second vector, no sentence of news after the lead-3 scores more than {@code
 *     minSpread} above the weakest of the lead-3 (nothing later clearly beats the lead);</li>
 * <li>with {@code holdDatelined}, its lede opens with a place dateline (a report filed from a place,
 *     written in the inverted pyramid);</li>
 * <li>with {@code holdLedeWords} above 0, its lede has at least that many words as shown (a lede
 *     long enough to carry the whole news).</li>
 * </ul>
 * Only asked when the model has a second vector. Immutable.
 *
 * @param minSpread the spread (score units) the second vector must exceed; {@link Double#NEGATIVE_INFINITY}: not asked
 * @param holdDatelined whether a datelined lede holds the article back
 * @param holdLedeWords words from which a lede holds the article back; 0: not asked
 */
public record SecondVectorHold(double minSpread, boolean holdDatelined, int holdLedeWords) {

    /** No hold: the second vector scores every article the gate and the signal free. */
    public static final SecondVectorHold NONE = new SecondVectorHold(Double.NEGATIVE_INFINITY, false, 0);

    public SecondVectorHold {
        if (Double.isNaN(minSpread) || minSpread == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("summary model: longSecondSpread must be finite, got " + minSpread);
        }
        if (holdLedeWords < 0) {
            throw new IllegalArgumentException("summary model: longSecondHoldLede must be >= 0, got " + holdLedeWords);
        }
    }

    /** Whether any hold is set. */
    public boolean active() {
        return minSpread != Double.NEGATIVE_INFINITY || holdDatelined || holdLedeWords > 0;
    }

    /**
     * Whether the article is held back from the second vector.
     *
     * @param p the article's profile
     * @param n the sentences considered
     * @param spread its best later sentence's second-vector score minus the lead-3's weakest
     */
    boolean holds(SentenceProfile p, int n, double spread) {
        if (spread <= minSpread) {
            return true;
        }
        if (holdDatelined && LeadNewsSignal.datelined(p, n)) {
            return true;
        }
        if (holdLedeWords > 0) {
            for (int i = 0; i < n; i++) {
                if (!p.junk[i]) {
                    return p.shownWords[i] >= holdLedeWords;
                }
            }
        }
        return false;
    }
}
