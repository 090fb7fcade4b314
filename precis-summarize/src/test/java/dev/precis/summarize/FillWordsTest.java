package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SummaryModel#fillWords()}: past that many words held, a word budget is no longer filled. */
class FillWordsTest {

    /**
     * Sentences of 24, 22, 23, 23, 22, 31, 7 and 19 words: the sixth does not fit a budget of 100 or 125
     * words after the first four or five, and the short seventh does.
     */
    private static final String BRIDGE = String.join(" ",
            "The city council approved a plan on Monday to rebuild the old harbour bridge, which has been closed to"
                    + " traffic since the spring floods.",
            "Work on the bridge will begin in March and is expected to take about two years, the council said in a"
                    + " statement.",
            "The new crossing will carry two lanes for cars, a wide path for cyclists and a footway on each side of"
                    + " the river.",
            "Local traders had pressed for the plan, saying the closure had cut the number of shoppers in the harbour"
                    + " district by a third.",
            "The cost of the work, about forty million euros, will be shared between the city and the regional"
                    + " government over five years.",
            "Engineers who inspected the old structure after the floods found deep cracks in two of its stone piers"
                    + " and said that the damage could not be repaired at a reasonable cost.",
            "Traders welcomed the bridge plan on Monday.",
            "The council will publish the final design in the autumn after a round of public meetings in the"
                    + " district.");

    private static List<Integer> indexes(SummaryModel model, int words) {
        AnalyzedArticle a = SummarizerContract.analyzed("Harbour bridge to be rebuilt", BRIDGE);
        return new PositionCentralitySummarizer(model).summarize(a, SummaryLength.words(words)).sentences().stream()
                .map(SummarySentence::sentenceIndex).toList();
    }

    @Test
    void pastItsWordsASummaryStopsWhereTheLeadsNextSentenceDoesNotFit() {
        SummaryModel filling = SummaryModel.loadDefault().withFillWords(0);
        // filled within the model's fill: the short seventh sentence takes the room the sixth does not fit
        assertThat(indexes(filling, 125)).containsExactly(0, 1, 2, 3, 4, 6);
        // holding 114 words, past 75: the summary stops at the lead's five
        assertThat(indexes(filling.withFillWords(75), 125)).containsExactly(0, 1, 2, 3, 4);
        // at 100 words the summary holds 92 when the fifth does not fit: filled below 93, not from 92 on
        assertThat(indexes(filling, 100)).containsExactly(0, 1, 2, 3, 6);
        assertThat(indexes(filling.withFillWords(93), 100)).containsExactly(0, 1, 2, 3, 6);
        assertThat(indexes(filling.withFillWords(92), 100)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void theShippedModelStopsPastTheDefaultLength() {
        SummaryModel shipped = SummaryModel.loadDefault();
        assertThat(shipped.fillWords()).isEqualTo(75);
        assertThat(indexes(shipped, 125)).containsExactly(0, 1, 2, 3, 4);
        assertThat(indexes(shipped, 75)).isEqualTo(indexes(shipped.withFillWords(0), 75));
    }

    @Test
    void aBudgetOfAtMostItsWordsIsFilledAsWithoutIt() {
        SummaryModel filling = SummaryModel.loadDefault().withFillWords(0);
        for (int words = 10; words <= 100; words += 5) {
            assertThat(indexes(filling.withFillWords(100), words)).as("%d words", words)
                    .isEqualTo(indexes(filling, words));
        }
        // and a count of sentences never reads it
        AnalyzedArticle a = SummarizerContract.analyzed("Harbour bridge to be rebuilt", BRIDGE);
        for (int n = 1; n <= 6; n++) {
            assertThat(new PositionCentralitySummarizer(filling.withFillWords(10)).summarize(a, SummaryLength.sentences(n)))
                    .isEqualTo(new PositionCentralitySummarizer(filling).summarize(a, SummaryLength.sentences(n)));
        }
    }

    @Test
    void itIsWrittenOnlyWhenSetReadBackAndRejectedWhenNotAWholeNumberOfWords() throws IOException {
        SummaryModel base = SummaryModel.loadDefault().withFillWords(0);
        StringWriter none = new StringWriter();
        base.write(none);
        assertThat(none.toString()).doesNotContain("fillWords");
        StringWriter set = new StringWriter();
        base.withFillWords(80).write(set);
        assertThat(set.toString()).contains("\nfillWords 80\n");
        assertThat(read(set.toString()).fillWords()).isEqualTo(80);
        // a model holding the other settings keeps it through them
        assertThat(base.withFillWords(80).withBeam(SummaryBeam.NONE).withTrees(TreeEnsemble.NONE).fillWords()).isEqualTo(80);
        assertThatThrownBy(() -> read(set.toString().replace("fillWords 80", "fillWords 80.5")))
                .isInstanceOf(IOException.class).hasMessageContaining("fillWords");
        assertThatThrownBy(() -> read(set.toString().replace("fillWords 80", "fillWords -1")))
                .isInstanceOf(IOException.class).hasMessageContaining("fillWords");
        assertThatThrownBy(() -> base.withFillWords(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SummaryModel read(String text) throws IOException {
        return SummaryModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
