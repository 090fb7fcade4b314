package dev.precis.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
        StoredStoryFeatures stored = StoredStoryFeatures.read(c);
        Map<Long, Long> days = stored.days();
        Map<Long, String> titles = stored.titles();
        TopicSpace space = new TopicSpace(params);
        List<Long> alone = new ArrayList<>();
        List<long[]> merges = new ArrayList<>();
        for (Map.Entry<Long, Long> a : days.entrySet()) {
            long id = a.getKey();
            ArticleFeatures f = stored.features().get(id);
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
