package dev.precis.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What story grouping reads of the stored articles: each article's story features, its day (published, else
 * the date its text gives) and its headline, in the order the articles were added. Read by {@link StoryReplay}
 * and {@link StoryPairSignals}.
 *
 * @param features article id to its features (no words or names: empty maps)
 * @param days article id to its epoch day or null, in id order (the order of adding)
 * @param titles article id to its headline
 */
record StoredStoryFeatures(Map<Long, ArticleFeatures> features, Map<Long, Long> days, Map<Long, String> titles) {

    static StoredStoryFeatures read(Connection c) throws SQLException {
        Map<Long, Long> days = new LinkedHashMap<>();
        Map<Long, String> titles = new HashMap<>();
        Map<Long, ArticleFeatures> stored;
        try (Statement s = c.createStatement()) {
            stored = features(s);
            Map<Long, Long> textDays = StoryDates.textDays(c);
            try (ResultSet rs = s.executeQuery("SELECT id, published, title FROM articles ORDER BY id")) {
                while (rs.next()) {
                    days.put(rs.getLong(1), SearchIndex.epochDay(rs.getString(2)).orElse(textDays.get(rs.getLong(1))));
                    titles.put(rs.getLong(1), rs.getString(3));
                }
            }
        }
        Map<Long, ArticleFeatures> features = new HashMap<>();
        for (long id : days.keySet()) {
            features.put(id, orNone(stored, id));
        }
        return new StoredStoryFeatures(features, days, titles);
    }

    /** The stored features of every article that has them, by article id. */
    static Map<Long, ArticleFeatures> features(Statement s) throws SQLException {
        Map<Long, ArticleFeatures> out = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT article_id, terms, key_names, meaning FROM article_features")) {
            while (rs.next()) {
                out.put(rs.getLong(1), new ArticleFeatures(ArticleWriter.decode(rs.getString(2)), ArticleWriter.decode(rs.getString(3)),
                        ArticleFeatures.decodeMeaning(rs.getString(4))));
            }
        }
        return out;
    }

    /** An article's stored features, or none (no words, names or meaning) when it has no row. */
    static ArticleFeatures orNone(Map<Long, ArticleFeatures> features, long id) {
        ArticleFeatures f = features.get(id);
        return f != null ? f : new ArticleFeatures(Map.of(), Map.of(), null);
    }
}
