package dev.precis.summarize;

import dev.precis.model.Vectors;
import dev.precis.nlp.encoder.SentenceEncoder;
import java.util.Arrays;
import java.util.List;

/**
 * The features a sentence is scored on, all in [0, 1]. Position counts only sentences that are not
 * junk, so a byline or a time stamp ahead of the lead does not push the lead down: a lead prior
 * (1 / (1 + place)), the relative place, the paragraph's place and the sentence's place in its
 * paragraph. Position enters only through these monotone forms: indicator features per place let a
 * corpus whose first lines are often editor's notes or captions teach that the first sentence is
 * worse than the third, which is false of news in general. Content: graph centrality (value and rank), similarity to the centroid, the mean
 * in-article probability of its content words (SumBasic, Nenkova and Vanderwende 2005; value and
 * rank), similarity to the headline. Shape: the share in quotation marks, an opening quotation, a
 * speech verb, a number, the share of capitalised words, a question, first person outside quotes,
 * and the shapes that read badly (dangling opener, a bare pronoun as speaker, half a quotation, junk).
 * With sentence vectors from an encoder (else 0): the cosine to the article's mean vector (what the
 * article is about, in meaning rather than shared words) and to the lead's vector (restating the news).
 * Then a constant bias, and three kinds of sentence that are not news ({@link SentenceKinds}: a general
 * background statement, a quotation with only its credit, a pronoun before any name), and the
 * {@link LeadSignals} of the article's lede, each times the sentence's lead prior (so their weights move
 * how strongly an article holds to its lead by the lede's shape). Computed once per article.
 *
 * <p>Length is deliberately not a feature: how long a good summary sentence is depends on who wrote
 * the reference (CNN's highlights are short, other desks' summaries long), so a length preference
 * learned from one source hurts on the next. The length a reader wants is the budget's business.
 */
final class SentenceFeatures {

    static final List<String> NAMES = List.of("pagerank", "pagerankRank", "centroid", "wordProbability",
            "wordProbabilityRank", "title",
            "lead", "relativePosition", "paragraph", "paragraphFirst", "inParagraph",
            "quoteShare", "opensWithQuote", "speech", "number", "capitalised",
            "question", "firstPerson", "dangling", "pronounSpeaker", "partialQuote", "junk",
            "semanticCentroid", "semanticLead", "bias", "background", "quoteOnly", "unresolvedPronoun",
            "leadDateline", "leadLength", "leadFigure", "leadPast", "leadOpening", "leadRestated", "leadCentral",
            "leadShortArticle");

    /**
     * Features a model file may leave out (read as weight 0, and written only when a weight is set), so
     * that a model written before they existed reads, and scores, exactly as it did ({@link SentenceKinds}).
     */
    static final List<String> OPTIONAL = List.of("background", "quoteOnly", "unresolvedPronoun",
            "leadDateline", "leadLength", "leadFigure", "leadPast", "leadOpening", "leadRestated", "leadCentral",
            "leadShortArticle");

    /** The optional features that are {@link LeadSignals} (each the signal times the sentence's lead prior). */
    static final List<String> LEAD_SIGNALS = LeadSignals.NAMES;

    /** Index of the first {@link LeadSignals} feature. */
    private static final int FIRST_SIGNAL = NAMES.indexOf(LeadSignals.NAMES.get(0));

    /** The features that need sentence vectors from an encoder; 0 without one. */
    static final List<String> SEMANTIC = List.of("semanticCentroid", "semanticLead");

    /** Up to this many sentences, centrality is PageRank over the similarity graph (quadratic). */
    static final int GRAPH_LIMIT = 300;

    private SentenceFeatures() {
    }

    /**
     * Feature rows for the first {@code n} sentences of the profile; {@code vectors} (unit-length, one
     * per sentence up to {@code n}) or null for a model without semantic features.
     */
    static double[][] compute(SentenceProfile p, String title, int n, float[][] vectors) {
        return compute(p, title, n, vectors, true);
    }

    /**
     * As {@link #compute(SentenceProfile, String, int, float[][])}; with {@code kinds} false the
     * {@link #OPTIONAL} features are left at 0 without being computed (for a model that weighs none of them).
     */
    static double[][] compute(SentenceProfile p, String title, int n, float[][] vectors, boolean kinds) {
        double[] semanticCentroid = new double[n];
        double[] semanticLead = new double[n];
        if (vectors != null && n > 0) {
            semantic(p, n, vectors, semanticCentroid, semanticLead);
        }
        double[] centroid = Centrality.centroidSimilarity(p, n);
        double[] graph = n <= GRAPH_LIMIT ? Centrality.pageRank(p, n) : centroid;
        double[] titleSim = titleSimilarity(p, title, n);
        double maxGraph = max(graph);
        double maxCentroid = max(centroid);
        double maxTitle = max(titleSim);
        double[] rank = ranks(graph);
        double[] probability = meanWordProbability(p, n);
        double[] probabilityRank = ranks(probability);
        double maxProbability = max(probability);
        int content = Math.max(1, p.contentSentences);
        // Without paragraph breaks the paragraph features are 0, not a copy of the sentence position,
        // so a model fitted on such text leaves them at 0 instead of giving them the bias's weight.
        boolean paragraphs = p.hasParagraphs;
        double[] signals = kinds ? LeadSignals.compute(p, n) : new double[LeadSignals.NAMES.size()];
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            int at = p.contentPosition[i];
            SentenceShape.Traits t = p.traits[i];
            String sentence = kinds ? p.sentences.get(i).text(p.text) : null;
            rows[i] = new double[] {
                    graph[i] / maxGraph,
                    rank[i],
                    centroid[i] / maxCentroid,
                    probability[i] / maxProbability,
                    probabilityRank[i],
                    titleSim[i] / maxTitle,
                    1.0 / (1 + at),
                    content == 1 ? 0 : Math.min(1, at / (double) (content - 1)),
                    paragraphs ? 1.0 / (1 + p.paragraphIndex[i]) : 0,
                    paragraphs && p.paragraphPosition[i] == 0 ? 1 : 0,
                    paragraphs ? 1.0 / (1 + p.paragraphPosition[i]) : 0,
                    t.quoteShare(),
                    t.opensWithQuote() ? 1 : 0,
                    t.speech() ? 1 : 0,
                    t.number() ? 1 : 0,
                    t.capitalised(),
                    t.question() ? 1 : 0,
                    t.firstPerson() ? 1 : 0,
                    p.danglingOpener[i] ? 1 : 0,
                    t.pronounSpeaker() ? 1 : 0,
                    p.partialQuote[i] ? 1 : 0,
                    p.junk[i] ? 1 : 0,
                    semanticCentroid[i],
                    semanticLead[i],
                    1,
                    kinds && SentenceKinds.background(sentence) ? 1 : 0,
                    kinds && SentenceKinds.quoteOnly(sentence, t.quoteShare()) ? 1 : 0,
                    kinds && SentenceKinds.unresolvedPronoun(sentence) ? 1 : 0,
                    0, 0, 0, 0, 0, 0, 0, 0,
            };
            for (int k = 0; k < signals.length; k++) {
                rows[i][FIRST_SIGNAL + k] = signals[k] / (1 + at);
            }
        }
        return rows;
    }

    /**
     * Cosine of each sentence to the mean vector of the article's sentences that are not junk (scaled
     * so the closest is 1), and to the lead's vector (the first sentence that is not junk); negative
     * cosines count as 0.
     */
    private static void semantic(SentenceProfile p, int n, float[][] vectors, double[] centroidOut, double[] leadOut) {
        int lead = -1;
        float[] sum = new float[vectors[0].length];
        for (int i = 0; i < n; i++) {
            if (!p.junk[i]) {
                lead = lead < 0 ? i : lead;
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += vectors[i][k];
                }
            }
        }
        Vectors.unitLength(sum);
        for (int i = 0; i < n; i++) {
            centroidOut[i] = Math.max(0, SentenceEncoder.cosine(vectors[i], sum));
            leadOut[i] = lead < 0 ? 0 : Math.max(0, SentenceEncoder.cosine(vectors[i], vectors[lead]));
        }
        double top = max(centroidOut);
        for (int i = 0; i < n; i++) {
            centroidOut[i] /= top;
        }
    }

    /** 1 for the highest value, falling evenly to 0 for the lowest. */
    private static double[] ranks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[] rank = new double[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = n == 1 ? 1 : 1 - r / (double) (n - 1);
        }
        return rank;
    }

    /** Mean over a sentence's content words of their frequency in the whole article. */
    private static double[] meanWordProbability(SentenceProfile p, int n) {
        int[] frequency = new int[p.vocabulary];
        for (int i = 0; i < p.size(); i++) {
            for (int k = 0; k < p.termIds[i].length; k++) {
                frequency[p.termIds[i][k]] += p.termCounts[i][k];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int terms = 0;
            double sum = 0;
            for (int k = 0; k < p.termIds[i].length; k++) {
                sum += (double) frequency[p.termIds[i][k]] * p.termCounts[i][k];
                terms += p.termCounts[i][k];
            }
            out[i] = terms == 0 ? 0 : sum / terms;
        }
        return out;
    }

    private static double[] titleSimilarity(SentenceProfile p, String title, int n) {
        double[] titleVector = new double[p.vocabulary];
        Terms.forEach(title, 0, title.length(), term -> {
            Integer id = p.ids.get(term);
            if (id != null) {
                titleVector[id] += Math.log((1.0 + p.size()) / p.documentFrequency[id]);
            }
        });
        double norm = 0;
        for (double x : titleVector) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = p.cosine(i, titleVector, norm);
        }
        return out;
    }

    private static double max(double[] values) {
        double m = 1e-9;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
