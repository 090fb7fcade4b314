package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryHeadlines}: headlines sharing their content words raise a member pair's similarity, headlines
 * sharing none lower it, a missing headline leaves it alone; the library's grouping keeps the knob off.
 */
class StoryHeadlinesTest {

    private static double[][] pairs(int n, double s) {
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sim[i][j] = i == j ? 1 : s;
            }
        }
        return sim;
    }

    @Test
    void sharedHeadlineWordsRaiseAPairAndDisjointHeadlinesLowerIt() {
        StoryHeadlines h = new StoryHeadlines();
        h.put(1, "Minister quits over harbour deal");
        h.put(2, "Harbour deal: the minister quits");
        h.put(3, "Storm closes mountain roads");
        h.put(4, null);
        double[][] sim = h.blend(List.of(1L, 2L, 3L, 4L), pairs(4, 0.4), 0.25, new Vocabulary(false, 0), 10);
        // same content words (stop words and punctuation aside): headline cosine 1
        assertThat(sim[0][1]).isCloseTo(0.75 * 0.4 + 0.25, within(1e-9));
        assertThat(sim[1][0]).isEqualTo(sim[0][1]);
        // nothing shared: cosine 0, the pair loses a quarter
        assertThat(sim[0][2]).isCloseTo(0.3, within(1e-9));
        // no headline: the pair is as the words and names had it
        assertThat(sim[0][3]).isEqualTo(0.4);
        assertThat(sim[2][2]).isEqualTo(1);
    }

    @Test
    void aRareSharedWordCountsMoreThanACommonOne() {
        Vocabulary v = new Vocabulary(false, 0);
        int common = v.intern("budget");
        for (long a = 1; a <= 9; a++) {
            v.addPosting(common, a);
        }
        StoryHeadlines h = new StoryHeadlines();
        h.put(1, "Budget talks stall");
        h.put(2, "Budget surplus forecast");
        h.put(3, "Harbour talks stall");
        h.put(4, "Harbour surplus forecast");
        double[][] sim = h.blend(List.of(1L, 2L, 3L, 4L), pairs(4, 0), 1, v, 10);
        // pair (1, 2) shares only the word nine articles in ten hold; pair (3, 4) only an unseen one
        assertThat(sim[0][1]).isLessThan(sim[2][3]);
        assertThat(sim[0][1]).isGreaterThan(0);
    }

    @Test
    void theLibraryGroupingLeavesHeadlinesOut() {
        assertThat(StoryParams.DEFAULT.titleWeight()).isZero();
        assertThat(StoryParams.DEFAULT.with("titleWeight", 0.2).titleWeight()).isEqualTo(0.2);
    }
}
