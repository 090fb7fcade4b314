package dev.precis.lab.summaries;

import static org.assertj.core.api.Assertions.assertThat;

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
}
