package dev.precis.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headlines' content words of a {@link TopicSpace}'s articles, and how much two headlines share: the cosine
 * of their word sets, each word weighted by its idf in the space's body vocabulary, so a rare word or name two
 * headlines share counts most and a running issue's common word ("budget") little. Used at consolidation
 * ({@link StoryParams#titleWeight()}) and at joins ({@link StoryParams#wordsJoinTitle()}, {@link StoryParams#titleVeto()});
 * kept only while one of those knobs is on ({@link StoryParams#usesHeadlines()}). Not thread-safe (the space's lock).
 */
final class StoryHeadlines {

    private final Map<Long, Set<String>> words = new HashMap<>();

    /** Records an article's headline (null or without content words: nothing recorded). */
    void put(long id, String title) {
        Set<String> w = ArticleFeatures.titleWords(title);
        if (!w.isEmpty()) {
            words.put(id, w);
        }
    }

    /**
     * {@code sim} with each pair of {@code ids} blended: {@code (1 - weight) x sim + weight x headline cosine},
     * for pairs whose headlines both have content words (others unchanged); in place, returned.
     */
    double[][] blend(List<Long> ids, double[][] sim, double weight, Vocabulary vocabulary, int articles) {
        int m = ids.size();
        Map<String, Double>[] w = weighted(ids, vocabulary, articles);
        double[] norm = new double[m];
        for (int i = 0; i < m; i++) {
            norm[i] = w[i] == null ? 0 : Math.sqrt(w[i].values().stream().mapToDouble(x -> x * x).sum());
        }
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                if (norm[i] > 0 && norm[j] > 0) {
                    double dot = 0;
                    for (Map.Entry<String, Double> e : w[i].entrySet()) {
                        Double o = w[j].get(e.getKey());
                        if (o != null) {
                            dot += e.getValue() * o;
                        }
                    }
                    sim[i][j] = (1 - weight) * sim[i][j] + weight * dot / (norm[i] * norm[j]);
                    sim[j][i] = sim[i][j];
                }
            }
        }
        return sim;
    }

    /** The content words of an article's recorded headline, or null when none was recorded. */
    Set<String> of(long id) {
        return words.get(id);
    }

    /**
     * The cosine of two headlines' content-word sets, each word weighted by its idf in {@code vocabulary} (0 when
     * either is null or empty, or they share no word).
     */
    static double cosine(Set<String> a, Set<String> b, Vocabulary vocabulary, int articles) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (String x : a) {
            double w = vocabulary.idf(vocabulary.id(x), articles);
            na += w * w;
            if (b.contains(x)) {
                dot += w * w;
            }
        }
        for (String x : b) {
            double w = vocabulary.idf(vocabulary.id(x), articles);
            nb += w * w;
        }
        return dot == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Double>[] weighted(List<Long> ids, Vocabulary vocabulary, int articles) {
        Map<String, Double>[] out = new Map[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            Set<String> t = words.get(ids.get(i));
            if (t != null) {
                Map<String, Double> m = new HashMap<>();
                t.forEach(x -> m.put(x, vocabulary.idf(vocabulary.id(x), articles)));
                out[i] = m;
            }
        }
        return out;
    }
}
