package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicStoryTest {

    private final Vocabulary terms = new Vocabulary(false);
    private final Vocabulary keys = new Vocabulary(true);

    @Test
    void aStoryOfOneArticleWithItsVectorsAndNormsIsThatArticleAlone() {
        TopicArticle member = article(Map.of("harbour", 2, "ferry", 1), Map.of("quellan", 1), new float[] {0.6f, -0f, 0.8f});
        TopicStory story = storyOf(member);
        member.refresh(3, terms, keys, 40);
        story.refresh(3, terms, keys, 40);
        assertThat(story.isAlone(member)).isTrue();

        // norms cached at another article count of the same epoch differ in their last bits: not alone
        TopicStory later = storyOf(member);
        later.refresh(3, terms, keys, 44);
        assertThat(later.isAlone(member)).isFalse();

        // a second member, or a centroid of equal values in arrays of its own, is not the member's own vectors
        TopicArticle other = article(Map.of("harbour", 1), Map.of("quellan", 1), null);
        TopicStory two = storyOf(member);
        two.members++;
        two.terms.add(other.terms, false, null);
        two.refresh(3, terms, keys, 40);
        assertThat(two.isAlone(member)).isFalse();
        TopicStory copy = storyOf(member);
        copy.terms = SparseVector.empty();
        copy.terms.add(member.terms, false, null);
        copy.refresh(3, terms, keys, 40);
        assertThat(copy.isAlone(member)).isFalse();
    }

    @Test
    void aLoneMembersMeaningSumScoresAsTheMemberToTheBitNegativeZerosIncluded() {
        MeaningSpace meanings = new MeaningSpace(0.4);
        float[] mean = meanings.add(new float[] {0.6f, 0f, 0.8f});
        float[] member = meanings.add(new float[] {0.2f, -0f, 1f}); // the mean's second value is +0: centred, -0 stays -0
        TopicStory story = new TopicStory();
        story.addMeaning(member);
        float[] query = meanings.centred(mean, 1);
        assertThat(Double.doubleToRawLongBits(meanings.mix(0.25, query, story.meaning, story.meanings)))
                .isEqualTo(Double.doubleToRawLongBits(meanings.mix(0.25, query, member, 1)));
    }

    private TopicArticle article(Map<String, Integer> words, Map<String, Integer> names, float[] meaning) {
        SparseVector[] t = terms.addArticle(words, null, 1);
        SparseVector[] k = keys.addArticle(names, null, 1);
        return new TopicArticle(t[0], k[0], meaning, 100L, StoryLanguage.ENGLISH, 7);
    }

    /** A story as the topic space starts one with its first article: the article's vectors, shared. */
    private static TopicStory storyOf(TopicArticle member) {
        TopicStory s = new TopicStory();
        s.members = 1;
        s.terms = member.terms.share();
        s.keys = member.keys.share();
        s.addMeaning(member.meaning);
        return s;
    }
}
