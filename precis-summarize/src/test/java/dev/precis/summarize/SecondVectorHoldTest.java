package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondVectorHoldTest {

    // invented copy: a 14-word lede, three sentences of lead, then background; the fourth has figures
    private static final String LEDE = "The city opened a new public library on Monday after years of building work.";
    private static final String REST = " Readers queued outside the doors long before the opening ceremony began."
            + " The old library building on the square will become a youth centre."
            + " The new library holds 120000 books and 300 computers for visitors."
            + " Architects from abroad drew the glass roof over the reading room."
            + " Local schools plan weekly visits for their pupils during term."
            + " Volunteers will run a reading club for older residents on Sundays.";

    /**
     * First vector: figures (1) and the lead (4), fallback margin 1.5; the gate frees articles of six or
     * more sentences with lead weight 0, so a freed article takes the sentence with figures (index 3).
     * Second vector: figures, negatively (-1), and the lead (4): it keeps the lead-3 (indices 0, 1).
     */
    private static List<Integer> chosen(String text, SecondVectorHold hold) {
        List<String> names = SummaryModel.featureNames();
        double[] w = new double[names.size()];
        w[names.indexOf("number")] = 1;
        w[names.indexOf("lead")] = 4;
        double[] second = new double[names.size()];
        second[names.indexOf("number")] = -1;
        second[names.indexOf("lead")] = 4;
        SummaryModel m = new SummaryModel(w, 0, Double.POSITIVE_INFINITY, 1.5, new LongArticleGate(6, 0, 0),
                LeadNewsSignal.NONE, second, hold);
        AnalyzedArticle a = SummarizerContract.analyzed("City opens library", text);
        return new PositionCentralitySummarizer(m).summarize(a, SummaryLength.sentences(2)).sentences().stream()
                .map(SummarySentence::sentenceIndex).toList();
    }

    @Test
    void withoutAHoldTheSecondVectorScoresTheFreedArticle() {
        assertThat(chosen(LEDE + REST, SecondVectorHold.NONE)).containsExactly(0, 1);
    }

    @Test
    void aHeldArticleIsScoredAsWithoutTheSecondVector() {
        // the second vector's spread is negative (every later sentence scores below the lead-3's weakest):
        // a hold from a spread of 100 below it lets the second vector score, one at 0 holds the article,
        // which the gate then frees with the first vector and its own lead weight
        assertThat(chosen(LEDE + REST, new SecondVectorHold(-100, false, 0))).containsExactly(0, 1);
        assertThat(chosen(LEDE + REST, new SecondVectorHold(0, false, 0))).containsExactly(0, 3);
    }

    @Test
    void aLedeOfTheGivenLengthHoldsTheArticle() {
        assertThat(chosen(LEDE + REST, new SecondVectorHold(Double.NEGATIVE_INFINITY, false, 14)))
                .containsExactly(0, 3);
        assertThat(chosen(LEDE + REST, new SecondVectorHold(Double.NEGATIVE_INFINITY, false, 15)))
                .containsExactly(0, 1);
    }

    @Test
    void aDatelinedLedeHoldsTheArticleOnlyWhenAsked() {
        String datelined = "OSLO, Norway (Reuters) - " + LEDE + REST;
        assertThat(chosen(datelined, new SecondVectorHold(Double.NEGATIVE_INFINITY, true, 0))).containsExactly(0, 3);
        assertThat(chosen(datelined, new SecondVectorHold(Double.NEGATIVE_INFINITY, false, 0))).containsExactly(0, 1);
        assertThat(chosen(LEDE + REST, new SecondVectorHold(Double.NEGATIVE_INFINITY, true, 0))).containsExactly(0, 1);
    }

    @Test
    void activeOnlyWithASetting() {
        assertThat(SecondVectorHold.NONE.active()).isFalse();
        assertThat(new SecondVectorHold(0.5, false, 0).active()).isTrue();
        assertThat(new SecondVectorHold(Double.NEGATIVE_INFINITY, false, 30).active()).isTrue();
    }

    @Test
    void badSettingsAreRejected() {
        assertThatThrownBy(() -> new SecondVectorHold(Double.NaN, false, 0)).hasMessageContaining("longSecondSpread");
        assertThatThrownBy(() -> new SecondVectorHold(0, false, -1)).hasMessageContaining("longSecondHoldLede");
    }
}
