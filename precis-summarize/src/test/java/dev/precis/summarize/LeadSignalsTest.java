package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadSignalsTest {

    /** An invented wire report: datelined, past tense, a figure, and a second sentence that carries the lede on. */
    private static final String REPORT = "LONDON (Reuters) - The city council approved a new bridge over the river on Monday"
            + " at a cost of 40 million pounds. "
            + "The council said the bridge over the river would open to traffic in two years. "
            + "Work on the bridge starts in spring, the council added. "
            + "Residents had asked for a second crossing for a decade.";

    /** The same body behind a scene-setting opening. */
    private static final String FEATURE = "When the fog rolls in, Margaret walks her dog along the water. "
            + "The council said the bridge over the river would open to traffic in two years. "
            + "Work on the bridge starts in spring, the council added. "
            + "Residents had asked for a second crossing for a decade.";

    private static double[] signals(String text) {
        SentenceProfile p = new SentenceProfile(SummarizerContract.analyzed("", text));
        return LeadSignals.compute(p, p.size());
    }

    private static double signal(double[] s, String name) {
        return s[LeadSignals.NAMES.indexOf(name)];
    }

    @Test
    void aWireReportHasTheShapeOfNewsAndAFeatureOpeningDoesNot() {
        double[] report = signals(REPORT);
        double[] feature = signals(FEATURE);
        assertThat(signal(report, "leadDateline")).isEqualTo(1);
        assertThat(signal(feature, "leadDateline")).isZero();
        assertThat(signal(report, "leadFigure")).isEqualTo(1);
        assertThat(signal(feature, "leadFigure")).isZero();
        assertThat(signal(report, "leadPast")).isEqualTo(1);
        assertThat(signal(report, "leadOpening")).isZero();
        assertThat(signal(feature, "leadOpening")).isEqualTo(1);
        // the report's second sentence restates its lede; the scene shares no word with what follows
        assertThat(signal(report, "leadRestated")).isGreaterThan(0.1);
        assertThat(signal(feature, "leadRestated")).isZero();
        assertThat(signal(report, "leadCentral")).isGreaterThan(signal(feature, "leadCentral"));
        // four sentences of news: a short article
        assertThat(signal(report, "leadShortArticle")).isEqualTo(1);
        assertThat(signal(report, "leadLength")).isBetween(0.3, 1.0);
    }

    @Test
    void aPastTenseInsideAQuotationIsNotTheReports() {
        double[] quoted = signals("\"We waited and worried,\" says a neighbour of the plan for the bridge. "
                + "The council meets again next month.");
        assertThat(signal(quoted, "leadPast")).isZero();
        // and it opens with a quotation
        assertThat(signal(quoted, "leadOpening")).isEqualTo(1);
    }

    @Test
    void aQuestionOrFirstPersonOpeningIsAFeatureOpening() {
        assertThat(signal(signals("Who pays for a bridge nobody crosses? The council will vote."), "leadOpening"))
                .isEqualTo(1);
        assertThat(signal(signals("I grew up beside the river in the old town. The council will vote."), "leadOpening"))
                .isEqualTo(1);
        assertThat(LeadSignals.sceneOpener("It was a cold morning in the harbour.")).isTrue();
        assertThat(LeadSignals.sceneOpener("Police arrested two men on Friday.")).isFalse();
    }

    @Test
    void eachSignalEntersAsItsValueTimesTheLeadPrior() {
        SentenceProfile p = new SentenceProfile(SummarizerContract.analyzed("", REPORT));
        double[][] rows = SentenceFeatures.compute(p, "", p.size(), null, true);
        int dateline = SentenceFeatures.NAMES.indexOf("leadDateline");
        int lead = SentenceFeatures.NAMES.indexOf("lead");
        for (double[] row : rows) {
            assertThat(row[dateline]).isEqualTo(row[lead]);
        }
        // a model that weighs none of the optional features does not compute them
        double[][] off = SentenceFeatures.compute(p, "", p.size(), null, false);
        assertThat(off[0][dateline]).isZero();
    }

    @Test
    void anArticleWithoutSentencesOfNewsHasNoSignals() {
        assertThat(signals("")).containsOnly(0.0);
    }

    @Test
    void theTrainerFitsOnlyTheOptionalFeaturesItIsGiven() {
        assertThat(SummaryModelTrainer.leadSignals()).isEqualTo(LeadSignals.NAMES);
        assertThat(SentenceFeatures.OPTIONAL).containsAll(LeadSignals.NAMES);
        assertThatThrownBy(() -> new SummaryModelTrainer(List.of("lead")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lead");
    }
}
