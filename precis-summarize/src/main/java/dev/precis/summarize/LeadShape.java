package dev.precis.summarize;

/**
 * Whether an article's lede (its first sentence of news: bylines, stamps and captions ahead of it do
 * not count) reads as a teaser rather than as the news. An inverted-pyramid report opens with a full
 * declarative sentence saying who did what; a feature or a magazine-style piece often opens with a
 * question ("What makes a city liveable?"), a quotation, or a short hook ("It started with a phone
 * call."), and keeps the facts for later. Used by {@link LongArticleGate} as a sign that the lead prior
 * fits the article less. Stateless.
 */
final class LeadShape {

    private LeadShape() {
    }

    /** Whether the first sentence of news among the profile's first {@code n} is a teaser; false when there is none. */
    static boolean teaser(SentenceProfile p, int n) {
        for (int i = 0; i < n; i++) {
            if (!p.junk[i]) {
                SentenceShape.Traits t = p.traits[i];
                return t.question() || t.opensWithQuote() || p.shownWords[i] < LongArticleGate.TEASER_WORDS;
            }
        }
        return false;
    }
}
