package dev.precis.summarize;

/**
 * A cost on long sentences in the choice of a summary's sentences (not in the fitted weights): each
 * shown word past {@code above} takes {@code perWord} score units off a candidate's ranking, so of two
 * sentences the model scores alike the shorter is taken. The lede is not a candidate (it opens every
 * summary that has room for it), and the sentence's own score is left as the model gave it. A summary of
 * three sentences averages ~22 shown words a sentence while the references it is judged against (CNN's
 * highlights) are far shorter; the model's features cannot learn length without learning one desk's habit
 * (see {@link SentenceFeatures}), so the preference is a setting of the choice, chosen on held-out ROUGE.
 * Only a length counted in sentences is costed: under a word budget, a cost lets shorter sentences make
 * room for one more, and the summary comes out longer than without it (on CNN/DailyMail at 75 words,
 * ~65 shown words become 66–70, and ROUGE falls). Immutable.
 *
 * @param perWord score units per word past {@code above}; 0: no cost
 * @param above the shown words a sentence may have at no cost
 */
public record WordCost(double perWord, int above) {

    /** No cost: the choice ranks by score alone. */
    public static final WordCost NONE = new WordCost(0, 0);

    public WordCost {
        if (!(perWord >= 0) || perWord == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("summary model: wordCost must be finite and >= 0, got " + perWord);
        }
        if (above < 0) {
            throw new IllegalArgumentException("summary model: wordCostAbove must be >= 0, got " + above);
        }
    }

    /** Whether any cost is set. */
    public boolean active() {
        return perWord > 0;
    }

    /** The cost of a sentence of {@code shownWords} words, in score units. */
    double of(int shownWords) {
        return perWord * Math.max(0, shownWords - above);
    }
}
