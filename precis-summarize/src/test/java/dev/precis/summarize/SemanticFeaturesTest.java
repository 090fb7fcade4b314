package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.Vectors;
import dev.precis.nlp.encoder.SentenceEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The semantic features: off in the shipped model, and what they change when a model weighs them. */
class SemanticFeaturesTest {

    /**
     * A test encoder with two directions of meaning: sentences about the ferries and sentences about
     * food. Precis' pretrained encoder is tested in precis-encoder.
     */
    private static final SentenceEncoder TOPICS = new SentenceEncoder() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[][] encode(List<String> texts) {
            return texts.stream().map(t -> {
                String s = t.toLowerCase(java.util.Locale.ROOT);
                float[] v = s.contains("ferr") || s.contains("ship") ? new float[] {1, 0} : new float[] {0, 1};
                Vectors.unitLength(v);
                return v;
            }).toArray(float[][]::new);
        }
    };

    private static final String TEXT = "Ferry services to the islands were cancelled on Monday. "
            + "Bakers on the main island ran out of flour by noon. "
            + "The ferry operator said its ships would stay in port until the gale passed. "
            + "Harbour staff tied the ferries to extra moorings. "
            + "Shop owners expect shortages of milk by the weekend.";

    private static SummaryModel model(double semanticCentroid) {
        double[] w = new double[SummaryModel.featureNames().size()];
        w[SummaryModel.featureNames().indexOf("semanticCentroid")] = semanticCentroid;
        return new SummaryModel(w, 0, Double.POSITIVE_INFINITY);
    }

    private static List<String> twoSentences(PositionCentralitySummarizer summarizer) {
        AnalyzedArticle a = SummarizerContract.analyzed("Storm cancels ferries", TEXT);
        return summarizer.summarize(a, SummaryLength.sentences(2)).texts(a.article().text());
    }

    @Test
    void theShippedModelNeedsNoEncoder() {
        assertThat(SummaryModel.loadDefault().semantic()).isFalse();
    }

    @Test
    void aModelThatWeighsMeaningRefusesToRunWithoutAnEncoder() {
        assertThat(model(1).semantic()).isTrue();
        assertThatThrownBy(() -> new PositionCentralitySummarizer(model(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sentence encoder");
    }

    @Test
    void closenessToWhatTheArticleIsAboutPicksTheSecondSentence() {
        // three of five sentences are about the ferries: the centroid leans their way
        assertThat(twoSentences(new PositionCentralitySummarizer(model(2), TOPICS))).containsExactly(
                "Ferry services to the islands were cancelled on Monday.",
                "The ferry operator said its ships would stay in port until the gale passed.");
        // without the feature every sentence scores the same and the earliest wins
        assertThat(twoSentences(new PositionCentralitySummarizer(model(0), TOPICS))).containsExactly(
                "Ferry services to the islands were cancelled on Monday.",
                "Bakers on the main island ran out of flour by noon.");
    }
}
