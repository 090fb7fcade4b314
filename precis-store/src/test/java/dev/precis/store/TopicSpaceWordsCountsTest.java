package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryParams#countsJoin()} with {@link StoryParams#wordsCounts()}: a second words join in which a word written
 * many times weighs by its count (or a less damped power of it) instead of {@code 1 + ln count}, read back from the
 * stored log-tf vectors. Off in the library's grouping (BBC politics lost 0.021, docs/quality/stories.md, stories48).
 */
class TopicSpaceWordsCountsTest {

    /**
     * Four unrelated stories, then a regatta report (story 50) that names its topic word eight times; the clear-choice
     * join off and the join bar raised to 0.5, so only the words join can take a second report.
     */
    private static TopicSpace space(StoryParams p) {
        TopicSpace s = new TopicSpace(p.with("clearShare", 1).with("threshold", 0.5));
        s.add(1, features("Ostmark,Anna Kessel", "border treaty talks ministers", 1), 100L, 10);
        s.add(2, features("Rovers,Tom Baxter", "league match goal striker penalty", 1), 100L, 20);
        s.add(3, features("Mars Rover", "planet dust crater landing probe", 1), 100L, 30);
        s.add(4, features("Saltmere", "harvest grain price farmers drought", 1), 100L, 40);
        s.add(5, with(features("Kelvara Sound,Ida Brandt,Yacht Club", words("crew", 20), 1), "regatta", 8), 100L, 50);
        return s;
    }

    // another outlet's report of the same regatta: its own once-written words, one shared name, the topic word six times
    private static final ArticleFeatures RETOLD = with(features("Kelvara Sound,Marta Lund,Harbour Office", words("crowd", 20), 1),
            "regatta", 6);

    @Test
    void aReportRepeatingTheStorysTopicWordJoinsOnRawCountsWhereTheDampedCountsKeepItApart() {
        assertThat(space(StoryParams.DEFAULT.with("countsJoin", 0)).plan(RETOLD, 100L).storyId())
                .as("1 + ln count lifts the once-written words: below the words join").isZero();
        assertThat(space(StoryParams.DEFAULT.with("countsJoin", 0.3)).plan(RETOLD, 100L).storyId())
                .as("counted in full, the repeated word carries the cosine").isEqualTo(50);
        assertThat(space(StoryParams.DEFAULT.with("countsJoin", 0.3)).plan(RETOLD, 100L + 200).storyId())
                .as("months after the story: the words join does not reach").isZero();
        ArticleFeatures unnamed = with(features("Marta Lund,Harbour Office", words("crowd", 20), 1), "regatta", 6);
        assertThat(space(StoryParams.DEFAULT.with("countsJoin", 0.3)).plan(unnamed, 100L).storyId())
                .as("no shared name: no words join").isZero();
    }

    @Test
    void aWordWrittenOnceWeighsAsBeforeAndTheCountComesBackFromTheLogTf() {
        for (int count : new int[] {1, 2, 5, 40}) {
            double logTf = 1 + Math.log(count);
            assertThat(TopicQuery.countWeight(logTf, 1)).isCloseTo(count, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(TopicQuery.countWeight(logTf, 0.5)).isCloseTo(Math.sqrt(count), org.assertj.core.data.Offset.offset(1e-9));
        }
        // only once-written words on both sides, three of the article's eighteen shared, and a shared name: counted in full they weigh as
        // before, so the counts join does not take what the words join (at the same bar) leaves
        ArticleFeatures once = features("Rovers,Ida Brandt", "league match goal " + words("stand", 15), 1);
        assertThat(space(StoryParams.DEFAULT.with("countsJoin", 0.3)).plan(once, 100L).storyId()).isZero();
        assertThat(space(StoryParams.DEFAULT.with("countsJoin", 0.3).with("wordsJoin", 0.2)).plan(once, 100L).storyId())
                .as("the words join at a lower bar takes it: the cosine is between").isEqualTo(20);
        assertThat(StoryParams.DEFAULT.countsJoin()).as("off in the library's grouping").isZero();
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
