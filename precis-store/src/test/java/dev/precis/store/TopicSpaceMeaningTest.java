package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Meaning vectors in story grouping: mixed in only when asked, centred on the library's mean. */
class TopicSpaceMeaningTest {

    /**
     * The library's grouping with short texts read as long ones: these fixtures' features are a handful of invented
     * words, so every pair would be a pair of short texts ({@link StoryParams#shortLength()}, its own test
     * {@code TopicSpaceShortTextsTest}), and the rules tested here are about other signals.
     */
    private static final StoryParams READ_LONG = StoryParams.DEFAULT.with("shortLength", 0);

    /** A unit vector: mostly the shared "news" direction 0, plus a little of the event's own direction. */
    private static float[] vector(int event) {
        float[] v = new float[8];
        v[0] = 0.9f;
        v[event] = 0.436f;
        return v;
    }

    private static ArticleFeatures article(String key, String words, int event) {
        Map<String, Integer> terms = new java.util.HashMap<>();
        for (String w : words.split(" ")) {
            terms.merge(w, 1, Integer::sum);
        }
        return new ArticleFeatures(terms, Map.of(key, 1), vector(event));
    }

    private static TopicSpace space(double meaningWeight) {
        TopicSpace s = new TopicSpace(READ_LONG.with("meaningWeight", meaningWeight));
        s.add(1, article("Veldoria", "ferry strike harbour closed unions", 1), 100L, 10);
        s.add(2, article("Ostmark", "grain harvest drought prices farmers", 2), 100L, 20);
        s.add(3, article("Saltmere", "museum reopens paintings restored gallery", 3), 100L, 30);
        s.add(4, article("Brennhof", "bridge tolls council vote budget", 4), 100L, 40);
        return s;
    }

    @Test
    void anArticleThatSharesOnlyItsMeaningWithAStoryJoinsItOnlyWhenMeaningCounts() {
        // another name, one shared word: words and names alone are not enough; the event's direction is
        ArticleFeatures retold = article("Dock Union", "dockworkers walkout harbour shut talks", 1);
        assertThat(space(0).plan(retold, 101L).storyId()).isZero();
        assertThat(space(0.35).plan(retold, 101L).storyId()).isEqualTo(10);
    }

    @Test
    void twoReportsOfOneEventInANewLibraryStillMeetInMeaning() {
        // centred on the exact mean of two articles, their vectors would point in opposite directions
        TopicSpace s = new TopicSpace(READ_LONG.with("meaningWeight", 0.35));
        s.add(1, article("Veldoria", "ferry strike harbour closed unions", 1), 100L, 10);
        ArticleFeatures retold = article("Dock Union", "dockworkers walkout harbour shut talks", 1);
        assertThat(s.plan(retold, 101L).storyId()).isEqualTo(10);
    }

    @Test
    void whatEveryArticleSharesDoesNotJoinAnything() {
        // the shared direction alone, no event of its own: centred on the library's mean it says nothing
        float[] common = new float[8];
        common[0] = 1;
        ArticleFeatures bland = new ArticleFeatures(Map.of("weather", 1, "sunny", 1), Map.of("Nobody", 1), common);
        assertThat(space(0.35).plan(bland, 101L).storyId()).isZero();
    }

    @Test
    void aWeakMatchInMeaningAloneIsNoClearChoice() {
        // an article that reads like a story to the encoder (the same direction: one outlet's template, one
        // market-report formula) but shares one word of six and no name with it: no other story comes close,
        // yet the words do not say it is one event, so it keeps the full bar
        ArticleFeatures alike = article("Norrholm", "cargo harbour cranes tariffs exporters shipping", 1);
        TopicSpace.Plan full = fiveStories(READ_LONG.with("clearShare", 1)).plan(alike, 101L);
        assertThat(full.storyId()).as("below the full bar").isZero();
        assertThat(full.storyScore()).as("but a weak match, not none").isGreaterThan(0.2);
        assertThat(fiveStories(READ_LONG.with("clearLexical", 0)).plan(alike, 101L).storyId())
                .as("the clear choice without a floor on the words takes it").isEqualTo(10);
        assertThat(fiveStories(READ_LONG).plan(alike, 101L).storyId()).isZero();
        // a report of the story's event in other words, sharing two of its words, still joins
        ArticleFeatures retold = article("Dock Union", "dockworkers walkout harbour strike shut talks", 1);
        assertThat(fiveStories(READ_LONG).plan(retold, 101L).storyId()).isEqualTo(10);
    }

    /** Five stories of one article each, each with its own direction in meaning. */
    private static TopicSpace fiveStories(StoryParams params) {
        TopicSpace s = new TopicSpace(params);
        s.add(1, article("Veldoria", "ferry strike harbour closed unions pickets", 1), 100L, 10);
        s.add(2, article("Ostmark", "grain harvest drought prices farmers", 2), 100L, 20);
        s.add(3, article("Saltmere", "museum reopens paintings restored gallery", 3), 100L, 30);
        s.add(4, article("Brennhof", "bridge tolls council vote budget", 4), 100L, 40);
        s.add(5, article("Kalvik", "lighthouse keeper retires island", 5), 100L, 50);
        return s;
    }

    @Test
    void storedVectorsKeepTheirDirectionThroughEightBits() {
        float[] v = vector(3);
        float[] back = ArticleFeatures.decodeMeaning(ArticleFeatures.encodeMeaning(v));
        double dot = 0;
        for (int i = 0; i < v.length; i++) {
            dot += v[i] * back[i];
        }
        assertThat(dot).isGreaterThan(0.999);
        assertThat(ArticleFeatures.encodeMeaning(null)).isNull();
        assertThat(ArticleFeatures.decodeMeaning("not base64 at all!")).isNull();
    }

    @Test
    void exactVectorsComeBackToTheBitAndTheEightBitFormStillReads() {
        float[] v = vector(3);
        v[0] = Math.nextUp(v[0]); // a value eight bits cannot tell from its neighbour
        String exact = ArticleFeatures.encodeMeaningExact(v);
        assertThat(ArticleFeatures.decodeMeaning(exact)).containsExactly(v);
        assertThat(exact).isNotEqualTo(ArticleFeatures.encodeMeaning(v));
        assertThat(ArticleFeatures.decodeMeaning(ArticleFeatures.encodeMeaning(v))).hasSize(v.length);
        assertThat(ArticleFeatures.encodeMeaningExact(null)).isNull();
        // three bytes are no whole float
        assertThat(ArticleFeatures.decodeMeaning("f32:AAAA")).isNull();
        assertThat(ArticleFeatures.decodeMeaning("f32:not base64!")).isNull();
    }
}
