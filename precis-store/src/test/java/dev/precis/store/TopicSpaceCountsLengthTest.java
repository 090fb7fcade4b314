package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryParams#countsLength()}: the counts join ({@link StoryParams#countsJoin()}) takes only articles of at most
 * that many content words (counted with repeats), both the planned one and the story's member (stories49).
 */
class TopicSpaceCountsLengthTest {

    /** Three unrelated stories, then a ferry report (story 40) of 28 words, its topic word ({@code ferry}) eight times. */
    private static TopicSpace space(StoryParams p) {
        TopicSpace s = new TopicSpace(p.with("clearShare", 1).with("threshold", 0.5).with("wordsCounts", 1));
        s.add(1, features("Ostmark,Anna Kessel", "border treaty talks ministers", 1), 200L, 10);
        s.add(2, features("Rovers,Tom Baxter", "league match goal striker penalty", 1), 200L, 20);
        s.add(3, features("Saltmere", "harvest grain price farmers drought", 1), 200L, 30);
        s.add(4, with(features("Port Velling,Oda Rask", words("deck", 20), 1), "ferry", 8), 200L, 40);
        return s;
    }

    // another outlet's report of the ferry: its own once-written words, one shared name, the topic word six times (26 words)
    private static final ArticleFeatures RETOLD = with(features("Port Velling,Jon Marr", words("pier", 20), 1), "ferry", 6);

    @Test
    void theCountsJoinTakesShortReportsAndLeavesLongerOnes() {
        assertThat(space(on(0)).plan(RETOLD, 200L).storyId())
                .as("no bound: the repeated topic word carries the counts join").isEqualTo(40);
        assertThat(space(on(28)).plan(RETOLD, 200L).storyId())
                .as("both within 28 words").isEqualTo(40);
        assertThat(space(on(27)).plan(RETOLD, 200L).storyId())
                .as("the story's member has 28 words: past the bound").isZero();
        assertThat(space(on(25)).plan(RETOLD, 200L).storyId())
                .as("the article itself past the bound").isZero();
        assertThat(space(StoryParams.DEFAULT.with("countsJoin", 0).with("countsLength", 28)).plan(RETOLD, 200L).storyId())
                .as("the damped words join alone keeps it apart").isZero();
    }

    @Test
    void wordsAreCountedWithTheirRepeats() {
        SparseVector logTf = SparseVector.of(new int[] {0, 1, 2}, new double[] {1 + Math.log(5), 1, 1 + Math.log(3)}, 3);
        assertThat(TopicQuery.wordCount(logTf)).isCloseTo(9, Offset.offset(1e-9));
        assertThat(StoryParams.DEFAULT.with("countsLength", 9).countsLengthFits(9, 3)).isTrue();
        assertThat(StoryParams.DEFAULT.with("countsLength", 9).countsLengthFits(9.5, 3)).isFalse();
        assertThat(StoryParams.DEFAULT.with("countsLength", 0).countsLengthFits(1e6, 1e6)).isTrue();
    }

    /** The library's grouping with the counts join on (0.3) and its bound at {@code length} words. */
    private static StoryParams on(double length) {
        return StoryParams.DEFAULT.with("countsJoin", 0.3).with("countsLength", length);
    }

    private static ArticleFeatures features(String keys, String terms, int count) {
        Map<String, Integer> k = new LinkedHashMap<>();
        for (String s : keys.split(",")) {
            k.merge(s, 1, Integer::sum);
        }
        Map<String, Integer> t = new LinkedHashMap<>();
        for (String s : terms.split(" ")) {
            t.merge(s, count, Integer::sum);
        }
        return new ArticleFeatures(t, k);
    }

    /** {@code n} made-up words, each written once: {@code stem} a, {@code stem} b, … */
    private static String words(String stem, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(stem).append((char) ('a' + i));
        }
        return b.toString();
    }

    private static ArticleFeatures with(ArticleFeatures f, String word, int count) {
        Map<String, Integer> t = new LinkedHashMap<>(f.terms());
        t.put(word, count);
        return new ArticleFeatures(t, f.keys());
    }
}
