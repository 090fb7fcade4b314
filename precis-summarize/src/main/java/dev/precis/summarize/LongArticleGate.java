package dev.precis.summarize;

/**
 * How strongly a summary holds to the lead, by the article's length. A short news item is written as
 * an inverted pyramid: its first sentences are the news, and a summary that leaves them rarely gains.
 * A long piece (a feature, an analysis, a story with background and reaction) often opens with a scene
 * or a quotation and keeps facts the lede does not have for later, so the summary may weigh the rest.
 * An article with at least {@code fromSentences} sentences of news (bylines, stamps and captions not
 * counted) is scored with the lead weight {@code lead} and the fallback margin {@code leadMargin} in
 * place of the model's own; a shorter one with the model's. Immutable.
 *
 * @param fromSentences sentences of news from which an article counts as long; 0: no gate
 * @param lead the lead feature's weight for a long article
 * @param leadMargin the fallback-to-the-lead margin for a long article (see {@link SummaryModel#leadMargin()})
 */
public record LongArticleGate(int fromSentences, double lead, double leadMargin) {

    /** No gate: every article is scored with the model's own lead weight and margin. */
    public static final LongArticleGate NONE = new LongArticleGate(0, 0, 0);

    public LongArticleGate {
        if (fromSentences < 0) {
            throw new IllegalArgumentException("summary model: longFrom must be >= 0, got " + fromSentences);
        }
        if (!Double.isFinite(lead)) {
            throw new IllegalArgumentException("summary model: longLead must be finite, got " + lead);
        }
        if (!(leadMargin >= 0) || leadMargin == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("summary model: longLeadMargin must be finite and >= 0, got " + leadMargin);
        }
    }

    /** Whether the gate is set at all. */
    public boolean active() {
        return fromSentences > 0;
    }

    /** Whether an article with this many sentences of news counts as long. */
    public boolean isLong(int newsSentences) {
        return active() && newsSentences >= fromSentences;
    }
}
