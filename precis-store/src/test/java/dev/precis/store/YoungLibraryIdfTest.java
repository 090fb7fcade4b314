package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/**
 * The content words' idf while the library is young ({@link StoryParams#idfPrior()}, {@link StoryParams#idfYoung()}) and
 * the join bar's rise while it is young ({@link StoryParams#youngBar()}).
 */
class YoungLibraryIdfTest {

    /** A vocabulary of one word in 2 of 60 articles and one in 20 of them. */
    private static int[] fill(Vocabulary v) {
        int rare = v.intern("ferryman");
        int common = v.intern("council");
        for (long a = 1; a <= 20; a++) {
            v.addPosting(common, a);
        }
        v.addPosting(rare, 3);
        v.addPosting(rare, 7);
        return new int[] {rare, common};
    }

    @Test
    void withoutAPriorTheIdfIsTheLibrarysOwn() {
        Vocabulary main = new Vocabulary(false, 0);
        Vocabulary knobs = new Vocabulary(false, 0, StoryParams.DEFAULT.idfYoung(), StoryParams.DEFAULT.idfPrior(),
                StoryParams.DEFAULT.idfPriorShare());
        int[] a = fill(main);
        int[] b = fill(knobs);
        for (int i = 0; i < 2; i++) {
            assertThat(knobs.idf(b[i], 60)).isEqualTo(main.idf(a[i], 60));
        }
        // ln((N + 1) / (df + 1)) + 20 / (N + 20)
        assertThat(main.idf(a[0], 60)).isCloseTo(Math.log(61.0 / 3) + 20.0 / 80, offset(1e-12));
    }

    @Test
    void aPriorDampsARareWordAgainstACommonOneWhileTheLibraryIsYoung() {
        Vocabulary own = new Vocabulary(false, 0);
        Vocabulary prior = new Vocabulary(false, 0, 20, 200, 0.05);
        int[] a = fill(own);
        int[] b = fill(prior);
        double ownRatio = own.idf(a[0], 60) / own.idf(a[1], 60);
        double priorRatio = prior.idf(b[0], 60) / prior.idf(b[1], 60);
        assertThat(ownRatio).isGreaterThan(2);
        assertThat(priorRatio).isLessThan(ownRatio * 0.8);
        // ln((N + P + 1) / (df + qP + 1)) + offset
        assertThat(prior.idf(b[0], 60)).isCloseTo(Math.log(261.0 / 13) + 20.0 / 80, offset(1e-12));
        // an unknown word weighs as one held by none
        assertThat(prior.idf(-1, 60)).isCloseTo(Math.log(261.0 / 11) + 20.0 / 80, offset(1e-12));
    }

    @Test
    void aLongerYoungReachKeepsTheOffsetLonger() {
        Vocabulary main = new Vocabulary(false, 0);
        Vocabulary young = new Vocabulary(false, 0, 100, 0, 0);
        int[] a = fill(main);
        int[] b = fill(young);
        assertThat(young.idf(b[0], 60) - main.idf(a[0], 60)).isCloseTo(100.0 / 160 - 20.0 / 80, offset(1e-12));
    }

    @Test
    void theYoungBarStartsHigherAndFallsToTheTunedBar() {
        StoryParams off = StoryParams.DEFAULT.with("youngBar", 0);
        StoryParams on = StoryParams.DEFAULT.with("youngBar", 0.2);
        assertThat(off.youngBarFactor(10)).isEqualTo(1);
        assertThat(on.youngBarFactor(0)).isCloseTo(1.2, offset(1e-12));
        assertThat(on.youngBarFactor(100)).isCloseTo(1.1, offset(1e-12));
        assertThat(on.youngBarFactor(100_000)).isLessThan(1.001);
    }
}
