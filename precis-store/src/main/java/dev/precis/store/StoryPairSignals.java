package dev.precis.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The story signals of two stored articles, for fitting the same-event decision on judged pairs (a lab tool's,
 * never the library's grouping): the planner's article-to-article score and its parts, each as {@link StoryPlanner}
 * computes it under the idf of the whole library, the shared key names and the days apart. Read once from a closed
 * library; immutable after.
 */
public final class StoryPairSignals {

    /**
     * The signals of one pair.
     *
     * @param score the planner's pair similarity (words, names and meaning, the knobs read with, no time)
     * @param words the content-word TF-IDF cosine
     * @param keys the key-name TF-IDF cosine
     * @param meaning the cosine of the centred meaning vectors (at least 0), or NaN when either has none
     * @param sharedNames key names both articles hold (case-insensitive)
     * @param days days apart, or null when either date is unknown
     */
    public record Signals(double score, double words, double keys, double meaning, int sharedNames, Long days) {
    }

    private final StoredStoryFeatures stored;
    private final Map<String, Long> origins;
    private final TopicSpace planned;
    private final TopicSpace wordsOnly;
    private final TopicSpace keysOnly;
    private final TopicSpace meaningOnly;

    private StoryPairSignals(StoredStoryFeatures stored, Map<String, Long> origins, StoryParams d) {
        this.stored = stored;
        this.origins = origins;
        // each part is the planner's own pair similarity with the other parts' shares at zero
        planned = space(d);
        wordsOnly = space(d.with("keyWeight", 0).with("meaningWeight", 0));
        keysOnly = space(d.with("keyWeight", 1).with("meaningWeight", 0));
        meaningOnly = space(d.with("meaningWeight", 1));
    }

    /** The signals of the library in {@code config} (which no other process may hold open). */
    public static StoryPairSignals read(LibraryConfig config) throws IOException {
        return read(config, StoryParams.DEFAULT);
    }

    /** The signals of the library in {@code config} as a grouping with these knobs reads them. */
    public static StoryPairSignals read(LibraryConfig config, StoryParams params) throws IOException {
        try (Connection c = Database.open(config)) {
            return new StoryPairSignals(StoredStoryFeatures.read(c), origins(c), params);
        } catch (SQLException e) {
            throw new IOException("cannot read the story features of " + config.dataDir() + ": " + e.getMessage(), e);
        }
    }

    /** Each article's id by its external id and by the origin of each of its copies (duplicates ingested again). */
    public Map<String, Long> origins() {
        return origins;
    }

    /** The signals of two stored articles; unknown ids fail. */
    public Signals of(long a, long b) {
        ArticleFeatures fa = feature(a);
        ArticleFeatures fb = feature(b);
        Set<String> names = lower(fa.keys().keySet());
        names.retainAll(lower(fb.keys().keySet()));
        boolean meanings = fa.meaningVector() != null && fb.meaningVector() != null;
        Long da = stored.days().get(a);
        Long db = stored.days().get(b);
        return new Signals(sim(planned, a, b), sim(wordsOnly, a, b), sim(keysOnly, a, b),
                meanings ? sim(meaningOnly, a, b) : Double.NaN, names.size(), da == null || db == null ? null : Math.abs(da - db));
    }

    private ArticleFeatures feature(long id) {
        ArticleFeatures f = stored.features().get(id);
        if (f == null) {
            throw new IllegalArgumentException("no stored article " + id);
        }
        return f;
    }

    private TopicSpace space(StoryParams params) {
        TopicSpace space = new TopicSpace(params);
        // every article a story of its own: pair similarities do not depend on the grouping
        stored.days().forEach((id, day) -> space.add(id, stored.features().get(id), day, id));
        return space;
    }

    private static double sim(TopicSpace space, long a, long b) {
        return space.similarities(List.of(a, b))[0][1];
    }

    private static Set<String> lower(Set<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return out;
    }

    private static Map<String, Long> origins(Connection c) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, ext_id FROM articles WHERE ext_id IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(2), rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, origin FROM article_copies WHERE origin IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(2), rs.getLong(1));
            }
        }
        return out;
    }
}
