package dev.precis.summarize;

import dev.precis.model.SummaryLength;

/**
 * Turns a {@link SummaryLength} into a stopping rule for greedy selection, so every summarizer
 * (Precis' own and the baselines) meets a length the same way. Not thread-safe: one per summary.
 */
final class LengthBudget {

    private final SummaryLength length;
    private final int sentenceLimit;
    private int sentences;
    private int words;
    private boolean closed;

    private LengthBudget(LengthBudget other) {
        this.length = other.length;
        this.sentenceLimit = other.sentenceLimit;
        this.sentences = other.sentences;
        this.words = other.words;
        this.closed = other.closed;
    }

    LengthBudget(SummaryLength length, int articleSentences) {
        this.length = length;
        this.sentenceLimit = switch (length.unit()) {
            case SENTENCES -> (int) length.amount();
            case RATIO -> Math.max(1, (int) Math.round(length.amount() * articleSentences));
            case WORDS -> Integer.MAX_VALUE;
        };
    }

    /**
     * Whether a sentence of {@code sentenceWords} words may still be added. A word budget is hard:
     * a sentence is admitted only when the summary stays within it, except that the first sentence
     * is always admitted (a summary of one sentence longer than the budget, rather than none).
     */
    boolean admits(int sentenceWords) {
        return admits(sentenceWords, 1);
    }

    /** Whether {@code count} sentences of {@code totalWords} words together may still be added. */
    boolean admits(int totalWords, int count) {
        if (closed || sentences + count > sentenceLimit) {
            return false;
        }
        if (length.unit() != SummaryLength.Unit.WORDS) {
            return true;
        }
        return sentences == 0 && count == 1 || words + totalWords <= (int) length.amount();
    }

    /** The words added so far. */
    int words() {
        return words;
    }

    /** Whether the budget counts words. */
    boolean countsWords() {
        return length.unit() == SummaryLength.Unit.WORDS;
    }

    void add(int sentenceWords) {
        if (length.unit() == SummaryLength.Unit.WORDS && words + sentenceWords >= (int) length.amount()) {
            closed = true;
        }
        sentences++;
        words += sentenceWords;
    }

    /** An independent copy of this budget's state, to branch from. */
    LengthBudget copy() {
        return new LengthBudget(this);
    }

    /** True when nothing more can be added. */
    boolean full() {
        return closed || sentences >= sentenceLimit;
    }
}
