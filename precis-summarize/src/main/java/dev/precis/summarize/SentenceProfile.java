package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-article view the summarizers score: each sentence as a sparse term-count vector (term ids
 * local to the article), its word count and its shape (caption, byline, fragment, dangling opener,
 * half a quotation). Built once per article; not shared between threads.
 */
final class SentenceProfile {

    final String text;
    final List<Sentence> sentences;
    final int[][] termIds;
    final int[][] termCounts;
    final double[] norms;
    final int[] words;
    final boolean[] junk;
    final boolean[] danglingOpener;
    final boolean[] partialQuote;
    final int[] documentFrequency;
    final int vocabulary;
    final Map<String, Integer> ids;

    SentenceProfile(AnalyzedArticle article) {
        this.text = article.article().text();
        this.sentences = article.sentences();
        int n = sentences.size();
        termIds = new int[n][];
        termCounts = new int[n][];
        norms = new double[n];
        words = new int[n];
        junk = new boolean[n];
        danglingOpener = new boolean[n];
        partialQuote = new boolean[n];
        ids = new HashMap<>();
        List<Integer> df = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            Map<Integer, Integer> counts = new HashMap<>();
            Terms.forEach(text, s.range().start(), s.range().end(), (term, capitalized) -> {
                Integer id = ids.computeIfAbsent(term, t -> ids.size());
                counts.merge(id, 1, Integer::sum);
            });
            termIds[i] = new int[counts.size()];
            termCounts[i] = new int[counts.size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                termIds[i][k] = e.getKey();
                termCounts[i][k] = e.getValue();
                while (df.size() <= e.getKey()) {
                    df.add(0);
                }
                df.set(e.getKey(), df.get(e.getKey()) + 1);
                k++;
            }
            String sentence = s.text(text);
            words[i] = SentenceShape.wordCount(sentence);
            junk[i] = SentenceShape.isJunk(sentence, words[i]);
            danglingOpener[i] = SentenceShape.opensWithDanglingReference(sentence);
            partialQuote[i] = SentenceShape.isPartialQuote(sentence);
        }
        vocabulary = ids.size();
        documentFrequency = df.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 0; k < termIds[i].length; k++) {
                double w = weight(i, k);
                sum += w * w;
            }
            norms[i] = Math.sqrt(sum);
        }
    }

    int size() {
        return sentences.size();
    }

    /** TF-IDF weight of the k-th term of sentence i, with IDF over the article's sentences. */
    double weight(int i, int k) {
        double idf = Math.log((1.0 + size()) / (documentFrequency[termIds[i][k]]));
        return termCounts[i][k] * idf;
    }

    /** Cosine similarity of sentences a and b. */
    double cosine(int a, int b) {
        if (norms[a] == 0 || norms[b] == 0) {
            return 0;
        }
        int[] ia = termIds[a];
        int[] ib = termIds[b];
        if (ia.length > ib.length) {
            return cosine(b, a);
        }
        double dot = 0;
        for (int k = 0; k < ia.length; k++) {
            int pos = indexOf(ib, ia[k]);
            if (pos >= 0) {
                dot += weight(a, k) * weight(b, pos);
            }
        }
        return dot / (norms[a] * norms[b]);
    }

    private static int indexOf(int[] array, int value) {
        for (int i = 0; i < array.length; i++) {
            if (array[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Cosine similarity of sentence i with an external term vector (term id → weight). */
    double cosine(int i, double[] vector, double vectorNorm) {
        if (norms[i] == 0 || vectorNorm == 0) {
            return 0;
        }
        double dot = 0;
        for (int k = 0; k < termIds[i].length; k++) {
            dot += weight(i, k) * vector[termIds[i][k]];
        }
        return dot / (norms[i] * vectorNorm);
    }
}
