package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryModelTrainerTest {

    private static final List<AnalyzedArticle> ARTICLES = List.of(
            SummarizerContract.analyzed("Port", "The port of Dunmere reopened on Monday after a storm. "
                    + "\"We are back and open for business,\" he said. "
                    + "Fishing boats returned to the harbour within hours."),
            SummarizerContract.analyzed("Bridge", "A new bridge over the Kellan river opened to traffic on Friday. "
                    + "\"It is a great day for the whole valley,\" she said. "
                    + "The crossing cuts the drive to the coast by twenty minutes."),
            SummarizerContract.analyzed("School", "Brora's new school welcomed its first pupils on Tuesday. "
                    + "\"The children love the new classrooms,\" the head teacher said. "
                    + "The building replaces one damaged by floods last winter."));

    /** The quotation with only its credit (the second sentence) is never in the summary; the others are. */
    private static double[] targets(AnalyzedArticle a) {
        return new double[] {1, 0, 1};
    }

    @Test
    void byDefaultTheOptionalFeaturesStayAtZero() {
        SummaryModel m = new SummaryModelTrainer().train(ARTICLES, SummaryModelTrainerTest::targets, 0);
        for (String name : SentenceFeatures.OPTIONAL) {
            assertThat(m.weights()[SummaryModel.featureNames().indexOf(name)]).as(name).isZero();
        }
        assertThat(m.weighsKinds()).isFalse();
    }

    @Test
    void withKindsTheTrainerLearnsThatAQuoteOnlySentenceIsNotInTheSummary() {
        SummaryModel m = new SummaryModelTrainer(true).train(ARTICLES, SummaryModelTrainerTest::targets, 0);
        assertThat(m.weights()[SummaryModel.featureNames().indexOf("quoteOnly")]).isNegative();
        assertThat(m.weighsKinds()).isTrue();
    }

    /** Datelined reports keep their lede in the summary; scene-setting openings do not. */
    private static final List<AnalyzedArticle> MIXED = List.of(
            SummarizerContract.analyzed("", "PARIS (Reuters) - The museum reopened its east wing on Monday after repairs. "
                    + "Visitors filled the galleries by noon. The wing had been closed for a year."),
            SummarizerContract.analyzed("", "ROME (Reuters) - The city council approved a tram line on Tuesday. "
                    + "Work starts in the spring. The line will link the station with the port."),
            SummarizerContract.analyzed("", "When the sun sets over the dunes, the camels kneel in the sand. "
                    + "The desert festival drew ten thousand visitors this year. Organisers plan a second stage."),
            SummarizerContract.analyzed("", "It was the coldest night anyone could remember in the hills. "
                    + "Snow closed the mountain pass for three days. Ploughs cleared the road on Sunday."));

    private static double[] mixedTargets(AnalyzedArticle a) {
        return a.article().text().contains("(Reuters)") ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
    }

    @Test
    void withTheLeadSignalsTheTrainerLearnsToHoldTheLeadOfAReportAndLeaveASceneSettingOne() {
        SummaryModel m = new SummaryModelTrainer(SummaryModelTrainer.leadSignals())
                .train(MIXED, SummaryModelTrainerTest::mixedTargets, 0);
        assertThat(m.weights()[SummaryModel.featureNames().indexOf("leadDateline")]).isPositive();
        assertThat(m.weights()[SummaryModel.featureNames().indexOf("leadOpening")]).isNegative();
        // the kinds were not asked for
        assertThat(m.weights()[SummaryModel.featureNames().indexOf("quoteOnly")]).isZero();
        assertThat(m.weighsKinds()).isTrue();
    }
}
