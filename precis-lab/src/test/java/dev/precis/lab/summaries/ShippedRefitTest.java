package dev.precis.lab.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.precis.summarize.LongArticleGate;
import dev.precis.summarize.SummaryModel;
import org.junit.jupiter.api.Test;

class ShippedRefitTest {

    private static final int LEAD = SummaryModel.featureNames().indexOf("lead");
    private static final int NUMBER = SummaryModel.featureNames().indexOf("number");

    @Test
    void keepsTheBasesLeadPriorAsAnOffsetAndItsSettings() {
        // invented base: fitted lead 1.0, prior +4 (gate +2), margin 1, fill 1, redundancy 0.5
        double[] b = new double[SummaryModel.featureNames().size()];
        b[LEAD] = 5.0;
        b[NUMBER] = 0.3;
        SummaryModel base = new SummaryModel(b, 0.5, 1.0, 1.0, new LongArticleGate(26, 3.0, 0));
        double[] f = new double[b.length];
        f[LEAD] = 1.5;
        f[NUMBER] = -0.2;
        SummaryModel fitted = new SummaryModel(f, 0);
        SummaryModel m = ShippedRefit.withFittedWeights(base, fitted, 1.0);
        assertThat(m.weights()[LEAD]).isCloseTo(5.5, offset(1e-12));
        assertThat(m.weights()[NUMBER]).isCloseTo(-0.2, offset(1e-12));
        assertThat(m.longArticles().lead()).isCloseTo(3.5, offset(1e-12));
        assertThat(m.longArticles().fromSentences()).isEqualTo(26);
        assertThat(m.redundancy()).isEqualTo(0.5);
        assertThat(m.fill()).isEqualTo(1.0);
        assertThat(m.leadMargin()).isEqualTo(1.0);
    }

    @Test
    void aBaseWithoutAGateGetsNone() {
        double[] b = new double[SummaryModel.featureNames().size()];
        b[LEAD] = 2.0;
        SummaryModel m = ShippedRefit.withFittedWeights(new SummaryModel(b, 0.5, 1.0, 0.0),
                new SummaryModel(new double[b.length], 0), 2.0);
        assertThat(m.weights()[LEAD]).isZero();
        assertThat(m.longArticles().active()).isFalse();
    }
}
