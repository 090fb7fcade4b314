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
        Map<Long, Map<String, Integer>> terms = new HashMap<>();
        Map<Long, Map<String, Integer>> keys = new HashMap<>();
        Map<Long, float[]> meanings = new HashMap<>();
        Map<Long, Long> days = new LinkedHashMap<>();
        Map<Long, String> titles = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT article_id, terms, key_names, meaning FROM article_features")) {
                while (rs.next()) {
                    float[] m = ArticleFeatures.decodeMeaning(rs.getString(4));
                    if (m != null) {
                        meanings.put(rs.getLong(1), m);
                    }
                    terms.put(rs.getLong(1), ArticleWriter.decode(rs.getString(2)));
                    keys.put(rs.getLong(1), ArticleWriter.decode(rs.getString(3)));
                }
            }
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
            features.put(id, new ArticleFeatures(terms.getOrDefault(id, Map.of()), keys.getOrDefault(id, Map.of()), meanings.get(id)));
        }
        return new StoredStoryFeatures(features, days, titles);
    }
}
