package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link StorySplitter}'s dated episodes ({@link StoryParams#splitDays()}): a story whose dated members lie
 * months apart splits into its episodes even when every member reads alike, undated members go with the
 * episode they resemble, and stories of different episodes do not merge.
 */
class StorySplitterEpisodesTest {

    private static final double BAR = 0.32;

    /** Every pair of {@code n} members at similarity {@code s} (1 on the diagonal): no average-link split. */
    private static double[][] alike(int n, double s) {
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sim[i], s);
            sim[i][i] = 1;
        }
        return sim;
    }

    private static void set(double[][] sim, int i, int j, double s) {
        sim[i][j] = s;
        sim[j][i] = s;
    }

    @Test
    void aRunningIssueOfTwoDatedEpisodesMonthsApartSplitsAndTheOlderPartKeepsTheId() {
        List<Long> ids = List.of(1L, 2L, 3L, 4L, 5L, 6L);
        // added in this order; the first three are a spring event, the last three an autumn one
        List<Long> days = List.of(100L, 101L, 102L, 300L, 301L, 302L);
        double[][] sim = alike(6, 0.5);
        assertThat(StorySplitter.partition(ids, sim, BAR)).as("average link alone keeps them together").containsExactly(ids);
        List<List<Long>> parts = StorySplitter.split(ids, days, sim, BAR, 30);
        assertThat(parts).containsExactly(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L));
        // the same dates added the other way round: the autumn event came first and keeps the id
        List<Long> reversed = List.of(300L, 301L, 302L, 100L, 101L, 102L);
        assertThat(StorySplitter.split(ids, reversed, sim, BAR, 30).get(0)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void datesWithinTheGapOrTheGapOffKeepTheStoryWhole() {
        List<Long> ids = List.of(1L, 2L, 3L, 4L);
        double[][] sim = alike(4, 0.5);
        // a developing event: each report within the gap of the one before, 45 days from first to last
        assertThat(StorySplitter.split(ids, List.of(100L, 115L, 130L, 145L), sim, BAR, 30)).containsExactly(ids);
        assertThat(StorySplitter.split(ids, List.of(100L, 101L, 300L, 301L), sim, BAR, 0)).containsExactly(ids);
        // no dates at all: nothing to tell episodes apart
        List<Long> none = new ArrayList<>(Arrays.asList(null, null, null, null));
        assertThat(StorySplitter.split(ids, none, sim, BAR, 30)).containsExactly(ids);
    }

    @Test
    void anUndatedMemberGoesWithTheEpisodeItResemblesMost() {
        List<Long> ids = List.of(1L, 2L, 3L, 4L, 5L);
        List<Long> days = Arrays.asList(100L, 101L, null, 300L, 301L);
        double[][] sim = alike(5, 0.4);
        set(sim, 2, 3, 0.7);
        set(sim, 2, 4, 0.6);
        assertThat(StorySplitter.split(ids, days, sim, BAR, 30)).containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L, 4L, 5L));
        // resembling the spring episode instead, it goes there
        sim = alike(5, 0.4);
        set(sim, 2, 0, 0.7);
        set(sim, 2, 1, 0.6);
        assertThat(StorySplitter.split(ids, days, sim, BAR, 30)).containsExactlyInAnyOrder(List.of(1L, 2L, 3L), List.of(4L, 5L));
    }

    @Test
    void undatedMembersResemblingNoEpisodeMakeOneOfTheirOwnWhenThereAreTwo() {
        List<Long> ids = List.of(1L, 2L, 3L, 4L, 5L, 6L);
        List<Long> days = Arrays.asList(100L, 101L, 300L, 301L, null, null);
        double[][] sim = alike(6, 0.5);
        for (int u : new int[] {4, 5}) {
            for (int d = 0; d < 4; d++) {
                set(sim, u, d, d == 0 ? 0.3 : 0.2);
            }
        }
        set(sim, 4, 5, 0.6);
        assertThat(StorySplitter.split(ids, days, sim, BAR, 30))
                .containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L, 4L), List.of(5L, 6L));
        // one such member alone goes with the episode it resembles most (the spring one, 0.25 on average)
        List<Long> fewer = List.of(1L, 2L, 3L, 4L, 5L);
        double[][] five = new double[5][5];
        for (int i = 0; i < 5; i++) {
            five[i] = Arrays.copyOf(sim[i], 5);
        }
        assertThat(StorySplitter.split(fewer, days.subList(0, 5), five, BAR, 30))
                .containsExactlyInAnyOrder(List.of(1L, 2L, 5L), List.of(3L, 4L));
    }

    @Test
    void storiesOfEpisodesMonthsApartDoNotMerge() {
        for (double gap : new double[] {30, 0}) {
            TopicSpace s = new TopicSpace(StoryParams.DEFAULT.with("splitDays", gap));
            s.add(1, words("Marrowby,Elsa Varn", "flood river lune homes rescue boats market"), 100L, 10);
            s.add(2, words("Marrowby,Elsa Varn", "flood river lune homes bridge repair market"), 101L, 10);
            s.add(3, words("Marrowby,Elsa Varn", "flood river lune homes rescue bridge engineers"), 400L, 20);
            s.add(4, words("Marrowby,Elsa Varn", "flood river lune homes bridge boats market"), 401L, 20);
            s.add(5, words("Quellport,Jonas Tarr", "dockers strike wages cranes container ships"), 100L, 30);
            if (gap > 0) {
                assertThat(s.mergeOrder(10, 20)).as("two floods of one town a year apart stay two stories").isNull();
            } else {
                assertThat(s.mergeOrder(10, 20)).as("without the gap they merge as any alike pair").containsExactly(10, 20);
            }
        }
    }

    private static ArticleFeatures words(String keys, String text) {
        Map<String, Integer> k = new HashMap<>();
        for (String name : keys.split(",")) {
            k.merge(name, 1, Integer::sum);
        }
        Map<String, Integer> t = new HashMap<>();
        for (String w : text.split(" ")) {
            t.merge(w, 1, Integer::sum);
        }
        return new ArticleFeatures(t, k);
    }
}
