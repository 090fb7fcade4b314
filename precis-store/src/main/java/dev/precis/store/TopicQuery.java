package dev.precis.store;

import java.util.Arrays;
import java.util.Map;

/**
 * An article's idf-weighted vector as {@link TopicSpace} compares it: word ids in the order the article's
 * features list them, weights ({@code (1 + ln count) x idf}) and each word's idf kept for the dot
 * products with raw log-tf vectors. Immutable once built; idf is taken at construction.
 */
final class TopicQuery {

    private final int[] ids;
    private final double[] weights;
    private final double[] idfs;
    private final double norm;

    private TopicQuery(int[] ids, double[] weights, double[] idfs) {
        this.ids = ids;
        this.weights = weights;
        this.idfs = idfs;
        double sq = 0;
        for (double w : weights) {
            sq += w * w;
        }
        this.norm = Math.sqrt(sq);
    }

    /** From word counts (words no article holds get id -1 and the idf of a word seen nowhere). */
    static TopicQuery of(Map<String, Integer> counts, Vocabulary words, int articles) {
        int[] ids = new int[counts.size()];
        double[] weights = new double[ids.length];
        double[] idfs = new double[ids.length];
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            ids[i] = words.id(e.getKey());
            idfs[i] = words.idf(ids[i], articles);
            weights[i] = (1 + Math.log(e.getValue())) * idfs[i];
            i++;
        }
        return new TopicQuery(ids, weights, idfs);
    }

    /** From a stored article's log-tf vector ({@code 1 + ln count} per word). */
    static TopicQuery of(SparseVector logTf, Vocabulary words, int articles) {
        int n = logTf.size();
        int[] ids = new int[n];
        double[] weights = new double[n];
        double[] idfs = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = logTf.idAt(i);
            idfs[i] = words.idf(ids[i], articles);
            weights[i] = logTf.valueAt(i) * idfs[i];
        }
        return new TopicQuery(ids, weights, idfs);
    }

    int size() {
        return ids.length;
    }

    int id(int i) {
        return ids[i];
    }

    /** Positions of the {@code k} heaviest words, heaviest first; equal weights keep their order. */
    int[] heaviest(int k) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(-weights[a], -weights[b]));
        int[] out = new int[Math.min(k, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** Cosine with raw log-tf {@code raw} (its idf-weighted norm {@code rawNorm}), weighted on the fly. */
    double cos(SparseVector raw, double rawNorm) {
        if (norm == 0 || rawNorm == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < ids.length; i++) {
            int j = raw.indexOf(ids[i]);
            if (j >= 0) {
                dot += weights[i] * raw.valueAt(j) * idfs[i];
            }
        }
        return Math.min(1.0, dot / (norm * rawNorm));
    }
}
