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

    /**
     * The same news told in long sentences throughout: the lede and two sentences of 25–30 words on the
     * line and the buses, then two longer ones with the detail.
     */
    private static final String FLOOD_LONG = """
            Floods that followed three days of heavy rain across the valley closed the main railway line \
            between the two river towns on Tuesday morning, leaving commuters without a train. \
            The operator said the railway line between the two river towns may stay closed until Friday, when \
            engineers expect the water over the tracks to have gone down. \
            Replacement buses now link the two river towns every half hour, and the operator has asked \
            passengers to allow an extra hour for their journeys. \
            Engineers from the rail operator, working through the night with pumps brought in from three \
            neighbouring counties, said the water had risen over the tracks near the old stone bridge faster \
            than at any time in the past forty years. \
            Passengers who had planned to travel to the coast for the long weekend were told by station staff \
            to look for replacement buses, which the operator said would run every half hour from both towns \
            until further notice.""";

    private static final boolean[] NO_JUNK = new boolean[5];

    @Test
    void costsOnlyTheWordsPastTheArticlesOwnFreeLength() {
        WordCost median = new WordCost(0.1, 0.5);
        int[] words = {30, 10, 20, 40, 50};
        assertThat(median.freeWords(words, NO_JUNK, 5)).isEqualTo(30);
        assertThat(median.of(words, NO_JUNK, 5)).containsExactly(new double[] {0, 0, 0, 1.0, 2.0}, within(1e-9));
        // the same sentences, each twice as long: the free length doubles with them
        int[] doubled = {60, 20, 40, 80, 100};
        assertThat(median.freeWords(doubled, NO_JUNK, 5)).isEqualTo(60);
        assertThat(new WordCost(0.1, 0.8).freeWords(words, NO_JUNK, 5)).isEqualTo(40);
        assertThat(new WordCost(0.1, 1).of(words, NO_JUNK, 5)).containsOnly(0.0);
        assertThat(WordCost.NONE.of(words, NO_JUNK, 5)).containsOnly(0.0);
        assertThat(WordCost.NONE.active()).isFalse();
        assertThat(median.active()).isTrue();
    }

    @Test
    void junkAndSentencesPastTheCandidatesDoNotSetTheFreeLength() {
        WordCost median = new WordCost(0.1, 0.5);
        int[] words = {3, 3, 3, 20, 22, 24, 90};
        boolean[] junk = {true, true, true, false, false, false, false};
        assertThat(median.freeWords(words, junk, 6)).isEqualTo(22);
        assertThat(median.freeWords(words, new boolean[7], 6)).isEqualTo(3);
        assertThat(median.freeWords(new int[] {4, 6}, new boolean[] {true, true}, 2)).isEqualTo(4);
        assertThat(median.freeWords(new int[0], new boolean[0], 0)).isZero();
    }

    @Test
    void aNegativeOrUnboundedCostOrAQuantileOutsideItsRangeIsRejected() {
        assertThatThrownBy(() -> new WordCost(-0.1, 0.5)).hasMessageContaining("wordCost");
        assertThatThrownBy(() -> new WordCost(Double.NaN, 0.5)).hasMessageContaining("wordCost");
        assertThatThrownBy(() -> new WordCost(Double.POSITIVE_INFINITY, 0.5)).hasMessageContaining("wordCost");
        assertThatThrownBy(() -> new WordCost(0.1, 0)).hasMessageContaining("wordCostQuantile");
        assertThatThrownBy(() -> new WordCost(0.1, 1.5)).hasMessageContaining("wordCostQuantile");
        assertThatThrownBy(() -> new WordCost(0.1, Double.NaN)).hasMessageContaining("wordCostQuantile");
    }

    @Test
    void theCostIsWrittenAndReadBackAndLeftOutWhenNone() throws IOException {
        SummaryModel base = SummaryModel.loadDefault().withWordCost(WordCost.NONE);
        StringWriter out = new StringWriter();
        base.withWordCost(new WordCost(0.05, 0.75)).write(out);
        assertThat(out.toString()).contains("wordCost 0.050000\n", "wordCostQuantile 0.750000\n");
        SummaryModel read = SummaryModel.read(bytes(out.toString()));
        assertThat(read.wordCost()).isEqualTo(new WordCost(0.05, 0.75));
        StringWriter plain = new StringWriter();
        base.write(plain);
        assertThat(plain.toString()).doesNotContain("wordCost");
        assertThat(SummaryModel.read(bytes(plain.toString())).wordCost()).isEqualTo(WordCost.NONE);
    }

    @Test
    void aQuantileOutsideItsRangeInTheModelFileFailsLoudly() throws IOException {
        StringWriter out = new StringWriter();
        SummaryModel.loadDefault().withWordCost(WordCost.NONE).write(out);
        assertThatThrownBy(() -> SummaryModel.read(bytes(out + "wordCost 0.1\nwordCostQuantile 50\n")))
                .isInstanceOf(IOException.class)
                .hasMessage("summary model: wordCostQuantile must be in (0, 1], got 50.0");
    }

    @Test
    void withoutACostTheLeadIsKeptAndWithOneTheShorterSentencesAreChosen() {
        SummaryModel model = SummaryModel.loadDefault().withWordCost(WordCost.NONE);
        String lede = "Floods closed the main railway line between the two river towns on Tuesday morning.";
        assertThat(summary(model, FLOOD, SummaryLength.sentences(3))).hasSize(3)
                .first().isEqualTo(lede);
        assertThat(summary(model, FLOOD, SummaryLength.sentences(3)).get(1)).startsWith("Engineers");

        List<String> costed = summary(model.withWordCost(new WordCost(0.2, 0.5)), FLOOD, SummaryLength.sentences(3));
        assertThat(costed).containsExactly(lede, "The railway line may stay closed until Friday.",
                "Replacement buses now link the two towns.");
    }

    @Test
    void eachArticleIsCostedByItsOwnSentenceLengths() {
        WordCost median = new WordCost(0.2, 0.5);
        SentenceProfile shortSentences = new SentenceProfile(SummarizerContract.analyzed("Floods", FLOOD));
        SentenceProfile longSentences = new SentenceProfile(SummarizerContract.analyzed("Floods", FLOOD_LONG));
        int shortFree = median.freeWords(shortSentences.shownWords, shortSentences.junk, 5);
        int longFree = median.freeWords(longSentences.shownWords, longSentences.junk, 5);
        assertThat(shortFree).isEqualTo(shortSentences.shownWords[0]).isLessThan(15);
        assertThat(longFree).isGreaterThanOrEqualTo(25);
        // the long article's two sentences of its ordinary length cost nothing, its two longest do
        double[] cost = median.of(longSentences.shownWords, longSentences.junk, 5);
        assertThat(cost[1]).isZero();
        assertThat(cost[2]).isZero();
        assertThat(cost[3]).isPositive();
        assertThat(cost[4]).isPositive();
        SummaryModel model = SummaryModel.loadDefault().withWordCost(WordCost.NONE);
        assertThat(summary(model.withWordCost(median), FLOOD_LONG, SummaryLength.sentences(3)))
                .isEqualTo(summary(model, FLOOD_LONG, SummaryLength.sentences(3)))
                .hasSize(3);
    }

    @Test
    void aWordBudgetIsNotCosted() {
        SummaryModel model = SummaryModel.loadDefault().withWordCost(WordCost.NONE);
        SummaryModel costed = model.withWordCost(new WordCost(0.2, 0.5));
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
        List<String> s = summary(SummaryModel.loadDefault().withWordCost(new WordCost(1.0, 0.2)), longLede,
                SummaryLength.sentences(2));
        assertThat(s.get(0)).startsWith("Floods that followed three days");
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
