package dev.precis.store;

import java.util.Arrays;
import java.util.List;

/**
 * Headline similarity for story grouping: an article's headline as the sorted ids of its content words in
 * the space's word vocabulary, compared by an idf-weighted cosine with each word counted once (a headline
 * names the event in a handful of words, so two reports of one event tend to share its rarest ones, while
 * one outlet's boilerplate and a running issue's background sit in the body). Hand-written: a few lines
 * over the space's own vocabulary and idf, which no library offers.
 */
final class Headlines {

    private static final int[] NONE = new int[0];

    private Headlines() {
    }

    /**
     * The ids of {@code words} that the vocabulary knows, sorted and distinct; words it does not know
     * count as -1 (kept once each: they weigh in the norm, as a word seen nowhere).
     */
    static int[] ids(List<String> words, Vocabulary vocabulary) {
        if (words.isEmpty()) {
            return NONE;
        }
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.id(words.get(i));
        }
        Arrays.sort(ids);
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i == 0 || ids[i] != ids[i - 1] || ids[i] < 0) {
                ids[n++] = ids[i];
            }
        }
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }

    /** The idf-weighted length of a headline (each word once). */
    static double norm(int[] ids, Vocabulary vocabulary, int articles) {
        double s = 0;
        for (int id : ids) {
            double w = vocabulary.idf(id, articles);
            s += w * w;
        }
        return Math.sqrt(s);
    }

    /** The idf-weighted cosine of two headlines (0 when either is empty); unknown words (-1) match nothing. */
    static double cos(int[] a, double aNorm, int[] b, double bNorm, Vocabulary vocabulary, int articles) {
        if (a.length == 0 || b.length == 0 || aNorm <= 0 || bNorm <= 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                if (a[i] >= 0) {
                    double w = vocabulary.idf(a[i], articles);
                    dot += w * w;
                }
                i++;
                j++;
            }
        }
        return dot / (aNorm * bNorm);
    }
}
