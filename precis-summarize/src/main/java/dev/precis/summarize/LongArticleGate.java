package dev.precis.summarize;

/**
 * How strongly a summary holds to the lead, by the article's length. A short news item is written as
 * an inverted pyramid: its first sentences are the news, and a summary that leaves them rarely gains.
 * A long piece (a feature, an analysis, a story with background and reaction) often opens with a scene
 * or a quotation and keeps facts the lede does not have for later, so the summary may weigh the rest.
 * An article with at least {@code fromSentences} sentences of news (bylines, stamps and captions not
 * counted) is scored with the lead weight {@code lead} and the fallback margin {@code leadMargin} in
 * place of the model's own; a shorter one with the model's.
 *
 * <p>A second, optional signal asks the long article itself whether it has something better than its
 * lead: scored with the gate's lead weight, its best sentence of news after the lead-3 (the first three
 * sentences of news) must score more than {@code minSpread} above the weakest of the lead-3. A long
 * article whose later sentences all score about as the lead's does keeps the model's hold on the lead.
 *
 * <p>A third, optional signal is the shape of the lede rather than the article's length: a lede that is
 * a question, opens with a quotation, or is a short teaser (fewer than {@link #TEASER_WORDS} words) does
 * not carry the news in the inverted-pyramid way, so an article of at least {@code teaserFrom} sentences
 * of news that opens with one is treated as long too ({@link LeadShape}).
 *
 * <p>A freed article may also weigh redundancy differently ({@code redundancy}, in place of the model's
 * MMR penalty): its picks come from the whole article, where background and reaction restate the news
 * more often than a lead does.
 * Immutable.
 *
 * @param fromSentences sentences of news from which an article counts as long; 0: no gate
 * @param lead the lead feature's weight for a long article
 * @param leadMargin the fallback-to-the-lead margin for a long article (see {@link SummaryModel#leadMargin()})
 * @param minSpread how far (in score units, may be negative) the best later sentence must score above
 *     the lead-3's weakest for the gate to apply; {@link Double#NEGATIVE_INFINITY}: length alone decides
 * @param teaserFrom sentences of news from which an article whose lede is a teaser counts as long;
 *     0: the lede's shape is not asked
 * @param redundancy the MMR penalty for a freed article; {@link Double#NaN}: the model's own
 */
public record LongArticleGate(int fromSentences, double lead, double leadMargin, double minSpread, int teaserFrom,
                              double redundancy) {

    /** A lede shorter than this many words (as shown) reads as a teaser, not as the news. */
    public static final int TEASER_WORDS = 10;

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
        if (Double.isNaN(minSpread) || minSpread == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("summary model: longSpread must be finite, got " + minSpread);
        }
        if (teaserFrom < 0) {
            throw new IllegalArgumentException("summary model: longTeaserFrom must be >= 0, got " + teaserFrom);
        }
        if (Double.isInfinite(redundancy)) {
            throw new IllegalArgumentException("summary model: longRedundancy must be finite, got " + redundancy);
        }
    }

    /** A gate that keeps the model's redundancy penalty. */
    public LongArticleGate(int fromSentences, double lead, double leadMargin, double minSpread, int teaserFrom) {
        this(fromSentences, lead, leadMargin, minSpread, teaserFrom, Double.NaN);
    }

    /** A gate by length, with an optional spread, that does not ask the lede's shape. */
    public LongArticleGate(int fromSentences, double lead, double leadMargin, double minSpread) {
        this(fromSentences, lead, leadMargin, minSpread, 0);
    }

    /** A gate decided by length alone. */
    public LongArticleGate(int fromSentences, double lead, double leadMargin) {
        this(fromSentences, lead, leadMargin, Double.NEGATIVE_INFINITY, 0);
    }

    /** Whether the gate is set at all. */
    public boolean active() {
        return fromSentences > 0;
    }

    /** Whether the gate has the second signal (a minimum spread) as well as length. */
    public boolean spreadSet() {
        return minSpread != Double.NEGATIVE_INFINITY;
    }

    /** Whether an article with this many sentences of news counts as long. */
    public boolean isLong(int newsSentences) {
        return active() && newsSentences >= fromSentences;
    }

    /** Whether a freed article has its own redundancy penalty. */
    public boolean redundancySet() {
        return !Double.isNaN(redundancy);
    }

    /** Whether the gate asks the lede's shape as well as the article's length. */
    public boolean teaserSet() {
        return teaserFrom > 0;
    }

    /**
     * Whether an article counts as long: by length alone, or, with {@code teaserFrom} set, from that
     * many sentences of news when its lede is a teaser.
     */
    public boolean isLong(int newsSentences, boolean teaserLede) {
        return isLong(newsSentences) || active() && teaserSet() && teaserLede && newsSentences >= teaserFrom;
    }

    /**
     * Whether a long article is freed from the lead: always without the second signal; with it, when
     * {@code spread} (its best later sentence's score minus the lead-3's weakest, under the gate's lead
     * weight) is above {@code minSpread}.
     */
    public boolean frees(double spread) {
        return !spreadSet() || spread > minSpread;
    }
}
