package dev.precis.store;

import java.util.Arrays;
import java.util.Map;

/**
 * An article's idf-weighted vector as {@link TopicSpace} compares it: word ids in the order the article's
 * features list them, weights ({@code (1 + ln count) x idf}) and each word's idf kept for the dot
 * products with raw log-tf vectors. Idf is taken at construction. Not thread-safe: {@link #cos} reuses
 * a scratch array (the topic space uses a query from one thread, under the library's lock).
 */
final class TopicQuery {

    private final int[] ids;
    private final double[] weights;
    private final double[] idfs;
    private final double norm;
    /** Open-addressing table: slot holds {@code position + 1} of the word hashed there, 0 when empty. */
    private final int[] slots;
    /** Each position's share of the dot product being computed (summed in position order). */
    private final double[] terms;
    /** Bit {@code i} set while {@code terms[i]} holds a share of the dot product being computed. */
    private final long[] touched;
    /**
     * While {@link #bind bound}: a table indexed by word id holding {@code position + 1} of each of this
     * query's words (0 elsewhere), looked up instead of {@link #slots} (one array read instead of a hash probe).
     */
    private int[] dense;

    private TopicQuery(int[] ids, double[] weights, double[] idfs) {
        this.ids = ids;
        this.weights = weights;
        this.idfs = idfs;
        double sq = 0;
        for (double w : weights) {
            sq += w * w;
        }
        this.norm = Math.sqrt(sq);
        this.slots = new int[Integer.highestOneBit(Math.max(4, ids.length * 4) - 1) << 1];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0) {
                int s = slot(ids[i]);
                while (slots[s] != 0) {
                    s = (s + 1) & (slots.length - 1);
                }
                slots[s] = i + 1;
            }
        }
        this.terms = new double[ids.length];
        this.touched = new long[(ids.length + 63) >>> 6];
    }

    private int slot(int id) {
        return (id * 0x9E3779B1 >>> 8) & (slots.length - 1);
    }

    /**
     * Writes this query's positions into {@code table} (indexed by word id, all zero, and longer than any id
     * a vector compared with {@link #cos} holds) and looks words up there until {@link #unbind}. The topic
     * space plans one article at a time with one pair of queries, so it keeps one table per vocabulary and
     * binds the query it is planning with: the planner compares every query with about a hundred
     * vectors, and the hash probe per word of those vectors was its largest cost (ingest --analyzed).
     */
    void bind(int[] table) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0) {
                table[ids[i]] = i + 1;
            }
        }
        dense = table;
    }

    /** Clears the table given to {@link #bind} (back to all zero) and goes back to the hash table. */
    void unbind() {
        int[] table = dense;
        if (table != null) {
            for (int id : ids) {
                if (id >= 0) {
                    table[id] = 0;
                }
            }
            dense = null;
        }
    }

    /** The largest word id of this query, or -1. */
    int maxId() {
        int max = -1;
        for (int id : ids) {
            max = Math.max(max, id);
        }
        return max;
    }

    /** The position of word {@code id} in this query, or -1. */
    private int positionOf(int id) {
        int[] table = dense;
        if (table != null) {
            return id < table.length ? table[id] - 1 : -1;
        }
        int s = slot(id);
        while (slots[s] != 0) {
            int p = slots[s] - 1;
            if (ids[p] == id) {
                return p;
            }
            s = (s + 1) & (slots.length - 1);
        }
        return -1;
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

    /**
     * From word counts weighed as they are ({@code count x idf}, no log; words no article holds get id -1 and the idf of
     * a word seen nowhere): an article's lead, {@link StoryParams#leadJoin()}.
     */
    static TopicQuery ofCounts(Map<String, Integer> counts, Vocabulary words, int articles) {
        int[] ids = new int[counts.size()];
        double[] weights = new double[ids.length];
        double[] idfs = new double[ids.length];
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            ids[i] = words.id(e.getKey());
            idfs[i] = words.idf(ids[i], articles);
            weights[i] = e.getValue() * idfs[i];
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

    /**
     * Cosine with raw log-tf {@code raw} (its idf-weighted norm {@code rawNorm}), weighted on the fly. The
     * shared words are found from whichever side is cheaper (a short vector's words looked up here, or
     * this query's words searched in a long one); either way the products are summed in this query's
     * word order, so the result does not depend on the path. Not thread-safe (a scratch array is reused).
     */
    double cos(SparseVector raw, double rawNorm) {
        if (norm == 0 || rawNorm == 0) {
            return 0;
        }
        double dot = 0;
        if (raw.size() <= 8 * ids.length) {
            // the shared words are found in the other vector's order; their products are summed in this
            // query's order by walking the marked positions in ascending order (the unmarked ones add zero,
            // so the sum is the one over every position, to the bit, without visiting the words not shared)
            // the arrays in locals and the bound table read inline: the quick compiler (the launcher's
            // -XX:TieredStopAtLevel=1 for ingest --analyzed) reloads fields and calls positionOf every word
            long[] marks = touched;
            double[] share = terms;
            double[] w8 = weights;
            double[] idf = idfs;
            int[] rawIds = raw.idArray();
            double[] rawValues = raw.valueArray();
            int n = raw.size();
            int[] table = dense;
            if (table != null) {
                int limit = table.length;
                for (int j = 0; j < n; j++) {
                    int id = rawIds[j];
                    int i = id < limit ? table[id] - 1 : -1;
                    if (i >= 0) {
                        share[i] = w8[i] * rawValues[j] * idf[i];
                        marks[i >>> 6] |= 1L << i;
                    }
                }
            } else {
                for (int j = 0; j < n; j++) {
                    int i = positionOf(rawIds[j]);
                    if (i >= 0) {
                        share[i] = w8[i] * rawValues[j] * idf[i];
                        marks[i >>> 6] |= 1L << i;
                    }
                }
            }
            for (int w = 0; w < marks.length; w++) {
                long bits = marks[w];
                while (bits != 0) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                    dot += share[i];
                    bits &= bits - 1;
                }
                marks[w] = 0;
            }
        } else {
            for (int i = 0; i < ids.length; i++) {
                int j = raw.indexOf(ids[i]);
                if (j >= 0) {
                    dot += weights[i] * raw.valueAt(j) * idfs[i];
                }
            }
        }
        return Math.min(1.0, dot / (norm * rawNorm));
    }
}
