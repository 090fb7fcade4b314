package dev.precis.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the stored articles into stories again, in the order they were added and as one ingest batch
 * would (each article planned against those before it, then the stories an article bridged merged, then
 * the stories that no longer hang together split, then lone articles given their second chance),
 * under other {@link StoryParams}, without writing anything. For tuning: one ingest, many groupings.
 */
final class StoryReplay {

    private StoryReplay() {
    }

    /** Article id to story key (the id of the story's first article). */
    static Map<Long, Long> replay(Connection c, StoryParams params) throws SQLException {
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
        TopicSpace space = new TopicSpace(params);
        List<Long> alone = new ArrayList<>();
        List<long[]> merges = new ArrayList<>();
        for (Map.Entry<Long, Long> a : days.entrySet()) {
            long id = a.getKey();
            ArticleFeatures f = new ArticleFeatures(terms.getOrDefault(id, Map.of()), keys.getOrDefault(id, Map.of()), meanings.get(id));
            TopicSpace.Plan plan = space.plan(f, a.getValue(), titles.get(id));
            long story = plan.storyId() == 0 ? id : plan.storyId();
            if (plan.storyId() == 0) {
                alone.add(id);
            }
            space.add(id, f, a.getValue(), story);
            space.headline(id, titles.get(id));
            if (plan.mergeWith() != 0) {
                merges.add(new long[] {story, plan.mergeWith()});
            }
        }
        for (long[] m : merges) {
            long[] keepDrop = space.mergeOrder(m[0], m[1]);
            if (keepDrop != null) {
                space.merge(keepDrop[1], keepDrop[0]);
            }
        }
        long next = 1L << 40; // ids for split-off parts, clear of the article ids that name the other stories
        for (StorySplitter.Split split : StorySplitter.find(space)) {
            space.regroup(split.storyId(), split.kept());
            for (List<Long> part : split.parts()) {
                space.regroup(next++, part);
            }
        }
        for (long id : alone) {
            TopicSpace.Plan plan = space.replan(id);
            if (plan.storyId() != 0) {
                space.move(id, plan.storyId());
            }
        }
        Map<Long, Long> out = new LinkedHashMap<>();
        days.keySet().forEach(id -> out.put(id, space.storyOf(id)));
        return out;
    }
}
