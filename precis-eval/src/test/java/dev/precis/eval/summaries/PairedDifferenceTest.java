package dev.precis.eval.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    @Test
    void meanAndStandardErrorOfThePerArticleDifferences() {
        // differences 0.1, 0.3, 0.2, 0.0 (x100: 10, 30, 20, 0): mean 15; sample variance
        // (25 + 225 + 25 + 225) / 3 = 500/3; standard error sqrt(500/3/4) = 6.455
        double[][] a = {{0.5, 9}, {0.6, 9}, {0.4, 9}, {0.3, 9}};
        double[][] b = {{0.4, 1}, {0.3, 1}, {0.2, 1}, {0.3, 1}};
        PairedDifference d = PairedDifference.of(a, b, 0, 100);
        assertThat(d.mean()).isCloseTo(15, within(1e-9));
        assertThat(d.standardError()).isCloseTo(6.455, within(1e-3));
        assertThat(d.lowerBound()).isCloseTo(8.545, within(1e-3));
    }

    @Test
    void aConstantShiftHasNoError() {
        double[][] a = {{0.5}, {0.7}, {0.2}};
        double[][] b = {{0.4}, {0.6}, {0.1}};
        PairedDifference d = PairedDifference.of(a, b, 0, 1);
        assertThat(d.mean()).isCloseTo(0.1, within(1e-12));
        assertThat(d.standardError()).isCloseTo(0, within(1e-12));
    }

    @Test
    void oneArticleHasNoErrorAndNoneHasNoDifference() {
        assertThat(PairedDifference.of(new double[][] {{0.9}}, new double[][] {{0.4}}, 0, 1))
                .isEqualTo(new PairedDifference(0.5, 0));
        assertThat(PairedDifference.of(new double[0][], new double[0][], 0, 1)).isEqualTo(new PairedDifference(0, 0));
    }

    @Test
    void tablesOfOtherArticlesAreRefused() {
        assertThatThrownBy(() -> PairedDifference.of(new double[][] {{1}}, new double[][] {{1}, {2}}, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same articles");
    }
}
