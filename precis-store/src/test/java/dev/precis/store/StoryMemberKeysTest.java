package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryParams#memberKeys()}: at the {@link StoryParams#memberBar()} check a member whose key names match another
 * member's stays in the story whatever its words say; invented similarities and invented briefs of a made-up town.
 */
class StoryMemberKeysTest {

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
    void aMemberBelowTheBarStaysWhenItsNamesMatchAnotherMembers() {
        List<Long> ids = List.of(21L, 22L, 23L);
        double[][] sim = sims(3, 0.5);
        set(sim, 0, 2, 0.1);
        set(sim, 1, 2, 0.1);
        double[][] keys = sims(3, 0.1);
        set(keys, 1, 2, 0.6);
        // 23's names match 22's: it stays with the knob at 0.3, leaves with it off or with its names unread
        assertThat(StorySplitter.parts(ids, sim, keys, 0.32, 0.25, 0.3)).containsExactly(ids);
        assertThat(StorySplitter.parts(ids, sim, keys, 0.32, 0.25, 0)).containsExactly(List.of(21L, 22L), List.of(23L));
        assertThat(StorySplitter.parts(ids, sim, null, 0.32, 0.25, 0.3)).containsExactly(List.of(21L, 22L), List.of(23L));
        // names under the knob's value: it leaves
        set(keys, 1, 2, 0.2);
        assertThat(StorySplitter.parts(ids, sim, keys, 0.32, 0.25, 0.3)).containsExactly(List.of(21L, 22L), List.of(23L));
    }

    @Test
    void theLibrarysGroupingLeavesTheKnobOff() {
        assertThat(StoryParams.DEFAULT.memberKeys()).isZero();
        assertThat(StoryParams.DEFAULT.with("memberKeys", 0.3).memberKeys()).isEqualTo(0.3);
    }

    @Test
    void inALibraryOneStoryDominatesAReportOfItsPeopleAndPlacesInOtherWordsStays() {
        for (double memberKeys : new double[] {0.3, 0}) {
            TopicSpace s = new TopicSpace(StoryParams.DEFAULT.with("memberKeys", memberKeys));
            // a flood story of forty briefs in a library of 140: its words are a large share of the library's
            for (int i = 1; i <= 40; i++) {
                s.add(i, features("Marrowby,Elsa Varn,Lune", "flood river homes rescue sandbag levee " + "gauge" + i), null, 1);
            }
            for (int i = 41; i <= 140; i++) {
                s.add(i, features("Quenby" + i, "zorvat" + i + " plimmet" + i + " droskel" + i + " avenor" + i), null, 1000 + i);
            }
            // the same flood's shelter report: its people and places, none of the story's words
            s.add(141, features("Marrowby,Elsa Varn,Lune", "shelter blankets volunteers school hall overnight"), null, 1);
            // an unrelated brief of other names and words, joined to the story as an early join might have put it
            s.add(142, features("Tessaly,Orrin Blake", "orchard apples harvest cider press autumn"), null, 1);
            assertThat(s.size()).isGreaterThanOrEqualTo((int) StoryParams.DEFAULT.memberLibrary());
            List<StorySplitter.Split> splits = StorySplitter.find(s);
            List<List<Long>> left = splits.stream().filter(x -> x.storyId() == 1).flatMap(x -> x.parts().stream()).toList();
            if (memberKeys > 0) {
                assertThat(left).containsExactly(List.of(142L));
            } else {
                assertThat(left).containsExactlyInAnyOrder(List.of(141L), List.of(142L));
            }
        }
    }

    private static ArticleFeatures features(String keys, String terms) {
        Map<String, Integer> k = new HashMap<>();
        for (String w : keys.split(",")) {
            k.merge(w, 1, Integer::sum);
        }
        Map<String, Integer> t = new HashMap<>();
        for (String w : terms.split(" ")) {
            t.merge(w, 1, Integer::sum);
        }
        return new ArticleFeatures(t, k);
    }
}
