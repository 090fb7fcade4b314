package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link TopicStory#isOnly}: a story stands in for its one member only when every input of a similarity is the same. */
class TopicStoryTest {

    private static TopicArticle member(float[] meaning) {
        TopicArticle e = new TopicArticle(SparseVector.of(new int[] {2, 5}, new double[] {1.0, 1.7}, 2),
                SparseVector.of(new int[] {1}, new double[] {1.0}, 1), meaning, 20L, 7);
        e.termNorm = 2.5;
        e.keyNorm = 1.25;
        return e;
    }

    private static TopicStory storyOf(TopicArticle e) {
        TopicStory s = new TopicStory();
        s.terms = e.terms.share();
        s.keys = e.keys.share();
        s.members = 1;
        s.addMeaning(e.meaning);
        s.termNorm = e.termNorm;
        s.keyNorm = e.keyNorm;
        return s;
    }

    @Test
    void aStoryOfOneSharedMemberIsThatMember() {
        TopicArticle e = member(new float[] {0.6f, -0.8f});
        assertThat(storyOf(e).isOnly(e)).isTrue();
        TopicArticle without = member(null);
        assertThat(storyOf(without).isOnly(without)).isTrue();
    }

    @Test
    void anyDifferentInputIsNot() {
        TopicArticle e = member(new float[] {0.6f, -0.8f});
        TopicStory normLater = storyOf(e);
        normLater.termNorm = 2.5000001; // refreshed at another article count of the same idf epoch
        assertThat(normLater.isOnly(e)).isFalse();
        TopicStory copied = storyOf(e);
        copied.terms = SparseVector.of(new int[] {2, 5}, new double[] {1.0, 1.7}, 2); // equal values, not shared
        assertThat(copied.isOnly(e)).isFalse();
        TopicStory grown = storyOf(e);
        grown.members = 2;
        assertThat(grown.isOnly(e)).isFalse();
        TopicArticle negativeZero = member(new float[] {-0.0f, 1f}); // the story's sum starts at +0: its sign is lost
        assertThat(storyOf(negativeZero).isOnly(negativeZero)).isFalse();
        assertThat(storyOf(e).isOnly(null)).isFalse();
    }
}
