package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TopicSpace#rejoin}: consolidation's replan that reads only the story, cut short when no join is possible. */
class TopicSpaceRejoinTest {

    /** Short texts read as long ones: these fixtures are a handful of invented words (as in TopicSpaceTest). */
    private static final StoryParams READ_LONG = StoryParams.DEFAULT.with("shortLength", 0);

    @Test
    void aLoneArticleSharingNamesButNoWordsIsToldStoryZeroWithoutItsScores() {
        // an outlet's two unrelated reports: the same names, no shared content word
        TopicSpace s = new TopicSpace(READ_LONG);
        s.add(1, features("Courier Media,Dana Holt,Veldoria", "harbour dredging contract awarded tender"), 100L, 10);
        s.add(2, features("Courier Media,Dana Holt,Veldoria", "school lunch prices rise parents complain"), 100L, 20);
        TopicSpace.Plan full = s.replan(2);
        assertThat(full.storyId()).isZero();
        assertThat(full.related()).as("the names alone make the first a related article").isNotEmpty();
        // rejoin saw every word cosine below the join floor: story 0, and nothing else worked out
        assertThat(s.rejoin(2)).isEqualTo(new TopicSpace.Plan(0, 0, List.of()));
    }

    @Test
    void aLoneArticleThatCanJoinGetsReplansStoryAndScore() {
        TopicSpace s = new TopicSpace(READ_LONG);
        s.add(1, features("Veldoria,Ostmark,Anna Kessel", "border treaty talks valletta ministers"), 100L, 10);
        s.add(2, features("Saltmere", "harvest grain price farmers drought"), 100L, 20);
        s.add(3, features("Veldoria,Ostmark", "treaty border valletta"), 101L, 30);
        TopicSpace.Plan full = s.replan(3);
        assertThat(full.storyId()).isEqualTo(10);
        TopicSpace.Plan story = s.rejoin(3);
        assertThat(story.storyId()).isEqualTo(full.storyId());
        assertThat(story.storyScore()).isEqualTo(full.storyScore());
    }

    @Test
    void consolidatingWithRejoinMovesTheSameArticlesAndLeavesTheSameSpace() {
        // two spaces built alike; one consolidates its lone articles with replan, the other with rejoin, moving each
        // article the plan names. Every decision, each moved article's score to the bit, and the plans made afterwards
        // (which read the norms the plans cached) must be the same
        Random r = new Random(57);
        String[] names = {"Veldoria", "Ostmark", "Anna Kessel", "Rovers", "Tom Baxter", "Saltmere", "Mars Rover", "Pier Nine"};
        TopicSpace byReplan = new TopicSpace(READ_LONG);
        TopicSpace byRejoin = new TopicSpace(READ_LONG);
        int cut = 0;
        int joins = 0;
        for (int id = 1; id <= 150; id++) {
            StringBuilder keys = new StringBuilder(names[r.nextInt(names.length)]);
            for (int k = r.nextInt(3); k > 0; k--) {
                keys.append(',').append(names[r.nextInt(names.length)]);
            }
            StringBuilder terms = new StringBuilder();
            for (int t = 3 + r.nextInt(8); t > 0; t--) {
                // a third of the articles in words of their own (they share names at most), the rest in a common pool
                terms.append(" w").append(id % 3 == 0 ? 1000 + 20 * id + r.nextInt(20) : r.nextInt(40 + id));
            }
            ArticleFeatures f = features(keys.toString(), terms.toString().trim());
            long day = 100L + id / 3;
            byReplan.add(id, f, day, 1000 + id); // every article alone in a story of its own
            byRejoin.add(id, f, day, 1000 + id);
        }
        for (long id = 1; id <= 150; id++) {
            TopicSpace.Plan full = byReplan.replan(id);
            TopicSpace.Plan story = byRejoin.rejoin(id);
            assertThat(story.storyId()).as("article %d", id).isEqualTo(full.storyId());
            if (full.storyId() != 0) {
                assertThat(story.storyScore()).isEqualTo(full.storyScore());
                byReplan.move(id, full.storyId());
                byRejoin.move(id, story.storyId());
                joins++;
            } else if (!story.equals(full)) {
                cut++; // told without the scores
            }
        }
        assertThat(joins).as("some articles move").isPositive();
        assertThat(cut).as("some plans are cut short").isPositive();
        for (long id = 1; id <= 150; id++) {
            assertThat(byRejoin.storyOf(id)).isEqualTo(byReplan.storyOf(id));
            assertThat(byRejoin.replan(id)).isEqualTo(byReplan.replan(id));
        }
        ArticleFeatures probe = features("Veldoria,Pier Nine", "w1 w2 w3 w5 w8 w13");
        assertThat(byRejoin.plan(probe, 200L)).isEqualTo(byReplan.plan(probe, 200L));
    }
}
