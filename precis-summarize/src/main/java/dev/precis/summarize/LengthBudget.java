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

    LengthBudget(SummaryLength length, int articleSentences) {
        this.length = length;
        this.sentenceLimit = switch (length.unit()) {
            case SENTENCES -> (int) length.amount();
            case RATIO -> Math.max(1, (int) Math.round(length.amount() * articleSentences));
            case WORDS -> Integer.MAX_VALUE;
        };
    }

    /**
     * Whether a sentence of {@code sentenceWords} words may still be added. For a word budget, a
     * sentence that overshoots is taken only when that lands closer to the budget than stopping
     * short, and it closes the summary.
     */
    boolean admits(int sentenceWords) {
        if (closed || sentences >= sentenceLimit) {
            return false;
        }
        if (length.unit() != SummaryLength.Unit.WORDS) {
            return true;
        }
        int budget = (int) length.amount();
        if (words + sentenceWords <= budget || sentences == 0) {
            return true;
        }
        return words + sentenceWords - budget < budget - words;
    }

    void add(int sentenceWords) {
        if (length.unit() == SummaryLength.Unit.WORDS && words + sentenceWords >= (int) length.amount()) {
            closed = true;
        }
        sentences++;
        words += sentenceWords;
    }

    /** True when nothing more can be added. */
    boolean full() {
        return closed || sentences >= sentenceLimit;
    }
}
