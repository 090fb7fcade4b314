package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static List<Long> postings(Vocabulary v, int id) {
        List<Long> out = new ArrayList<>();
        v.recentPostings(id, out::add);
        return out;
    }

    @Test
    void aWordKeepsEveryPostingInOrderUpToTheLimitThenTheMostRecent() {
        Vocabulary v = new Vocabulary(false);
        int word = v.intern("harbour");
        int limit = Vocabulary.RECENT_POSTINGS;
        for (long a = 1; a <= limit; a++) {
            v.addPosting(word, a);
        }
        assertThat(postings(v, word)).containsExactlyElementsOf(LongStream.rangeClosed(1, limit).boxed().toList());
        for (long a = limit + 1; a <= 3L * limit + 5; a++) {
            v.addPosting(word, a);
        }
        assertThat(v.df(word)).isEqualTo(3 * limit + 5);
        assertThat(postings(v, word)).containsExactlyElementsOf(
                LongStream.rangeClosed(2L * limit + 6, 3L * limit + 5).boxed().toList());
    }

    @Test
    void anUnknownWordHasNoPostings() {
        Vocabulary v = new Vocabulary(false);
        v.intern("known");
        assertThat(postings(v, v.id("unknown"))).isEmpty();
        assertThat(postings(v, v.id("known"))).isEmpty();
    }

    @Test
    void theWeightedNormCountsACommonWordLessThanARareOne() {
        Vocabulary v = new Vocabulary(false, 0);
        int common = v.intern("minister");
        int rare = v.intern("harbour");
        for (long a = 1; a <= 90; a++) {
            v.addPosting(common, a);
        }
        v.addPosting(rare, 1);
        int articles = 100;
        // one count of each (log-tf 1): the norm is the length of the two idf weights
        double both = v.weightedNorm(SparseVector.of(new int[] {common, rare}, new double[] {1, 1}, 2), articles);
        assertThat(both).isCloseTo(Math.hypot(v.idf(common, articles), v.idf(rare, articles)), offset(1e-12));
        assertThat(v.weightedNorm(SparseVector.of(new int[] {rare}, new double[] {2}, 1), articles))
                .isGreaterThan(v.weightedNorm(SparseVector.of(new int[] {common}, new double[] {2}, 1), articles) * 5);
        assertThat(v.weightedNorm(SparseVector.empty(), articles)).isZero();
    }
}
