package dev.precis.model;

/**
 * How long a summary should be: a number of sentences, a word budget, or a share of the article's
 * sentences. Immutable and thread-safe.
 *
 * @param unit what {@code amount} counts
 * @param amount sentences or words (whole numbers), or a ratio in (0, 1]
 */
public record SummaryLength(Unit unit, double amount) {

    /** What a length counts. */
    public enum Unit { SENTENCES, WORDS, RATIO }

    /**
     * The default for "No time to read?": a 75-word budget, the length of an editor's summary (news
     * sites' summaries run 60 to 80 words), whatever the length of the article's sentences.
     */
    public static final SummaryLength DEFAULT = words(75);

    public SummaryLength {
        if (unit == null) {
            throw new IllegalArgumentException("summary length unit is required");
        }
        if (unit == Unit.RATIO ? !(amount > 0 && amount <= 1) : !(amount >= 1 && amount == Math.rint(amount))) {
            throw new IllegalArgumentException(unit == Unit.RATIO
                    ? "ratio must be in (0, 1], got " + amount
                    : unit.name().toLowerCase() + " must be a whole number >= 1, got " + shown(amount));
        }
    }

    /** A whole amount as the user typed it ("0", not "0.0"); any other as is. */
    private static String shown(double amount) {
        return amount == Math.rint(amount) && Math.abs(amount) < 1e15
                ? Long.toString((long) amount) : Double.toString(amount);
    }

    /**
     * Words as a word budget counts them, the way a reader or a word processor counts: runs of text
     * between spaces that hold a letter or a digit ("don't", "US-led", "3.5" and "Kremlin’s" are one
     * word each; a dash standing between spaces is none), so every summarizer and every evaluation
     * measures a budget the same way, and a summary of "60 words" has 60 as the user counts them.
     */
    public static int wordCount(CharSequence s) {
        int count = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inToken = false;
                continue;
            }
            if (!inToken) {
                inToken = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                count++;
                counted = true;
            }
        }
        return count;
    }

    public static SummaryLength sentences(int n) {
        return new SummaryLength(Unit.SENTENCES, n);
    }

    public static SummaryLength words(int n) {
        return new SummaryLength(Unit.WORDS, n);
    }

    public static SummaryLength ratio(double r) {
        return new SummaryLength(Unit.RATIO, r);
    }
}
