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
    /** Score an article needs to join a story; {@code -Dprecis.story.threshold} overrides it for tuning runs. */
    static final double STORY_THRESHOLD = Double.parseDouble(System.getProperty("precis.story.threshold", "0.25"));
    static final double RELATED_THRESHOLD = 0.18;
    static final int RELATED_LIMIT = 6;
    private static final int CANDIDATES = 80;

    private static final class Entry {
        final Map<String, Double> terms = new HashMap<>();
        final Map<String, Double> keys = new HashMap<>();
        final ArticleFeatures features;
        final Long day;
        long story;
        int epoch = -1;
        double termNorm;
        double keyNorm;

        Entry(ArticleFeatures features, Map<String, Integer> keyCounts, Long day, long story) {
            this.features = features;
            features.terms().forEach((t, c) -> terms.put(t, 1 + Math.log(c)));
            keyCounts.forEach((k, c) -> keys.put(k, 1 + Math.log(c)));
            this.day = day;
            this.story = story;
        }
    }

    /** A story's centroid: summed log-tf per term; norms under the current idf are cached per epoch. */
    private static final class Story {
        final Map<String, Double> terms = new HashMap<>();
        final Map<String, Double> keys = new HashMap<>();
        final List<Long> members = new ArrayList<>();
        int epoch = -1;
        double termNorm;
        double keyNorm;
        double termNormSq;
        double keyNormSq;
    }

    /** The new article's idf-weighted vector as arrays, with each term's idf kept for the dot products. */
    private final class Query {
        final String[] terms;
        final double[] weights;
        final double[] idfs;
        final double norm;

        Query(Map<String, Integer> counts, Map<String, Integer> df) {
            terms = new String[counts.size()];
            weights = new double[terms.length];
            idfs = new double[terms.length];
            int i = 0;
            double sq = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                terms[i] = e.getKey();
                idfs[i] = idf(df, e.getKey());
                weights[i] = (1 + Math.log(e.getValue())) * idfs[i];
                sq += weights[i] * weights[i];
                i++;
            }
            norm = Math.sqrt(sq);
        }
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
        return plan(f, epochDay, -1);
    }

    /**
     * For an article alone in its story: the story it would join now that more articles are known
     * (idf weights from a small library are unreliable), or a plan with story 0.
     */
    Plan replan(long id) {
        Entry e = articles.get(id);
        Story own = e == null ? null : stories.get(e.story);
        if (own == null || own.members.size() != 1) {
            return new Plan(0, 0, List.of());
        }
        return plan(e.features, e.day, id);
    }

    /** Moves a lone article into another story. */
    void move(long id, long toStory) {
        Entry e = articles.get(id);
        stories.remove(e.story);
        e.story = toStory;
        Story s = stories.computeIfAbsent(toStory, x -> new Story());
        s.members.add(id);
        s.epoch = -1;
        e.terms.forEach((t, w) -> s.terms.merge(t, w, Double::sum));
        e.keys.forEach((k, w) -> s.keys.merge(k, w, Double::sum));
    }

    long storyOf(long id) {
        Entry e = articles.get(id);
        return e == null ? 0 : e.story;
    }

    private Plan plan(ArticleFeatures f, Long epochDay, long self) {
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
        Query vt = new Query(f.terms(), termDf);
        Query vk = new Query(keys, keyDf);
        double nt = vt.norm;
        double nk = vk.norm;
        int epoch = epoch();
        List<Related> related = new ArrayList<>();
        Map<Long, Double> bestMember = new HashMap<>();
        for (long id : candidates) {
            Entry e = articles.get(id);
            if (id == self) {
                continue;
            }
            if (e.epoch != epoch) {
                e.termNorm = weightedNorm(e.terms, termDf);
                e.keyNorm = weightedNorm(e.keys, keyDf);
                e.epoch = epoch;
            }
            double sim = KEY_WEIGHT * cos(vk, nk, e.keys, e.keyNorm, keyDf) + (1 - KEY_WEIGHT) * cos(vt, nt, e.terms, e.termNorm, termDf);
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
            if (s.epoch != epoch) {
                s.termNorm = weightedNorm(s.terms, termDf);
                s.keyNorm = weightedNorm(s.keys, keyDf);
                s.termNormSq = s.termNorm * s.termNorm;
                s.keyNormSq = s.keyNorm * s.keyNorm;
                s.epoch = epoch;
            }
            double centroid = KEY_WEIGHT * cos(vk, nk, s.keys, s.keyNorm, keyDf) + (1 - KEY_WEIGHT) * cos(vt, nt, s.terms, s.termNorm, termDf);
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
        articles.put(id, new Entry(f, keys, epochDay, storyId));
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
        boolean keepNorms = s.epoch == epoch();
        for (Map.Entry<String, Integer> t : f.terms().entrySet()) {
            double before = s.terms.getOrDefault(t.getKey(), 0.0);
            double after = before + 1 + Math.log(t.getValue());
            s.terms.put(t.getKey(), after);
            if (keepNorms) {
                double idf = idf(termDf, t.getKey());
                s.termNormSq += (after * after - before * before) * idf * idf;
            }
        }
        for (Map.Entry<String, Integer> k : keys.entrySet()) {
            double before = s.keys.getOrDefault(k.getKey(), 0.0);
            double after = before + 1 + Math.log(k.getValue());
            s.keys.put(k.getKey(), after);
            if (keepNorms) {
                double idf = idf(keyDf, k.getKey());
                s.keyNormSq += (after * after - before * before) * idf * idf;
            }
        }
        if (keepNorms) {
            s.termNorm = Math.sqrt(Math.max(0, s.termNormSq));
            s.keyNorm = Math.sqrt(Math.max(0, s.keyNormSq));
        } else {
            s.epoch = -1;
        }
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

    /**
     * Idf weights change as the library grows; cached norms are recomputed when the article count has
     * grown by 15% since they were computed (the error this leaves is far below the thresholds' margin).
     */
    private int epoch() {
        return (int) (Math.log(articles.size() + 20.0) / Math.log(1.15));
    }

    /** Cosine of an idf-weighted vector {@code v} (norm {@code nv}) with raw log-tf {@code raw} weighted on the fly. */
    private static double cos(Query v, double nv, Map<String, Double> raw, double nraw, Map<String, Integer> df) {
        if (nv == 0 || nraw == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < v.terms.length; i++) {
            Double r = raw.get(v.terms[i]);
            if (r != null) {
                dot += v.weights[i] * r * v.idfs[i];
            }
        }
        return Math.min(1.0, dot / (nv * nraw));
    }

    private double weightedNorm(Map<String, Double> raw, Map<String, Integer> df) {
        double s = 0;
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            double w = e.getValue() * idf(df, e.getKey());
            s += w * w;
        }
        return Math.sqrt(s);
    }

    private double idf(Map<String, Integer> df, String term) {
        return Math.log((articles.size() + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1.0;
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

}
