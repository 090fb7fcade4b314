package dev.precis.summarize;

import java.util.Arrays;
import java.util.List;

/**
 * The features a sentence is scored on, all in [0, 1]: graph centrality (value and rank), similarity
 * to the centroid, the mean in-article probability of its content words (SumBasic, Nenkova and
 * Vanderwende 2005; value and rank), similarity to the headline, position (first sentence, lead prior, relative place),
 * length, and the shapes that read badly (dangling opener, half a quotation, junk). The last feature
 * is a constant bias. Computed once per article.
 */
final class SentenceFeatures {

    static final List<String> NAMES = List.of("pagerank", "pagerankRank", "centroid", "wordProbability",
            "wordProbabilityRank", "title", "first",
            "lead", "relativePosition", "length", "dangling", "partialQuote", "junk", "bias");

    /** Up to this many sentences, centrality is PageRank over the similarity graph (quadratic). */
    static final int GRAPH_LIMIT = 300;

    private SentenceFeatures() {
    }

    /** Feature rows for the first {@code n} sentences of the profile. */
    static double[][] compute(SentenceProfile p, String title, int n) {
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
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {
                    graph[i] / maxGraph,
                    rank[i],
                    centroid[i] / maxCentroid,
                    probability[i] / maxProbability,
                    probabilityRank[i],
                    titleSim[i] / maxTitle,
                    i == 0 ? 1 : 0,
                    1.0 / (1 + i),
                    n == 1 ? 0 : i / (double) (n - 1),
                    Math.min(p.words[i], 60) / 60.0,
                    p.danglingOpener[i] ? 1 : 0,
                    p.partialQuote[i] ? 1 : 0,
                    p.junk[i] ? 1 : 0,
                    1,
            };
        }
        return rows;
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
