package dev.precis.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * In-memory similarity space over every article's features: document frequencies, postings for finding
 * candidates, and story centroids. It decides, for a new article, which story it joins and which
 * earlier articles are related. Hand-written (TF-IDF cosine over key names and content words) because
 * incremental story clustering is the product's core.
 *
 * <p>Similarity = {@value #KEY_WEIGHT} x cosine of key names + (1 - {@value #KEY_WEIGHT}) x cosine of
 * content words, both TF-IDF weighted. Stories do not depend on time: an article joins the story whose
 * centroid and closest member it resembles most, however far apart in time. Related articles add a
 * small bonus for closeness in time. Not thread-safe: the library calls it under its write lock.
 */
final class TopicSpace {

    static final double KEY_WEIGHT = 0.6;
    static final double STORY_THRESHOLD = 0.30;
    static final double RELATED_THRESHOLD = 0.18;
    static final int RELATED_LIMIT = 6;
    private static final int CANDIDATES = 150;

    private record Entry(long id, Map<String, Integer> terms, Map<String, Integer> keys, Long day, long story) {
    }

    private static final class Story {
        final Map<String, Double> terms = new HashMap<>();
        final Map<String, Double> keys = new HashMap<>();
        final List<Long> members = new ArrayList<>();
    }

    /** What a new article should do: join {@code storyId} (0 = start a new story) and link to related. */
    record Plan(long storyId, double storyScore, List<Related> related) {
    }

    /** A related earlier article and the similarity score. */
    record Related(long articleId, double score) {
    }

    private final Map<String, Integer> termDf = new HashMap<>();
    private final Map<String, Integer> keyDf = new HashMap<>();
    private final Map<String, List<Long>> termPostings = new HashMap<>();
    private final Map<String, List<Long>> keyPostings = new HashMap<>();
    private final Map<Long, Entry> articles = new HashMap<>();
    private final Map<Long, Story> stories = new HashMap<>();
    private final Map<String, String> keySurface = new HashMap<>();

    int size() {
        return articles.size();
    }

    Plan plan(ArticleFeatures f, Long epochDay) {
        Map<String, Integer> keys = lower(f.keys());
        Map<Long, Integer> hits = new HashMap<>();
        int cap = Math.max(200, articles.size() / 4);
        keys.keySet().forEach(k -> count(keyPostings.get(k), hits, cap, 2));
        f.terms().entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -(1 + Math.log(e.getValue())) * idf(termDf, e.getKey())))
                .limit(20)
                .forEach(e -> count(termPostings.get(e.getKey()), hits, cap, 1));
        List<Long> candidates = hits.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
        Map<String, Double> vt = weigh(f.terms(), termDf);
        Map<String, Double> vk = weigh(keys, keyDf);
        List<Related> related = new ArrayList<>();
        Map<Long, Double> bestMember = new HashMap<>();
        for (long id : candidates) {
            Entry e = articles.get(id);
            double sim = similarity(vk, vt, weigh(e.keys, keyDf), weigh(e.terms, termDf));
            bestMember.merge(e.story, sim, Math::max);
            double withTime = sim * timeFactor(epochDay, e.day);
            if (withTime >= RELATED_THRESHOLD) {
                related.add(new Related(id, withTime));
            }
        }
        related.sort(Comparator.comparingDouble(Related::score).reversed());
        long bestStory = 0;
        double bestScore = 0;
        for (Map.Entry<Long, Double> m : bestMember.entrySet()) {
            Story s = stories.get(m.getKey());
            double centroid = similarity(vk, vt, weighDouble(s.keys, keyDf), weighDouble(s.terms, termDf));
            double score = 0.5 * centroid + 0.5 * m.getValue();
            if (score > bestScore) {
                bestScore = score;
                bestStory = m.getKey();
            }
        }
        if (bestScore < STORY_THRESHOLD) {
            bestStory = 0;
        }
        return new Plan(bestStory, bestScore, List.copyOf(related.subList(0, Math.min(RELATED_LIMIT, related.size()))));
    }

    /** Records a committed article. */
    void add(long id, ArticleFeatures f, Long epochDay, long storyId) {
        Map<String, Integer> keys = lower(f.keys());
        f.keys().keySet().forEach(k -> keySurface.putIfAbsent(k.toLowerCase(Locale.ROOT), k));
        Entry e = new Entry(id, f.terms(), keys, epochDay, storyId);
        articles.put(id, e);
        f.terms().keySet().forEach(t -> {
            termDf.merge(t, 1, Integer::sum);
            termPostings.computeIfAbsent(t, x -> new ArrayList<>()).add(id);
        });
        keys.keySet().forEach(k -> {
            keyDf.merge(k, 1, Integer::sum);
            keyPostings.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
        });
        Story s = stories.computeIfAbsent(storyId, x -> new Story());
        s.members.add(id);
        f.terms().forEach((t, c) -> s.terms.merge(t, 1 + Math.log(c), Double::sum));
        keys.forEach((k, c) -> s.keys.merge(k, 1 + Math.log(c), Double::sum));
    }

    /** The story's most telling key names, as first written. */
    List<String> keyNames(long storyId, int n) {
        Story s = stories.get(storyId);
        if (s == null) {
            return List.of();
        }
        return weighDouble(s.keys, keyDf).entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> keySurface.getOrDefault(e.getKey(), e.getKey())).toList();
    }

    private static void count(List<Long> postings, Map<Long, Integer> hits, int cap, int w) {
        if (postings == null || postings.size() > cap) {
            return;
        }
        for (long id : postings) {
            hits.merge(id, w, Integer::sum);
        }
    }

    private static double timeFactor(Long a, Long b) {
        if (a == null || b == null) {
            return 0.9;
        }
        return 0.8 + 0.2 * Math.exp(-Math.abs(a - b) / 60.0);
    }

    private static double similarity(Map<String, Double> k1, Map<String, Double> t1, Map<String, Double> k2, Map<String, Double> t2) {
        return KEY_WEIGHT * cosine(k1, k2) + (1 - KEY_WEIGHT) * cosine(t1, t2);
    }

    private double idf(Map<String, Integer> df, String term) {
        return Math.log((articles.size() + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1.0;
    }

    private Map<String, Double> weigh(Map<String, Integer> counts, Map<String, Integer> df) {
        Map<String, Double> v = new HashMap<>();
        counts.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * idf(df, t)));
        return v;
    }

    private Map<String, Double> weighDouble(Map<String, Double> sums, Map<String, Integer> df) {
        Map<String, Double> v = new HashMap<>();
        sums.forEach((t, c) -> v.put(t, c * idf(df, t)));
        return v;
    }

    private static Map<String, Integer> lower(Map<String, Integer> keys) {
        Map<String, Integer> out = new HashMap<>();
        keys.forEach((k, c) -> out.merge(k.toLowerCase(Locale.ROOT), c, Integer::sum));
        return out;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
