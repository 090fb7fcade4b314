package dev.precis.summarize;

/**
 * Whether an article is a report filed from a place: its text opens with a wire dateline that names
 * the place ("PARIS, France -- ", "LONDON, England (Reuters) -- ", "NEW DELHI: "), by the same patterns
 * the summary uses to cut a dateline from the lede ({@link SentenceTrim}). Datelined copy is the news
 * report written in the inverted pyramid (the most important facts first); a bare source tag
 * ("(CNN) -- ", a partner magazine's "(InStyle) -- ") names no place and does not count. Evaluation
 * uses it to pick lead-strong copy by the text's shape alone. Stateless.
 */
public final class Datelines {

    private Datelines() {
    }

    /** True when {@code text} opens with a dateline naming a place. */
    public static boolean opensWithPlace(String text) {
        return SentenceTrim.opensWithPlaceDateline(text);
    }
}
