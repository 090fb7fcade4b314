package dev.precis.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The headlines' content words of a {@link TopicSpace}'s articles, and how much two headlines share: the cosine
 * of their word sets, each word weighted by its idf in the space's body vocabulary, so a rare word or name two
 * headlines share counts most and a running issue's common word ("budget") little. Used at joins
 * ({@link StoryParams#titleVeto()}); kept only while that knob is on ({@link StoryParams#usesHeadlines()}). Not thread-safe (the space's lock).
 */
final class StoryHeadlines {

    private final Map<Long, Set<String>> words = new HashMap<>();

    /** Records an article's headline, read in its language (null or without content words: nothing recorded). */
    void put(long id, String title, StoryLanguage language) {
        Set<String> w = language.contentWords(ArticleFeatures.titleWords(title));
        if (!w.isEmpty()) {
            words.put(id, w);
        }
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
        Weighted wa = Weighted.of(a, vocabulary, articles);
        Weighted wb = Weighted.of(b, vocabulary, articles);
        return wa == null || wb == null ? 0 : wa.cosine(wb);
    }

    /** A headline's words with their idf weights and the norm of those weights: the one weighting of both uses. */
    private record Weighted(Map<String, Double> weights, double norm) {

        /** The weighted words of a headline, or null when it is null or empty. */
        static Weighted of(Set<String> t, Vocabulary vocabulary, int articles) {
            if (t == null || t.isEmpty()) {
                return null;
            }
            Map<String, Double> m = new HashMap<>();
            double sq = 0;
            for (String x : t) {
                double w = vocabulary.idf(vocabulary.id(x), articles);
                m.put(x, w);
                sq += w * w;
            }
            return new Weighted(m, Math.sqrt(sq));
        }

        double cosine(Weighted o) {
            if (norm <= 0 || o.norm <= 0) {
                return 0;
            }
            double dot = 0;
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                Double x = o.weights.get(e.getKey());
                if (x != null) {
                    dot += e.getValue() * x;
                }
            }
            return dot == 0 ? 0 : dot / (norm * o.norm);
        }
    }
}
