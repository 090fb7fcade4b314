package dev.precis.nlp.time;

import java.util.regex.Pattern;

/**
 * The tense around a time expression, read from cue words in a window of its sentence. It decides
 * which side of the publication date an underspecified expression ("on Monday", "in March") falls on:
 * "the ministry said on Monday" looks back, "will meet on Monday" looks forward. Thread-safe.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Pattern FUTURE_CUE = Pattern.compile(
            "\\b(?:will|won't|shall|'ll|going\\s+to|is\\s+to|are\\s+to|scheduled|slated|due\\s+to|due\\s+on"
                    + "|expected\\s+to|plans?\\s+to|planned|intends?\\s+to|upcoming|forthcoming|would\\s+be\\s+held"
                    + "|to\\s+be\\s+held|set\\s+to|until|next|coming)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_CUE = Pattern.compile(
            "\\b(?:said|says|was|were|had|did|ago|last|told|met|made|took|gave|came|went|saw|won|lost|held"
                    + "|began|spoke|wrote|sold|bought|rose|fell|paid|announced|reported|\\p{L}{3,}ed)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final int BEFORE = 70;
    private static final int AFTER = 40;

    /** The tense of the clause around {@code [start, end)}, inside {@code [sentenceStart, sentenceEnd)}. */
    static Tense around(String text, int start, int end, int sentenceStart, int sentenceEnd) {
        int from = Math.max(sentenceStart, start - BEFORE);
        int to = Math.min(sentenceEnd, end + AFTER);
        CharSequence before = text.subSequence(from, start);
        CharSequence after = text.subSequence(end, Math.max(end, to));
        if (FUTURE_CUE.matcher(before).find() || FUTURE_CUE.matcher(after).find()) {
            return FUTURE;
        }
        if (PAST_CUE.matcher(before).find() || PAST_CUE.matcher(after).find()) {
            return PAST;
        }
        return UNKNOWN;
    }
}
