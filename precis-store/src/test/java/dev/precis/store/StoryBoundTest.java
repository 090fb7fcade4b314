package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryBoundTest {

    @Test
    void aStoryBelowTheFloorByItsBoundScoresBelowItWithAnySmallerCentroid() {
        Random r = new Random(31);
        StoryBound bound = new StoryBound(StoryParams.DEFAULT, new MeaningSpace(StoryParams.DEFAULT.meaningWeight()));
        int below = 0;
        for (int i = 0; i < 100_000; i++) {
            double centroid = r.nextDouble();
            // the bound equal to the centroid half of the time: the same formula must not round above the floor
            double centroidBound = r.nextBoolean() ? centroid : centroid + r.nextDouble() * 0.1;
            double member = r.nextDouble();
            double factor = r.nextBoolean() ? 1 : r.nextDouble();
            double floor = bound.raw(centroid, member) * factor + (r.nextDouble() - 0.5) * 0.05;
            if (bound.below(centroidBound, member, factor, floor)) {
                below++;
                assertThat(bound.raw(centroid, member) * factor).isLessThan(floor);
            }
        }
        assertThat(below).isGreaterThan(10_000);
    }

    @Test
    void anyCentroidIsAboveEveryCentroidSimilarity() {
        MeaningSpace meanings = new MeaningSpace(StoryParams.DEFAULT.meaningWeight());
        StoryBound bound = new StoryBound(StoryParams.DEFAULT, meanings);
        TopicStory s = new TopicStory();
        s.addMeaning(new float[] {1, 0, 0});
        meanings.add(new float[] {1, 0, 0});
        float[] query = meanings.centred(new float[] {1, 0, 0}, 1);
        double keyWeight = StoryParams.DEFAULT.keyWeight();
        double highest = meanings.mix(keyWeight * 1.0 + (1 - keyWeight) * 1.0, query, s.meaning, s.meanings);
        assertThat(bound.anyCentroid(query, s)).isGreaterThanOrEqualTo(highest);
    }

    @Test
    void weightsThatCouldReverseTheOrderSkipNothing() {
        MeaningSpace meanings = new MeaningSpace(0.2);
        for (StoryParams p : new StoryParams[] {StoryParams.DEFAULT.with("centroidWeight", -0.5),
                StoryParams.DEFAULT.with("keyWeight", 1.5), StoryParams.DEFAULT.with("meaningWeight", 1.5)}) {
            assertThat(new StoryBound(p, meanings).below(0, 0, 1, 10)).as(p.toString()).isFalse();
        }
        StoryBound bound = new StoryBound(StoryParams.DEFAULT, meanings);
        assertThat(bound.below(0, 0, 1, 10)).isTrue();
        assertThat(bound.below(0, 0, -1, 10)).isFalse();
    }

    @Test
    void storiesGoClosestMemberFirst() {
        Map<Long, Double> best = new HashMap<>(Map.of(3L, 0.2, 9L, 0.7, 1L, 0.4));
        assertThat(StoryBound.byMember(best)).extracting(Map.Entry::getKey).containsExactly(9L, 1L, 3L);
    }
}
