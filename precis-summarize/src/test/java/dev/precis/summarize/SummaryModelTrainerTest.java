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
}
