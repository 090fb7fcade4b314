package dev.precis.lab.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThresholdF1Test {

    // invented scores: positives mostly high, one positive low, one negative high
    private static final double[] SCORE = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1};
    private static final boolean[] SAME = {true, true, false, true, false, false, true, false, false};

    @Test
    void countsF1AtAThreshold() {
        // at 0.55: called 0.9, 0.8, 0.7, 0.6 -> tp 3, fp 1, fn 1
        assertThat(ThresholdF1.f1(SCORE, SAME, null, 0.55)).isCloseTo(6.0 / 8, within(1e-12));
        assertThat(ThresholdF1.f1(SCORE, SAME, null, 0.95)).isZero();
    }

    @Test
    void findsTheThresholdOfHighestF1BetweenTwoScores() {
        double t = ThresholdF1.best(SCORE, SAME, null);
        assertThat(t).isCloseTo(0.55, within(1e-12));
        for (double other : new double[] {0.25, 0.35, 0.45, 0.65, 0.75, 0.85}) {
            assertThat(ThresholdF1.f1(SCORE, SAME, null, other)).isLessThan(ThresholdF1.f1(SCORE, SAME, null, t));
        }
    }

    @Test
    void looksOnlyAtTheRowsInUseAndNeverCutsBetweenEqualScores() {
        boolean[] use = {true, true, true, true, false, false, false, false, false};
        // among the first four alone, calling all four (F1 6/7) beats keeping 0.9 and 0.8 (F1 0.8)
        assertThat(ThresholdF1.best(SCORE, SAME, use)).isCloseTo(0.6, within(1e-12));
        double[] tied = {0.5, 0.5, 0.5, 0.1};
        boolean[] y = {true, false, true, false};
        assertThat(ThresholdF1.best(tied, y, null)).isCloseTo(0.3, within(1e-12));
    }
}
