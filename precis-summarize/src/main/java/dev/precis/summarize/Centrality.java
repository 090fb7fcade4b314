package dev.precis.summarize;

import java.util.Arrays;

/**
 * Sentence centrality: PageRank over the graph of TF-IDF cosine similarities between sentences
 * (TextRank/LexRank), and the linear-time fallback of similarity to the article's centroid.
 */
final class Centrality {

    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 30;

    private Centrality() {
    }

    /** PageRank of the first {@code n} sentences over their cosine-similarity graph. */
    static double[] pageRank(SentenceProfile p, int n) {
        double[][] sim = new double[n][n];
        double[] out = new double[n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double s = p.cosine(a, b);
                sim[a][b] = s;
                sim[b][a] = s;
                out[a] += s;
                out[b] += s;
            }
        }
        // Row-normalise once: transition[b][a] is the share of b's rank that flows to a.
        for (int b = 0; b < n; b++) {
            if (out[b] > 0) {
                for (int a = 0; a < n; a++) {
                    sim[b][a] /= out[b];
                }
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / Math.max(1, n));
        double[] next = new double[n];
        for (int it = 0; it < ITERATIONS; it++) {
            Arrays.fill(next, 0);
            for (int b = 0; b < n; b++) {
                double share = rank[b];
                double[] row = sim[b];
                for (int a = 0; a < n; a++) {
                    next[a] += row[a] * share;
                }
            }
            for (int a = 0; a < n; a++) {
                next[a] = (1 - DAMPING) / n + DAMPING * next[a];
            }
            double[] swap = rank;
            rank = next;
            next = swap;
        }
        return rank;
    }

    /** Cosine of each of the first {@code n} sentences with the article's TF-IDF centroid. */
    static double[] centroidSimilarity(SentenceProfile p, int n) {
        double[] centroid = new double[p.vocabulary];
        for (int i = 0; i < p.size(); i++) {
            for (int k = 0; k < p.termIds[i].length; k++) {
                centroid[p.termIds[i][k]] += p.weight(i, k);
            }
        }
        double norm = 0;
        for (double x : centroid) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = p.cosine(i, centroid, norm);
        }
        return out;
    }
}
