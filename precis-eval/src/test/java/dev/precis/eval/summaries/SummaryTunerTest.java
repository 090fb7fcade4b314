package dev.precis.eval.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.Article;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.summarize.SummaryModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTunerTest {

    private static final String STORM = "Gales closed the mountain pass above Kelvale on Tuesday, stranding"
            + " forty lorries. Road crews said snow ploughs could not reach the summit before dark. Drivers slept"
            + " in their cabs while volunteers brought soup from the village. A hotel near the pass opened its"
            + " hall to families. The pass is expected to reopen on Thursday if the wind eases.";
    private static final String MARKET = "The old covered market in Dunmere will close for repairs next month,"
            + " the town council said. Its roof has leaked since a storm two winters ago. Traders will move to"
            + " tents in the square until the work ends. Some stallholders fear they will lose customers. The"
            + " council expects the market to reopen by the spring.";

    private static SummaryCase c(String text, String reference, int number) {
        return new SummaryCase(Article.of("t" + number, "", text, List.of()), List.of(reference), "jsonl", number);
    }

    private static final List<SummaryCase> FITTING = List.of(
            c(STORM, "Forty lorries stranded as gales close the mountain pass .", 1),
            c(MARKET, "Covered market to close for roof repairs ; traders move to tents .", 5));
    private static final List<SummaryCase> SELECTION = List.of(
            c(STORM.replace("Tuesday", "Sunday"), "Gales strand lorries on the pass .", 3),
            c(MARKET.replace("next month", "in June"), "Market closes in June for repairs .", 7));

    private static final int LEAD = SummaryModel.featureNames().indexOf("lead");

    @Test
    void oneLeadOffsetFixesTheFittedLeadWeightWhateverTheOneStandardErrorRuleWouldPick() {
        SummaryEvaluation evaluation = new SummaryEvaluation(new NewsSentenceSplitter());
        List<SummaryTuner.Trial> grid = new SummaryTuner(evaluation).fit(FITTING, SELECTION);
        List<SummaryTuner.Trial> fixed = new SummaryTuner(evaluation, null, new double[] {0}, new double[] {2.5})
                .fit(FITTING, SELECTION);
        // the default grid tries seven offsets (two redundancies, five fills each); a fixed one, that one alone
        assertThat(grid).hasSize(2 * 7 * 5);
        assertThat(grid).extracting(SummaryTuner.Trial::leadOffset).contains(0.0, 2.0, 4.0).doesNotContain(2.5);
        assertThat(fixed).hasSize(2 * 5).allSatisfy(t -> assertThat(t.leadOffset()).isEqualTo(2.5));
        // the same learned weights: the chosen model's lead weight is theirs plus the fixed offset
        SummaryTuner.Trial anyGrid = grid.get(0);
        double learned = anyGrid.model().weights()[LEAD] - anyGrid.leadOffset();
        assertThat(fixed.get(0).model().weights()[LEAD]).isCloseTo(learned + 2.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aLeadOffsetMustBeAFiniteNumberAndOneMustBeGiven() {
        SummaryEvaluation evaluation = new SummaryEvaluation(new NewsSentenceSplitter());
        assertThatThrownBy(() -> new SummaryTuner(evaluation, null, new double[] {0}, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lead offset");
        assertThatThrownBy(() -> new SummaryTuner(evaluation, null, new double[] {0}, new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lead offset");
    }
}
