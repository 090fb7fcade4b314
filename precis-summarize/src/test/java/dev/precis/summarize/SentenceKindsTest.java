package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceKindsTest {

    @Test
    void aGeneralPresentTenseStatementIsBackground() {
        assertThat(SentenceKinds.background("Each region also has the right to choose its own schools.")).isTrue();
        assertThat(SentenceKinds.background("Wildfires are common in the dry season across the south.")).isTrue();
    }

    @Test
    void aFigureANameATimeOrThePastIsNotBackground() {
        assertThat(SentenceKinds.background("Each region has 14 schools to choose from.")).isFalse();
        assertThat(SentenceKinds.background("The council in Marlow and the mayor of Dunmere have the right to choose.")).isFalse();
        assertThat(SentenceKinds.background("Each region has the right to choose its schools this year.")).isFalse();
        assertThat(SentenceKinds.background("Each region had the right to choose its own schools.")).isFalse();
        assertThat(SentenceKinds.background("Does each region have the right to choose its own schools?")).isFalse();
        assertThat(SentenceKinds.background("Schools are open.")).isFalse();
    }

    @Test
    void aQuotationWithOnlyItsCreditIsQuoteOnly() {
        String s = "\"We will not give up on this town and its harbour, not now and not ever,\" he said.";
        assertThat(SentenceKinds.quoteOnly(s, SentenceShape.traits(s).quoteShare())).isTrue();
        String single = "'We will not give up on this town and its harbour, not now and not ever,' the mayor told reporters.";
        assertThat(SentenceKinds.quoteOnly(single, SentenceShape.traits(single).quoteShare())).isTrue();
    }

    @Test
    void aReportWithAShortQuotationIsNotQuoteOnly() {
        String s = "The mayor of Dunmere promised on Tuesday to rebuild the harbour wall, which he called \"our lifeline\".";
        assertThat(SentenceKinds.quoteOnly(s, SentenceShape.traits(s).quoteShare())).isFalse();
        String longCredit = "\"We will not give up,\" said the mayor, who has led the town council since the floods of the spring.";
        assertThat(SentenceKinds.quoteOnly(longCredit, SentenceShape.traits(longCredit).quoteShare())).isFalse();
    }

    @Test
    void aPronounBeforeAnyNameIsUnresolved() {
        assertThat(SentenceKinds.unresolvedPronoun("After the vote, he left the hall without a word.")).isTrue();
        assertThat(SentenceKinds.unresolvedPronoun("A week later their lawyers filed an appeal.")).isTrue();
    }

    @Test
    void aNameFirstAQuotedPronounOrAnOpeningPronounIsNot() {
        assertThat(SentenceKinds.unresolvedPronoun("After the vote, Ms Okafor said she would appeal.")).isFalse();
        assertThat(SentenceKinds.unresolvedPronoun("The crowd shouted \"he must go\" outside the hall.")).isFalse();
        // an opening pronoun is the `dangling` feature's, not this one's
        assertThat(SentenceKinds.unresolvedPronoun("He left the hall without a word.")).isFalse();
    }

    @Test
    void theFeaturesReachTheModelAndAWeightOnThemMovesTheSummary() {
        String text = "The port of Dunmere reopened on Monday after a storm closed it for a week. "
                + "\"We are back and we are open for business,\" he said. "
                + "Fishing boats from Kellan and Brora returned to the harbour within hours of the reopening.";
        AnalyzedArticle a = SummarizerContract.analyzed("Port reopens", text);
        double[][] rows = SentenceFeatures.compute(new SentenceProfile(a), "Port reopens", 3, null);
        int quoteOnly = SummaryModel.featureNames().indexOf("quoteOnly");
        assertThat(rows[1][quoteOnly]).isEqualTo(1.0);
        assertThat(rows[0][quoteOnly]).isEqualTo(0.0);
        assertThat(rows[2][quoteOnly]).isEqualTo(0.0);
        double[] w = new double[SummaryModel.featureNames().size()];
        w[SummaryModel.featureNames().indexOf("lead")] = 1;
        assertThat(indices(a, w)).containsExactly(0, 1);
        w[quoteOnly] = -1;
        assertThat(indices(a, w)).containsExactly(0, 2);
    }

    private static List<Integer> indices(AnalyzedArticle a, double[] w) {
        return new PositionCentralitySummarizer(new SummaryModel(w, 0)).summarize(a, SummaryLength.sentences(2))
                .sentences().stream().map(SummarySentence::sentenceIndex).toList();
    }
}
