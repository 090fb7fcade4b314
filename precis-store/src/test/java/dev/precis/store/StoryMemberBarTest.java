package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryParams#memberBar()}: at consolidation a member of a story that no other member reaches at the bar, under
 * the library's current word statistics, leaves as a story of its own ({@link StorySplitter#parts}); invented
 * similarities.
 */
class StoryMemberBarTest {

    /** Symmetric similarities of {@code n} members, 1 on the diagonal, {@code fill} elsewhere. */
    private static double[][] sims(int n, double fill) {
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sim[i][j] = i == j ? 1 : fill;
            }
        }
        return sim;
    }

    private static void set(double[][] sim, int i, int j, double v) {
        sim[i][j] = v;
        sim[j][i] = v;
    }

    @Test
    void aMemberNoOtherReachesLeavesAndTheRestKeepTheStory() {
        List<Long> ids = List.of(21L, 22L, 23L);
        double[][] sim = sims(3, 0.5);
        // 23 joined on a link that no longer holds: 0.2 with both others
        set(sim, 0, 2, 0.2);
        set(sim, 1, 2, 0.2);
        assertThat(StorySplitter.parts(ids, sim, 0.32, 0.25)).containsExactly(List.of(21L, 22L), List.of(23L));
        // off (0): a trio is never split
        assertThat(StorySplitter.parts(ids, sim, 0.32, 0)).containsExactly(ids);
        // a bar below its links: it stays
        assertThat(StorySplitter.parts(ids, sim, 0.32, 0.15)).containsExactly(ids);
    }

    @Test
    void aMemberLinkedToOneOtherStaysAsASingleLinkChain() {
        List<Long> ids = List.of(1L, 2L, 3L);
        double[][] sim = sims(3, 0.1);
        // 1 - 2 - 3: each end reaches the middle only
        set(sim, 0, 1, 0.4);
        set(sim, 1, 2, 0.3);
        assertThat(StorySplitter.parts(ids, sim, 0.32, 0.25)).containsExactly(ids);
        // the weaker link under the bar: the end it holds leaves, the rest stays
        set(sim, 1, 2, 0.24);
        assertThat(StorySplitter.parts(ids, sim, 0.32, 0.25)).containsExactly(List.of(1L, 2L), List.of(3L));
    }

    @Test
    void aPairBelowTheBarSplitsAndTheOlderMemberKeepsTheStory() {
        List<Long> ids = List.of(7L, 9L);
        assertThat(StorySplitter.parts(ids, sims(2, 0.2), 0.32, 0.25)).containsExactly(List.of(7L), List.of(9L));
        assertThat(StorySplitter.parts(ids, sims(2, 0.3), 0.32, 0.25)).containsExactly(ids);
    }

    @Test
    void inALargerStoryALoneMemberLeavesInsteadOfBeingPutBack() {
        List<Long> ids = List.of(1L, 2L, 3L, 4L, 5L);
        double[][] sim = sims(5, 0.5);
        for (int i = 0; i < 4; i++) {
            set(sim, i, 4, 0.1);
        }
        // without the member bar the average-link split puts a lone article back (StorySplitTest); with it, it leaves
        assertThat(StorySplitter.parts(ids, sim, 0.32, 0)).containsExactly(ids);
        assertThat(StorySplitter.parts(ids, sim, 0.32, 0.25)).containsExactly(List.of(1L, 2L, 3L, 4L), List.of(5L));
        // the average-link split of the rest still runs: two events of two each, the lone member after them
        set(sim, 0, 2, 0.05);
        set(sim, 0, 3, 0.05);
        set(sim, 1, 2, 0.05);
        set(sim, 1, 3, 0.05);
        List<List<Long>> parts = StorySplitter.parts(ids, sim, 0.32, 0.25);
        assertThat(parts).containsExactly(List.of(1L, 2L), List.of(3L, 4L), List.of(5L));
    }

    @Test
    void theLibrarysGroupingChecksMembersAtAQuarter() {
        assertThat(StoryParams.DEFAULT.memberBar()).isEqualTo(0.25);
        assertThat(StoryParams.DEFAULT.with("memberBar", 0).memberBar()).isZero();
    }

    @Test
    void aWeaklyJoinedMemberOfASpaceLeavesAtTheSplitAndStaysWithTheBarOff() {
        for (double bar : new double[] {0.25, 0}) {
            // memberLibrary 0: the check at any library size (the default waits for 100 articles, below)
            TopicSpace s = new TopicSpace(StoryParams.DEFAULT.with("memberBar", bar).with("memberLibrary", 0));
            floodStory(s);
            List<StorySplitter.Split> splits = StorySplitter.find(s);
            if (bar > 0) {
                assertThat(splits).singleElement().satisfies(x -> {
                    assertThat(x.kept()).containsExactly(1L, 2L, 3L);
                    assertThat(x.parts()).containsExactly(List.of(4L));
                });
            } else {
                assertThat(splits).isEmpty();
            }
        }
    }

    /** The mayor's flood story of three briefs and her unrelated library brief, joined to it (ids 1 to 4). */
    private static void floodStory(TopicSpace s) {
        s.add(1, words("Marrowby,Elsa Varn", "flood river lune homes rescue boats market"), null, 10);
        s.add(2, words("Marrowby,Elsa Varn", "flood river lune homes bridge repair market"), null, 10);
        s.add(3, words("Marrowby,Elsa Varn", "flood river lune homes rescue bridge engineers"), null, 10);
        // a brief of the same mayor on another matter, in the flood story as an early join might have put it
        s.add(4, words("Marrowby,Elsa Varn", "library opening books children reading council"), null, 10);
    }

    /** Briefs {@code from}..{@code to} of made-up words of their own, each a story alone (a library growing). */
    private static void others(TopicSpace s, int from, int to) {
        for (int i = from; i <= to; i++) {
            s.add(i, words("Quenby" + i, "zorvat" + i + " plimmet" + i + " droskel" + i + " avenor" + i), null, 1000 + i);
        }
    }

    @Test
    void theDefaultChecksNoMemberInALibraryUnderAHundredArticles() {
        assertThat(StoryParams.DEFAULT.memberLibrary()).isEqualTo(100);
        // the flood story in a library of four: the young library's statistics judge nothing, the story stays whole
        TopicSpace young = new TopicSpace(StoryParams.DEFAULT);
        floodStory(young);
        assertThat(StorySplitter.find(young)).isEmpty();
        // and in a library of 99
        TopicSpace almost = new TopicSpace(StoryParams.DEFAULT);
        floodStory(almost);
        others(almost, 5, 99);
        assertThat(almost.size()).isEqualTo(99);
        assertThat(StorySplitter.find(almost)).isEmpty();
        // from 100 articles the check runs and the library brief leaves
        TopicSpace grown = new TopicSpace(StoryParams.DEFAULT);
        floodStory(grown);
        others(grown, 5, 100);
        assertThat(StorySplitter.find(grown)).singleElement().satisfies(x -> {
            assertThat(x.kept()).containsExactly(1L, 2L, 3L);
            assertThat(x.parts()).containsExactly(List.of(4L));
        });
    }

    private static ArticleFeatures words(String keys, String terms) {
        java.util.Map<String, Integer> k = new java.util.HashMap<>();
        for (String w : keys.split(",")) {
            k.merge(w, 1, Integer::sum);
        }
        java.util.Map<String, Integer> t = new java.util.HashMap<>();
        for (String w : terms.split(" ")) {
            t.merge(w, 1, Integer::sum);
        }
        return new ArticleFeatures(t, k);
    }
}
