package dev.precis.summarize;

import dev.precis.nlp.encoder.SentenceEncoder;
import java.util.List;

/**
 * Whether the lead is the news, asked of the article's shape rather than its length, to decide per
 * article how strongly the summary holds to the lead ({@link LongArticleGate}). Two signals:
 * <ul>
 * <li>a <em>dateline</em> ("LONDON (Reuters) - ", "PARIS, France -- ") in front of the lede marks a
 *     report filed from a place, written in the inverted pyramid: its lead is the news even when the
 *     article is long, so with {@code holdDatelined} a long datelined article keeps the model's hold
 *     on the lead;</li>
 * <li>the <em>lead–rest similarity</em>: the TF-IDF cosine between the first three sentences of news
 *     taken together and the rest of the article's sentences of news taken together. A lede that
 *     states the news shares its names and terms with the body that develops it; an anecdotal or
 *     scene-setting opening shares few. A long article at least {@code holdSimilarity} similar is held;
 *     an article of at least {@code freeFrom} sentences of news (shorter than the gate's length) less
 *     than {@code freeBelow} similar is freed as a long one is.</li>
 * </ul>
 * The similarity is taken over TF-IDF term vectors (one pass, no encoder), or, with {@code meaning},
 * between the meaning vectors of the two sides' texts from the summarizer's sentence encoder (the
 * static MiniLM table: a tokenising pass over the article). Immutable.
 *
 * @param holdDatelined whether a long article with a place dateline is held to the lead
 * @param holdSimilarity lead–rest similarity from which a long article is held; {@link Double#POSITIVE_INFINITY}: never
 * @param freeFrom sentences of news from which a shorter article may be freed by a low similarity; 0: never
 * @param freeBelow lead–rest similarity below which such an article is freed
 * @param meaning whether the similarity is between meaning vectors (needs an encoder) rather than TF-IDF
 */
public record LeadNewsSignal(boolean holdDatelined, double holdSimilarity, int freeFrom, double freeBelow,
                             boolean meaning) {

    /** No signal: the gate decides by length (and its own optional signals) alone. */
    public static final LeadNewsSignal NONE = new LeadNewsSignal(false, Double.POSITIVE_INFINITY, 0, 0);

    /** A signal whose similarity is over TF-IDF term vectors. */
    public LeadNewsSignal(boolean holdDatelined, double holdSimilarity, int freeFrom, double freeBelow) {
        this(holdDatelined, holdSimilarity, freeFrom, freeBelow, false);
    }

    public LeadNewsSignal {
        if (Double.isNaN(holdSimilarity) || holdSimilarity == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("summary model: longHoldSimilarity must be a number, got " + holdSimilarity);
        }
        if (freeFrom < 0) {
            throw new IllegalArgumentException("summary model: longTopicFrom must be >= 0, got " + freeFrom);
        }
        if (!Double.isFinite(freeBelow)) {
            throw new IllegalArgumentException("summary model: longTopicBelow must be finite, got " + freeBelow);
        }
    }

    /** Whether the similarity is asked at all. */
    boolean similarityUsed() {
        return holdSimilarity != Double.POSITIVE_INFINITY || freeFrom > 0;
    }

    /** Whether the signal needs a sentence encoder. */
    public boolean needsEncoder() {
        return meaning && similarityUsed();
    }

    /** Whether any signal is set. */
    public boolean active() {
        return holdDatelined || similarityUsed();
    }

    /**
     * Whether an article is freed from the lead prior, given whether its length alone would free it.
     *
     * @param longByLength the gate's length (and teaser) decision
     * @param newsSentences the article's sentences of news
     * @param datelined whether its lede opens with a place dateline
     * @param similarity its lead–rest similarity (NaN when not computed or undefined)
     */
    boolean frees(boolean longByLength, int newsSentences, boolean datelined, double similarity) {
        if (longByLength) {
            if (holdDatelined && datelined) {
                return false;
            }
            return !(similarity >= holdSimilarity);
        }
        return freeFrom > 0 && newsSentences >= freeFrom && similarity < freeBelow;
    }

    /** Whether the first sentence of news among the profile's first {@code n} opens with a place dateline. */
    static boolean datelined(SentenceProfile p, int n) {
        for (int i = 0; i < n; i++) {
            if (!p.junk[i]) {
                int start = p.sentences.get(i).range().start();
                int end = Math.min(p.text.length(), start + 200);
                return SentenceTrim.opensWithPlaceDateline(p.text.substring(start, end));
            }
        }
        return false;
    }

    /**
     * The TF-IDF cosine between the sum of the lead-3's vectors (the first three sentences of news) and
     * the sum of the later sentences of news; NaN when either side is empty or has no terms.
     */
    static double leadRestSimilarity(SentenceProfile p, int n) {
        double[] lead = new double[p.vocabulary];
        double[] rest = new double[p.vocabulary];
        int seen = 0;
        for (int i = 0; i < n; i++) {
            if (p.junk[i] || p.norms[i] == 0) {
                continue;
            }
            double[] side = seen++ < 3 ? lead : rest;
            for (int k = 0; k < p.termIds[i].length; k++) {
                side[p.termIds[i][k]] += p.termWeights[i][k] / p.norms[i];
            }
        }
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int t = 0; t < lead.length; t++) {
            dot += lead[t] * rest[t];
            a += lead[t] * lead[t];
            b += rest[t] * rest[t];
        }
        return a == 0 || b == 0 ? Double.NaN : dot / Math.sqrt(a * b);
    }

    /**
     * The cosine between the encoder's vectors of the lead-3's text and the later sentences' text
     * (sentences of news only, each side joined by spaces); NaN when either side is empty.
     */
    static double leadRestMeaning(SentenceEncoder encoder, SentenceProfile p, int n) {
        StringBuilder lead = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        int seen = 0;
        for (int i = 0; i < n; i++) {
            if (p.junk[i]) {
                continue;
            }
            StringBuilder side = seen++ < 3 ? lead : rest;
            side.append(p.sentences.get(i).text(p.text)).append(' ');
        }
        if (lead.isEmpty() || rest.isEmpty()) {
            return Double.NaN;
        }
        float[][] v = encoder.encode(List.of(lead.toString(), rest.toString()));
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int k = 0; k < v[0].length; k++) {
            dot += v[0][k] * v[1][k];
            a += v[0][k] * v[0][k];
            b += v[1][k] * v[1][k];
        }
        return a == 0 || b == 0 ? Double.NaN : dot / Math.sqrt(a * b);
    }
}
