package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCostTest {

    /** A lede, two long sentences after it, then two short ones on the same news. */
    private static final String FLOOD = """
            Floods closed the main railway line between the two river towns on Tuesday morning. \
            Engineers from the rail operator, working through the night with pumps brought in from three \
            neighbouring counties, said the water had risen over the tracks near the old stone bridge faster \
            than at any time in the past forty years. \
            Passengers who had planned to travel to the coast for the long weekend were told by station staff \
            to look for replacement buses, which the operator said would run every half hour from both towns \
            until further notice. \
            The railway line may stay closed until Friday. \
            Replacement buses now link the two towns.""";

    private static List<String> summary(SummaryModel model, String text, SummaryLength length) {
        AnalyzedArticle a = SummarizerContract.analyzed("Floods close railway", text);
        return new PositionCentralitySummarizer(model).summarize(a, length).texts(a.article().text());
    }

    @Test
    void costsOnlyTheWordsPastTheFreeLength() {
        WordCost cost = new WordCost(0.1, 20);
        assertThat(cost.of(12)).isZero();
        assertThat(cost.of(20)).isZero();
        assertThat(cost.of(30)).isCloseTo(1.0, within(1e-9));
        assertThat(WordCost.NONE.of(80)).isZero();
        assertThat(WordCost.NONE.active()).isFalse();
        assertThat(cost.active()).isTrue();
    }

    @Test
    void aNegativeOrUnboundedCostIsRejected() {
        assertThatThrownBy(() -> new WordCost(-0.1, 0)).hasMessageContaining("wordCost");
        assertThatThrownBy(() -> new WordCost(Double.NaN, 0)).hasMessageContaining("wordCost");
        assertThatThrownBy(() -> new WordCost(Double.POSITIVE_INFINITY, 0)).hasMessageContaining("wordCost");
        assertThatThrownBy(() -> new WordCost(0.1, -1)).hasMessageContaining("wordCostAbove");
    }

    @Test
    void theCostIsWrittenAndReadBackAndLeftOutWhenNone() throws IOException {
        SummaryModel base = SummaryModel.loadDefault().withWordCost(WordCost.NONE);
        StringWriter out = new StringWriter();
        base.withWordCost(new WordCost(0.05, 18)).write(out);
        assertThat(out.toString()).contains("wordCost 0.050000\n", "wordCostAbove 18\n");
        SummaryModel read = SummaryModel.read(bytes(out.toString()));
        assertThat(read.wordCost()).isEqualTo(new WordCost(0.05, 18));
        StringWriter plain = new StringWriter();
        base.write(plain);
        assertThat(plain.toString()).doesNotContain("wordCost");
        assertThat(SummaryModel.read(bytes(plain.toString())).wordCost()).isEqualTo(WordCost.NONE);
    }

    @Test
    void aFractionalFreeLengthFailsLoudly() throws IOException {
        StringWriter out = new StringWriter();
        SummaryModel.loadDefault().withWordCost(WordCost.NONE).write(out);
        assertThatThrownBy(() -> SummaryModel.read(bytes(out + "wordCost 0.1\nwordCostAbove 12.5\n")))
                .isInstanceOf(IOException.class)
                .hasMessage("summary model: wordCostAbove must be a whole number of words, got 12.5");
    }

    @Test
    void withoutACostTheLeadIsKeptAndWithOneTheShorterSentencesAreChosen() {
        SummaryModel model = SummaryModel.loadDefault().withWordCost(WordCost.NONE);
        String lede = "Floods closed the main railway line between the two river towns on Tuesday morning.";
        assertThat(summary(model, FLOOD, SummaryLength.sentences(3))).hasSize(3)
                .first().isEqualTo(lede);
        assertThat(summary(model, FLOOD, SummaryLength.sentences(3)).get(1)).startsWith("Engineers");

        List<String> costed = summary(model.withWordCost(new WordCost(0.2, 15)), FLOOD, SummaryLength.sentences(3));
        assertThat(costed).containsExactly(lede, "The railway line may stay closed until Friday.",
                "Replacement buses now link the two towns.");
    }

    @Test
    void aWordBudgetIsNotCosted() {
        SummaryModel model = SummaryModel.loadDefault().withWordCost(WordCost.NONE);
        SummaryModel costed = model.withWordCost(new WordCost(0.2, 15));
        assertThat(summary(costed, FLOOD, SummaryLength.words(75)))
                .isEqualTo(summary(model, FLOOD, SummaryLength.words(75)))
                .anySatisfy(s -> assertThat(s).startsWith("Engineers"));
    }

    @Test
    void theLedeOpensTheSummaryHoweverLongItIs() {
        String longLede = """
                Floods that followed three days of heavy rain across the valley closed the main railway line \
                between the two river towns on Tuesday morning, leaving thousands of commuters without a train. \
                The railway line may stay closed until Friday. \
                Replacement buses now link the two towns. \
                Engineers said the water rose fast.""";
        List<String> s = summary(SummaryModel.loadDefault().withWordCost(new WordCost(1.0, 5)), longLede,
                SummaryLength.sentences(2));
        assertThat(s.get(0)).startsWith("Floods that followed three days");
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
