package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicSpaceTest {

    private static ArticleFeatures features(String keys, String terms) {
        Map<String, Integer> k = new HashMap<>();
        for (String s : keys.split(",")) {
            k.merge(s, 1, Integer::sum);
        }
        Map<String, Integer> t = new HashMap<>();
        for (String s : terms.split(" ")) {
            t.merge(s, 1, Integer::sum);
        }
        return new ArticleFeatures(t, k);
    }

    private static TopicSpace space() {
        TopicSpace s = new TopicSpace();
        s.add(1, features("Veldoria,Ostmark,Anna Kessel", "border treaty talks valletta ministers"), 100L, 10);
        s.add(2, features("Rovers,Harbour City,Tom Baxter", "league match goal striker penalty"), 100L, 20);
        s.add(3, features("Mars Rover", "planet dust crater landing probe"), 100L, 30);
        s.add(4, features("Saltmere", "harvest grain price farmers drought"), 100L, 40);
        return s;
    }

    @Test
    void anArticleJoinsTheStoryItResemblesAndLinksToItsMembers() {
        TopicSpace s = space();
        TopicSpace.Plan p = s.plan(features("veldoria,Ostmark,Pavel Droz", "border treaty signed valletta"), 900L);
        assertThat(p.storyId()).isEqualTo(10);
        assertThat(p.storyScore()).isGreaterThanOrEqualTo(StoryParams.DEFAULT.threshold());
        assertThat(p.related()).extracting(TopicSpace.Related::articleId).containsExactly(1L);

        TopicSpace.Plan none = s.plan(features("Nobody", "weather sunny tomorrow"), 900L);
        assertThat(none.storyId()).isZero();
        assertThat(none.related()).isEmpty();
    }

    @Test
    void storiesGrowAndNameTheirKeyNamesAsFirstWritten() {
        TopicSpace s = space();
        s.add(5, features("veldoria,Ostmark,Pavel Droz", "border treaty signed valletta"), 900L, 10);
        assertThat(s.storyOf(5)).isEqualTo(10);
        assertThat(s.keyNames(10, 2)).containsExactly("Ostmark", "Veldoria");
        assertThat(s.keyNames(99, 2)).isEmpty();
        // a lone article can move into the story it resembles, its own story then disappears
        s.add(6, features("Veldoria,Ostmark", "treaty border valletta"), 950L, 60);
        TopicSpace.Plan again = s.replan(6);
        assertThat(again.storyId()).isEqualTo(10);
        s.move(6, 10);
        assertThat(s.storyOf(6)).isEqualTo(10);
        assertThat(s.replan(6).storyId()).isZero();
        assertThat(s.size()).isEqualTo(6);
    }

    @Test
    void anArticleThatMatchesTwoStoriesNamesTheOtherForAMerge() {
        StoryParams merging = StoryParams.DEFAULT.with("mergeThreshold", 0.2);
        TopicSpace s = new TopicSpace(merging);
        s.add(1, features("Veldoria,Ostmark,Anna Kessel", "border treaty talks valletta ministers"), 100L, 10);
        s.add(2, features("Rovers,Harbour City,Tom Baxter", "league match goal striker penalty"), 100L, 20);
        s.add(3, features("Veldoria,Ostmark,Pavel Droz", "border treaty signed valletta"), 200L, 30);
        s.add(4, features("Rovers,Harbour City", "league match goal referee"), 100L, 20);
        s.add(5, features("Saltmere", "harvest grain price farmers drought"), 100L, 50);
        TopicSpace.Plan bridge = s.plan(features("Veldoria,Ostmark,Anna Kessel,Pavel Droz", "border treaty talks signed valletta"), 300L);
        assertThat(bridge.storyId()).isIn(10L, 30L);
        assertThat(bridge.mergeWith()).isEqualTo(bridge.storyId() == 10 ? 30 : 10);
        // with merging off the same article names no second story
        TopicSpace plain = new TopicSpace(StoryParams.DEFAULT.with("mergeThreshold", 0));
        plain.add(1, features("Veldoria,Ostmark,Anna Kessel", "border treaty talks valletta ministers"), 100L, 10);
        plain.add(3, features("Veldoria,Ostmark,Pavel Droz", "border treaty signed valletta"), 200L, 30);
        assertThat(plain.plan(features("Veldoria,Ostmark,Anna Kessel,Pavel Droz", "border treaty talks signed valletta"), 300L).mergeWith()).isZero();

        s.add(6, features("Veldoria,Ostmark,Anna Kessel,Pavel Droz", "border treaty talks signed valletta"), 300L, bridge.storyId());
        // the larger story (two articles now) is kept; the other is merged into it and redirects there
        long[] keepDrop = s.mergeOrder(bridge.storyId(), bridge.mergeWith());
        assertThat(keepDrop).containsExactly(bridge.storyId(), bridge.mergeWith());
        assertThat(s.merge(keepDrop[1], keepDrop[0])).containsExactly(bridge.storyId() == 10 ? 3L : 1L);
        assertThat(s.storyOf(1)).isEqualTo(s.storyOf(3)).isEqualTo(s.storyOf(6)).isEqualTo(keepDrop[0]);
        assertThat(s.resolve(keepDrop[1])).isEqualTo(keepDrop[0]);
        assertThat(s.mergeOrder(keepDrop[1], keepDrop[0])).as("already one story").isNull();
        assertThat(s.storyOf(2)).isEqualTo(20);
        // the merged story's centroid holds both: a later treaty article joins it
        assertThat(s.plan(features("Veldoria,Ostmark,Pavel Droz", "treaty signed border"), 400L).storyId()).isEqualTo(keepDrop[0]);
    }

    @Test
    void anArticlesOwnVectorDoesNotChangeWhenItsStoryGrows() {
        // a story of one article shares that article's vectors; a second member must not change the first's
        ArticleFeatures first = features("Veldoria,Ostmark", "border treaty talks valletta ministers");
        ArticleFeatures second = features("Veldoria,Anna Kessel", "border treaty signed ministers ceremony");
        TopicSpace together = new TopicSpace();
        together.add(1, first, 100L, 10);
        together.add(2, second, 100L, 10);
        TopicSpace apart = new TopicSpace();
        apart.add(1, first, 100L, 10);
        apart.add(2, second, 100L, 20);
        double withStory = together.plan(first, 100L).related().stream().filter(r -> r.articleId() == 1).findFirst().orElseThrow().score();
        double alone = apart.plan(first, 100L).related().stream().filter(r -> r.articleId() == 1).findFirst().orElseThrow().score();
        assertThat(withStory).isEqualTo(alone);
        assertThat(together.keyNames(10, 3)).contains("Veldoria", "Ostmark", "Anna Kessel");
        assertThat(apart.keyNames(10, 3)).containsExactlyInAnyOrder("Veldoria", "Ostmark");
    }
}
