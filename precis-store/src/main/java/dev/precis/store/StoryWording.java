package dev.precis.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole-text wording of a {@link TopicSpace}'s articles read as the naive baseline reads it (the evaluation's
 * TF-IDF single-link): raw counts of the lower-cased letter words of two letters or more in headline and body, stop
 * words included, no cap, idf {@code ln(N/df)} (a word in every article weighs nothing), and the cosine of two such
 * vectors. The grouping's own word vector (content words, log tf, smoothed idf, 250 terms) runs below this cosine on
 * the same pairs, so a join decided on the naive's measure ({@link StoryParams#naiveJoin()}) needs this second,
 * sparse vector per article, made once when it is recorded. Kept only while that knob is on ({@link StoryParams#usesWording()}). Not thread-safe (the space's lock).
 */
final class StoryWording {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /** Word to id, and each id's document frequency. */
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[1024];
    /** Each recorded article's words: ids ascending and their counts. */
    private final Map<Long, Vec> vectors = new HashMap<>();

    private static final class Vec {
        final int[] ids;
        final int[] counts;
        int epoch = -1;
        double norm;

        Vec(int[] ids, int[] counts) {
            this.ids = ids;
            this.counts = counts;
        }
    }

    /** An article's word counts, before they are recorded (lower-cased letter words of two letters or more). */
    record Text(Map<String, Integer> counts) {

        static Text of(String title, String body) {
            Map<String, Integer> c = new HashMap<>();
            Matcher m = WORD.matcher((title == null ? "" : title) + "\n" + (body == null ? "" : body));
            while (m.find()) {
                c.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            return new Text(c);
        }
    }

    /**
     * An article's vector ready to compare: the counts of the words the space knows, by id, its norm, and whether it
     * counts itself among the articles ({@code inSpace}; else it is counted as one more, the naive's whole-set idf).
     */
    static final class Query {
        final Map<Integer, Integer> known;
        final double norm;
        final boolean inSpace;

        private Query(Map<Integer, Integer> known, double norm, boolean inSpace) {
            this.known = known;
            this.norm = norm;
            this.inSpace = inSpace;
        }
    }

    /** Articles recorded. */
    int size() {
        return vectors.size();
    }

    /** Records an article's words (its document frequencies count from now on). */
    void put(long id, Text t) {
        int[] w = new int[t.counts().size()];
        int i = 0;
        for (String word : t.counts().keySet()) {
            Integer known = ids.get(word);
            if (known == null) {
                known = ids.size();
                ids.put(word, known);
                if (known >= df.length) {
                    df = Arrays.copyOf(df, df.length * 2);
                }
            }
            df[known]++;
            w[i++] = known;
        }
        Arrays.sort(w);
        int[] counts = new int[w.length];
        Map<Integer, Integer> byId = new HashMap<>();
        t.counts().forEach((word, c) -> byId.put(ids.get(word), c));
        for (int j = 0; j < w.length; j++) {
            counts[j] = byId.get(w[j]);
        }
        vectors.put(id, new Vec(w, counts));
    }

    /** The headline and body last read by {@link #planQuery}, with their words ({@link #record} reuses them). */
    private String plannedTitle;
    private String plannedBody;
    private Text plannedText;

    /** A new article's query from its headline and body, remembered so that recording the same article reads them once. */
    Query planQuery(String title, String body) {
        plannedTitle = title;
        plannedBody = body;
        plannedText = Text.of(title, body);
        return query(plannedText);
    }

    /** Records an article's words, reusing those read by the last plan when it was of the same headline and body. */
    void record(long id, String title, String body) {
        Text t = plannedText != null && plannedTitle == title && plannedBody == body ? plannedText : Text.of(title, body);
        plannedText = null;
        plannedTitle = null;
        plannedBody = null;
        put(id, t);
    }

    /** A new article's query: it is counted as one more article holding its words. */
    Query query(Text t) {
        Map<Integer, Integer> known = new HashMap<>();
        int n = size() + 1;
        double sq = 0;
        for (Map.Entry<String, Integer> e : t.counts().entrySet()) {
            Integer id = ids.get(e.getKey());
            int d = (id == null ? 0 : df[id]) + 1;
            double w = e.getValue() * Math.log(n / (double) d);
            sq += w > 0 ? w * w : 0;
            if (id != null) {
                known.put(id, e.getValue());
            }
        }
        return new Query(known, Math.sqrt(sq), false);
    }

    /** A recorded article's query (a lone article replanned), or null when it was not recorded. */
    Query query(long id) {
        Vec v = vectors.get(id);
        if (v == null) {
            return null;
        }
        Map<Integer, Integer> known = new HashMap<>();
        for (int i = 0; i < v.ids.length; i++) {
            known.put(v.ids[i], v.counts[i]);
        }
        return new Query(known, norm(v, size(), StoryPlanner.epoch(size())), true);
    }

    /** The naive cosine of a query with a recorded article (0 when it was not recorded or either vector is empty). */
    double cosine(Query q, long member) {
        Vec v = vectors.get(member);
        if (q == null || v == null || q.norm <= 0) {
            return 0;
        }
        int n = size();
        double vn = norm(v, n, StoryPlanner.epoch(n));
        if (vn <= 0) {
            return 0;
        }
        int all = n + (q.inSpace ? 0 : 1);
        int plus = q.inSpace ? 0 : 1;
        double dot = 0;
        for (int i = 0; i < v.ids.length; i++) {
            Integer c = q.known.get(v.ids[i]);
            if (c != null) {
                double idf = Math.log(all / (double) (df[v.ids[i]] + plus));
                if (idf > 0) {
                    dot += c * v.counts[i] * idf * idf;
                }
            }
        }
        return dot <= 0 ? 0 : Math.min(1, dot / (q.norm * vn));
    }

    /** A recorded vector's norm under {@code n} articles, cached while the idf epoch holds. */
    private double norm(Vec v, int n, int epoch) {
        if (v.epoch != epoch) {
            double sq = 0;
            for (int i = 0; i < v.ids.length; i++) {
                double w = v.counts[i] * Math.log(n / (double) df[v.ids[i]]);
                sq += w > 0 ? w * w : 0;
            }
            v.norm = Math.sqrt(sq);
            v.epoch = epoch;
        }
        return v.norm;
    }
}
