package dev.precis.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headlines' content words of a {@link TopicSpace}'s articles, and how much two headlines share: the cosine
 * of their word sets, each word weighted by its idf in the space's body vocabulary, so a rare word or name two
 * headlines share counts most and a running issue's common word ("budget") little. Used at consolidation
 * only ({@link StoryParams#titleWeight()}); kept only while that knob is on. Not thread-safe (the space's lock).
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
