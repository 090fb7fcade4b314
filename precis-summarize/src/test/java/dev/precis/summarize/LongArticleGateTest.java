package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongArticleGateTest {

    private static final String ITEM = "The city opened a new public library on Monday after years of building work. "
            + "Readers queued outside the doors long before the opening ceremony began. "
            + "The old library building on the square will become a youth centre. "
            + "The new library holds 120000 books and 300 computers for visitors.";
    private static final String BACKGROUND = " Architects from abroad drew the glass roof over the reading room."
            + " Local schools plan weekly visits for their pupils during term."
            + " Volunteers will run a reading club for older residents on Sundays.";

    /**
     * A model that values the lead (weight 4) and numbers (weight 1), with a fallback margin of 1.5:
     * the fourth sentence, the only one with figures, scores 1 + 4/4 = 2, as the lead's second does.
     */
    private static List<Integer> chosen(String text, LongArticleGate gate) {
        double[] w = new double[SummaryModel.featureNames().size()];
        w[SummaryModel.featureNames().indexOf("number")] = 1;
        w[SummaryModel.featureNames().indexOf("lead")] = 4;
        AnalyzedArticle a = SummarizerContract.analyzed("City opens library", text);
        return new PositionCentralitySummarizer(new SummaryModel(w, 0, Double.POSITIVE_INFINITY, 1.5, gate))
                .summarize(a, SummaryLength.sentences(2)).sentences().stream()
                .map(SummarySentence::sentenceIndex).toList();
    }

    @Test
    void aShortItemKeepsTheModelsHoldOnTheLead() {
        assertThat(chosen(ITEM, new LongArticleGate(6, 0, 0))).containsExactly(0, 1);
    }

    @Test
    void aLongArticleIsScoredWithTheGatesLeadWeightAndMargin() {
        // seven sentences of news: long for a gate from six, where the lead weighs nothing and there is
        // no fallback margin, so the sentence with the figures is taken after the lede
        assertThat(chosen(ITEM + BACKGROUND, new LongArticleGate(6, 0, 0))).containsExactly(0, 3);
        assertThat(chosen(ITEM + BACKGROUND, new LongArticleGate(8, 0, 0))).containsExactly(0, 1);
        assertThat(chosen(ITEM + BACKGROUND, LongArticleGate.NONE)).containsExactly(0, 1);
    }

    @Test
    void withASpreadALongArticleIsFreedOnlyWhenALaterSentenceScoresAboveTheLead() {
        // under the gate's lead weight 0 the lead-3 scores 0 (no figures) and the fourth sentence, with
        // figures, scores above it: a spread of at least 0 frees the article, one of 10 does not
        assertThat(chosen(ITEM + BACKGROUND, new LongArticleGate(6, 0, 0, 0))).containsExactly(0, 3);
        assertThat(chosen(ITEM + BACKGROUND, new LongArticleGate(6, 0, 0, 10))).containsExactly(0, 1);
    }

    private static final String TEASER = "Who will read all these books? "
            + "The city opened a new public library on Monday after years of building work. "
            + "Readers queued outside the doors long before the opening ceremony began. "
            + "The new library holds 120000 books and 300 computers for visitors. "
            + "The old library building on the square will become a youth centre.";

    @Test
    void aShortArticleOpeningWithATeaserIsFreedOnlyWhenTheLedesShapeIsAsked() {
        // five sentences of news, far below the gate's 26: by length alone the lead holds (the second
        // and third sentences follow the lede); asked from four sentences, the question that opens it
        // frees the article and the sentence with the figures is taken
        assertThat(chosenThree(TEASER, new LongArticleGate(26, 0, 0))).containsExactly(0, 1, 2);
        assertThat(chosenThree(TEASER, new LongArticleGate(26, 0, 0, Double.NEGATIVE_INFINITY, 4)))
                .containsExactly(0, 1, 3);
        assertThat(chosenThree(TEASER, new LongArticleGate(26, 0, 0, Double.NEGATIVE_INFINITY, 6)))
                .containsExactly(0, 1, 2);
        // the same article with a plain lede of news stays at the lead even when the shape is asked
        assertThat(chosenThree(ITEM + " Readers can borrow ten books at a time from the new building.",
                new LongArticleGate(26, 0, 0, Double.NEGATIVE_INFINITY, 4))).containsExactly(0, 1, 2);
    }

    private static List<Integer> chosenThree(String text, LongArticleGate gate) {
        double[] w = new double[SummaryModel.featureNames().size()];
        w[SummaryModel.featureNames().indexOf("number")] = 1;
        w[SummaryModel.featureNames().indexOf("lead")] = 4;
        AnalyzedArticle a = SummarizerContract.analyzed("City opens library", text);
        return new PositionCentralitySummarizer(new SummaryModel(w, 0, Double.POSITIVE_INFINITY, 1.5, gate))
                .summarize(a, SummaryLength.sentences(3)).sentences().stream()
                .map(SummarySentence::sentenceIndex).toList();
    }

    @Test
    void aFreedArticleWeighsRedundancyWithTheGatesPenaltyWhenItHasOne() {
        // two sentences with figures that restate each other: without a redundancy penalty (the model's
        // is 0) the freed article takes both; with the gate's penalty of 5 it takes one of them at most
        String text = ITEM + BACKGROUND + " Shelves in the new building carry 120000 books, and the council bought 300 computers.";
        assertThat(chosenThree(text, new LongArticleGate(6, 0, 0))).containsExactly(0, 3, 7);
        List<Integer> penalised = chosenThree(text, new LongArticleGate(6, 0, 0, Double.NEGATIVE_INFINITY, 0, 5));
        assertThat(penalised).hasSize(3).startsWith(0);
        assertThat(penalised.contains(3) && penalised.contains(7)).as("both restating sentences in %s", penalised)
                .isFalse();
        // an article the gate does not free keeps the model's penalty
        assertThat(chosenThree(text, new LongArticleGate(9, 0, 0, Double.NEGATIVE_INFINITY, 0, 5)))
                .containsExactly(0, 1, 2);
    }

    @Test
    void isLongByTheLedesShapeOnlyWhenAskedAndFromItsOwnLength() {
        LongArticleGate gate = new LongArticleGate(26, 3, 0, 0, 12);
        assertThat(gate.isLong(12, true)).isTrue();
        assertThat(gate.isLong(11, true)).isFalse();
        assertThat(gate.isLong(20, false)).isFalse();
        assertThat(gate.isLong(26, false)).isTrue();
        assertThat(new LongArticleGate(26, 3, 0).isLong(20, true)).isFalse();
        assertThat(new LongArticleGate(0, 3, 0, 0, 12).isLong(20, true)).isFalse();
    }

    @Test
    void freesWithoutASpreadAlwaysAndWithOneOnlyAboveIt() {
        assertThat(new LongArticleGate(26, 3, 0).frees(-100)).isTrue();
        assertThat(new LongArticleGate(26, 3, 0, -0.4).frees(-0.3)).isTrue();
        assertThat(new LongArticleGate(26, 3, 0, -0.4).frees(-0.4)).isFalse();
        assertThat(new LongArticleGate(26, 3, 0, -0.4).frees(Double.NEGATIVE_INFINITY)).isFalse();
    }

    @Test
    void isLongOnlyFromTheGivenNumberOfSentencesAndNeverWithoutAGate() {
        assertThat(new LongArticleGate(26, 3, 0).isLong(25)).isFalse();
        assertThat(new LongArticleGate(26, 3, 0).isLong(26)).isTrue();
        assertThat(LongArticleGate.NONE.isLong(1000)).isFalse();
    }

    @Test
    void badSettingsAreRejected() {
        assertThatThrownBy(() -> new LongArticleGate(-1, 3, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longFrom");
        assertThatThrownBy(() -> new LongArticleGate(26, Double.NaN, 0)).hasMessageContaining("longLead");
        assertThatThrownBy(() -> new LongArticleGate(26, 3, -0.5)).hasMessageContaining("longLeadMargin");
        assertThatThrownBy(() -> new LongArticleGate(26, 3, 0, Double.NaN)).hasMessageContaining("longSpread");
        assertThatThrownBy(() -> new LongArticleGate(26, 3, 0, 0, -1)).hasMessageContaining("longTeaserFrom");
        assertThatThrownBy(() -> new LongArticleGate(26, 3, 0, 0, 0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("longRedundancy");
    }

    @Test
    void aFreedArticleIsScoredWithTheSecondWeightVectorWhenTheModelHasOne() {
        double[] w = new double[SummaryModel.featureNames().size()];
        w[SummaryModel.featureNames().indexOf("number")] = 1;
        w[SummaryModel.featureNames().indexOf("lead")] = 4;
        double[] second = new double[w.length];
        second[SummaryModel.featureNames().indexOf("number")] = 1;
        // the gate's own lead weight (6) holds the lead even in a freed article; the second vector, which
        // weighs only figures, takes the sentence with them after the lede
        SummaryModel gated = new SummaryModel(w, 0, Double.POSITIVE_INFINITY, 1.5, new LongArticleGate(6, 6, 0));
        AnalyzedArticle a = SummarizerContract.analyzed("City opens library", ITEM + BACKGROUND);
        assertThat(indices(gated, a)).containsExactly(0, 1);
        assertThat(indices(gated.withLongWeights(second), a)).containsExactly(0, 3);
        // an article the gate does not free keeps the model's own weights
        SummaryModel shortGate = new SummaryModel(w, 0, Double.POSITIVE_INFINITY, 1.5, new LongArticleGate(8, 6, 0));
        assertThat(indices(shortGate.withLongWeights(second), a)).containsExactly(0, 1);
    }

    private static List<Integer> indices(SummaryModel m, AnalyzedArticle a) {
        return new PositionCentralitySummarizer(m).summarize(a, SummaryLength.sentences(2)).sentences().stream()
                .map(SummarySentence::sentenceIndex).toList();
    }
}
