package dev.precis.lab.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.summarize.SummaryModel;
import dev.precis.summarize.TreeEnsemble;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SummaryTreeTrainingTest {

    private static final List<String> NAMES = SummaryModel.featureNames();

    private static double[] row(double lead, double number) {
        double[] x = new double[NAMES.size()];
        x[NAMES.indexOf("lead")] = lead;
        x[NAMES.indexOf("number")] = number;
        return x;
    }

    @Test
    void exportsAnXGBoostJsonDumpByColumnName() {
        int lead = NAMES.indexOf("lead");
        String dump = "{\"nodeid\":0,\"depth\":0,\"split\":\"f" + lead + "\",\"split_condition\":0.5,\"yes\":1,\"no\":2,"
                + "\"missing\":1,\"children\":[{\"nodeid\":1,\"leaf\":-0.2},{\"nodeid\":2,\"leaf\":0.3}]}";
        TreeEnsemble t = SummaryTreeTraining.export(new String[] {dump, "{\"nodeid\":0,\"leaf\":0.1}"});
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.score(row(1, 0))).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.score(row(0.2, 0))).isCloseTo(-0.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void learnsAnInteractionALinearScoreCannotExpress() {
        // invented rows: a sentence is in the summary when exactly one of "early" and "has a figure" holds
        Random random = new Random(7);
        List<double[][]> rows = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        for (int a = 0; a < 200; a++) {
            double[][] x = new double[4][];
            double[] y = new double[4];
            for (int i = 0; i < 4; i++) {
                boolean early = random.nextBoolean();
                boolean figure = random.nextBoolean();
                x[i] = row(early ? 1 : 0.2, figure ? 1 : 0);
                y[i] = early != figure ? 1 : 0;
            }
            rows.add(x);
            targets.add(y);
        }
        SummaryModel zero = new SummaryModel(new double[NAMES.size()], 0);
        TreeEnsemble t = SummaryTreeTraining.fit(rows, targets, zero,
                new SummaryTreeTraining.Settings(2, 30, 0.3, 1));
        assertThat(t.size()).isEqualTo(30);
        double low = Math.max(t.score(row(1, 1)), t.score(row(0.2, 0)));
        double high = Math.min(t.score(row(1, 0)), t.score(row(0.2, 1)));
        assertThat(high).isGreaterThan(low + 2);
    }

    /** Invented articles of four sentences: in the first kind the early sentence is picked, in the second a figure. */
    private static void twoKinds(List<double[][]> rows, List<double[]> targets, int early, int figure) {
        for (int a = 0; a < early + figure; a++) {
            boolean leadKind = a < early;
            double[][] x = {row(1, 0), row(0.2, 1), row(0.2, 0), row(0.2, 0)};
            double[] y = leadKind ? new double[] {1, 0, 0, 0} : new double[] {0, 1, 0, 0};
            rows.add(x);
            targets.add(y);
        }
    }

    @Test
    void weightingOneKindOfArticleMovesTheTreesTowardIt() {
        // the same features, opposite picks: which sentence wins depends only on which kind weighs more
        List<double[][]> rows = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        twoKinds(rows, targets, 100, 100);
        double[] leadUp = new double[200];
        double[] figureUp = new double[200];
        for (int a = 0; a < 200; a++) {
            leadUp[a] = a < 100 ? 8 : 1;
            figureUp[a] = a < 100 ? 1 : 8;
        }
        SummaryModel zero = new SummaryModel(new double[NAMES.size()], 0);
        SummaryTreeTraining.Settings s = new SummaryTreeTraining.Settings(2, 20, 0.3, 1);
        TreeEnsemble toLead = SummaryTreeTraining.fit(rows, targets, zero, s,
                new SummaryTreeTraining.Fitting("binary:logistic", leadUp));
        TreeEnsemble toFigure = SummaryTreeTraining.fit(rows, targets, zero, s,
                new SummaryTreeTraining.Fitting("binary:logistic", figureUp));
        assertThat(toLead.score(row(1, 0))).isGreaterThan(toLead.score(row(0.2, 1)) + 0.5);
        assertThat(toFigure.score(row(0.2, 1))).isGreaterThan(toFigure.score(row(1, 0)) + 0.5);
    }

    @Test
    void aRankingObjectiveOrdersThePickedSentenceFirstWithinEachArticle() {
        List<double[][]> rows = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        twoKinds(rows, targets, 0, 100);
        SummaryModel zero = new SummaryModel(new double[NAMES.size()], 0);
        for (String objective : List.of("rank:pairwise", "rank:ndcg")) {
            TreeEnsemble t = SummaryTreeTraining.fit(rows, targets, zero, new SummaryTreeTraining.Settings(2, 20, 0.3, 1),
                    new SummaryTreeTraining.Fitting(objective, null));
            assertThat(t.score(row(0.2, 1))).as(objective).isGreaterThan(t.score(row(1, 0)))
                    .isGreaterThan(t.score(row(0.2, 0)));
        }
    }

    @Test
    void refusesAnUnknownObjectiveAndMismatchedWeights() {
        assertThatThrownBy(() -> new SummaryTreeTraining.Fitting("reg:squarederror", null))
                .hasMessageContaining("reg:squarederror");
        List<double[][]> rows = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        twoKinds(rows, targets, 2, 2);
        assertThatThrownBy(() -> SummaryTreeTraining.fit(rows, targets, new SummaryModel(new double[NAMES.size()], 0),
                new SummaryTreeTraining.Settings(2, 2, 0.3, 1), new SummaryTreeTraining.Fitting("binary:logistic", new double[3])))
                .hasMessageContaining("3 for 4 articles");
    }
}
