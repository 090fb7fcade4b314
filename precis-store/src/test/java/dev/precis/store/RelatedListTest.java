package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RelatedListTest {

    @Test
    void keepsTheHighestAboveTheThresholdWithTiesToTheFirstAdded() {
        RelatedList list = new RelatedList();
        double[] scores = {0.5, 0.1, 0.3, 0.3, 0.9, 0.2, 0.3, 0.4, 0.18};
        for (int i = 0; i < scores.length; i++) {
            list.offer(i, scores[i]);
        }
        assertThat(list.top()).extracting(TopicSpace.Related::articleId).containsExactly(4L, 0L, 7L, 2L, 3L, 6L);
    }

    @Test
    void excludesOnlyScoresBelowTheThresholdOrBelowAFullListsLowest() {
        RelatedList list = new RelatedList();
        assertThat(list.excludes(0.17)).isTrue();
        assertThat(list.excludes(0.18)).isFalse();
        for (int i = 0; i < StoryPlanner.RELATED_LIMIT; i++) {
            list.offer(i, 0.5 + i / 100.0);
            assertThat(list.excludes(0.2)).isEqualTo(i == StoryPlanner.RELATED_LIMIT - 1);
        }
        assertThat(list.excludes(0.49)).isTrue();
        assertThat(list.excludes(0.5)).isFalse();
    }

    @Test
    void skippingWhatItExcludesLeavesTheTopAsItWas() {
        Random r = new Random(5);
        for (int round = 0; round < 200; round++) {
            RelatedList all = new RelatedList();
            RelatedList skipping = new RelatedList();
            int skipped = 0;
            for (int i = 0; i < 40; i++) {
                // few distinct scores, so ties with the kept ones are common
                double score = r.nextInt(8) / 10.0;
                all.offer(i, score);
                if (skipping.excludes(score)) {
                    skipped++;
                } else {
                    skipping.offer(i, score);
                }
            }
            assertThat(skipping.top()).isEqualTo(all.top());
            assertThat(skipped).isPositive();
        }
    }

    @Test
    void theTopIsEveryScoreSortedHighestFirstCutAtTheLimit() {
        Random r = new Random(8);
        RelatedList list = new RelatedList();
        List<TopicSpace.Related> kept = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double score = r.nextDouble() * 0.4;
            list.offer(i, score);
            if (score >= StoryPlanner.RELATED_THRESHOLD) {
                kept.add(new TopicSpace.Related(i, score));
            }
        }
        kept.sort((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(list.top()).isEqualTo(kept.subList(0, Math.min(StoryPlanner.RELATED_LIMIT, kept.size())));
    }
}
