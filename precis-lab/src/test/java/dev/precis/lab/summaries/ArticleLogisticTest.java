package dev.precis.lab.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleLogisticTest {

    @Test
    void learnsWhichFeatureCarriesTheLabelAndRanksByIt() {
        // invented articles: the label follows the first feature (with noise); the second is noise only
        Random random = new Random(3);
        int n = 400;
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            double signal = random.nextGaussian();
            x[i] = new double[] {10 + 5 * signal, random.nextGaussian()};
            y[i] = signal + 0.5 * random.nextGaussian() > 0;
        }
        ArticleLogistic m = ArticleLogistic.fit(x, y, null, 1);
        double[] beta = m.coefficients();
        assertThat(beta[1]).isGreaterThan(2);
        assertThat(Math.abs(beta[2])).isLessThan(0.5);
        assertThat(m.probability(new double[] {20, 0})).isGreaterThan(0.9);
        assertThat(m.probability(new double[] {0, 0})).isLessThan(0.1);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = m.probability(x[i]);
        }
        assertThat(ArticleLogistic.auc(p, y, null)).isGreaterThan(0.85);
    }

    @Test
    void fitsOnlyTheRowsItIsToldToUse() {
        // the unused rows carry the opposite label; a fit on the used rows alone ignores them
        double[][] x = {{0}, {1}, {2}, {3}, {0}, {1}, {2}, {3}};
        boolean[] y = {false, false, true, true, true, true, false, false};
        boolean[] use = {true, true, true, true, false, false, false, false};
        ArticleLogistic m = ArticleLogistic.fit(x, y, use, 0.1);
        assertThat(m.probability(new double[] {3})).isGreaterThan(m.probability(new double[] {0}));
    }

    @Test
    void aucCountsTiesAsHalfAndSkipsUnusedRows() {
        double[] p = {0.9, 0.5, 0.5, 0.1};
        boolean[] y = {true, true, false, false};
        assertThat(ArticleLogistic.auc(p, y, null)).isEqualTo((1 + 1 + 0.5 + 1) / 4.0);
        assertThat(ArticleLogistic.auc(p, y, new boolean[] {false, true, true, false})).isEqualTo(0.5);
    }

    @Test
    void leavesOutOneFoldOfTheFittingArticles() {
        List<Integer> all = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(SummaryTreeTraining.leaveOut(all, "1/4")).containsExactly(0, 2, 3, 4, 6, 7, 8);
        assertThat(SummaryTreeTraining.leaveOut(all, "0/3")).containsExactly(1, 2, 4, 5, 7, 8);
        assertThatThrownBy(() -> SummaryTreeTraining.leaveOut(all, "4/4")).hasMessageContaining("--leave-out 4/4");
        assertThatThrownBy(() -> SummaryTreeTraining.leaveOut(all, "x")).hasMessageContaining("not FOLD/FOLDS");
    }
}
