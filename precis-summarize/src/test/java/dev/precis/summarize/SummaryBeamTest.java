package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.precis.summarize.SummaryBeam.Budget.BEAM;
import static dev.precis.summarize.SummaryBeam.Budget.GREEDY;
import static dev.precis.summarize.SummaryBeam.Budget.STOP;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryBeamTest {

    // invented copy: the lede, then two long sentences with figures and two short ones without; the short
    // ones share their words (harbour, ferry, gale), each long one's words are its own
    private static final String STORY = "A storm hit the coast on Tuesday."
            + " Engineers counted 14 broken moorings, 3 sunken dinghies and 2 damaged cranes along the eastern"
            + " quay before the inspection team reported to the port authority late in the evening."
            + " The harbour ferry stays closed after the gale."
            + " Insurers expect claims of 40 million from shipping firms, boat owners, warehouse tenants and"
            + " fishermen whose catches spoiled in refrigerated stores without power overnight."
            + " The gale left the ferry harbour empty.";

    /** Figures score (1), so the greedy choice takes the two long sentences after the lede. */
    private static SummaryModel model(SummaryBeam beam) {
        List<String> names = SummaryModel.featureNames();
        double[] w = new double[names.size()];
        w[names.indexOf("number")] = 1;
        return new SummaryModel(w, 0).withBeam(beam);
    }

    private static List<Integer> chosen(SummaryBeam beam, SummaryLength length) {
        AnalyzedArticle a = SummarizerContract.analyzed("Storm shuts harbour", STORY);
        return new PositionCentralitySummarizer(model(beam)).summarize(a, length).sentences().stream()
                .map(SummarySentence::sentenceIndex).toList();
    }

    @Test
    void withoutWeightsTheBeamKeepsTheGreedySummaryWhichLeadsTheCandidates() {
        assertThat(chosen(SummaryBeam.NONE, SummaryLength.sentences(3))).containsExactly(0, 1, 3);
        assertThat(chosen(new SummaryBeam(3, 0, 0, BEAM), SummaryLength.sentences(3))).containsExactly(0, 1, 3);
        AnalyzedArticle a = SummarizerContract.analyzed("Storm shuts harbour", STORY);
        List<SummaryCandidate> candidates = new PositionCentralitySummarizer(model(new SummaryBeam(3, 0, 0, BEAM)))
                .candidates(a, SummaryLength.sentences(3));
        assertThat(candidates).hasSizeGreaterThan(1);
        assertThat(candidates.get(0).sentences()).extracting(SummarySentence::sentenceIndex).containsExactly(0, 1, 3);
        assertThat(new PositionCentralitySummarizer(model(SummaryBeam.NONE)).candidates(a, SummaryLength.sentences(3)))
                .hasSize(1);
    }

    @Test
    void aWordCostChoosesTheShortSentencesOnlyWhenTheBeamIsWide() {
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM), SummaryLength.sentences(3))).containsExactly(0, 2, 4);
        // one choice per step: nothing to weigh
        assertThat(chosen(new SummaryBeam(1, 0, 0.2, BEAM), SummaryLength.sentences(3))).containsExactly(0, 1, 3);
    }

    @Test
    void coverageWeighsTheArticlesRecurringTerms() {
        // one short sentence holds every recurring term: with it, one long sentence with figures scores best
        assertThat(chosen(new SummaryBeam(3, 20, 0, BEAM), SummaryLength.sentences(3))).hasSize(3).contains(0, 2)
                .containsAnyOf(1, 3);
        assertThat(chosen(new SummaryBeam(3, 0.5, 0, BEAM), SummaryLength.sentences(3))).containsExactly(0, 1, 3);
    }

    @Test
    void underAWordBudgetTheStopMayEndTheSummaryEarlyAndTheGreedyModeKeepsTheGreedySummary() {
        List<Integer> greedy = chosen(SummaryBeam.NONE, SummaryLength.words(60));
        assertThat(chosen(new SummaryBeam(2, 0, 0.5, BEAM), SummaryLength.words(60))).hasSizeGreaterThan(1)
                .isNotEqualTo(greedy);
        assertThat(chosen(new SummaryBeam(2, 0, 0.5, STOP), SummaryLength.words(60))).containsExactly(0);
        assertThat(chosen(new SummaryBeam(2, 0, 0.5, GREEDY), SummaryLength.words(60))).isEqualTo(greedy);
        // a stop is never a candidate when the length is a number of sentences
        assertThat(chosen(new SummaryBeam(2, 0, 0.5, STOP), SummaryLength.sentences(3))).hasSize(3);
    }

    @Test
    void aMarginKeepsTheGreedySummaryUnlessAnotherBeatsItByMore() {
        SummaryBeam free = new SummaryBeam(3, 0, 0.2, BEAM);
        AnalyzedArticle a = SummarizerContract.analyzed("Storm shuts harbour", STORY);
        List<SummaryCandidate> candidates = new PositionCentralitySummarizer(model(free))
                .candidates(a, SummaryLength.sentences(3));
        SummaryCandidate greedy = candidates.get(0);
        SummaryCandidate chosen = free.best(candidates);
        assertThat(chosen).isNotEqualTo(greedy);
        // the word cost's gain of the short sentences over the long ones, in the beam's own score
        double gain = chosen.path() - 0.2 * chosen.words() - (greedy.path() - 0.2 * greedy.words());
        assertThat(gain).isPositive();
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM, gain * 0.9, 0), SummaryLength.sentences(3)))
                .containsExactly(0, 2, 4);
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM, gain * 1.1, 0), SummaryLength.sentences(3)))
                .containsExactly(0, 1, 3);
    }

    @Test
    void aSwapCapKeepsAllButThatManyOfTheGreedySentences() {
        // free, the word cost swaps both long sentences for the short ones; capped at one, it swaps one
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM, 0, 0), SummaryLength.sentences(3))).containsExactly(0, 2, 4);
        List<Integer> capped = chosen(new SummaryBeam(3, 0, 0.2, BEAM, 0, 1), SummaryLength.sentences(3));
        assertThat(capped).hasSize(3).contains(0).containsAnyOf(1, 3).containsAnyOf(2, 4);
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM, 0, 2), SummaryLength.sentences(3))).containsExactly(0, 2, 4);
    }

    @Test
    void aShortArticleKeepsTheGreedySummary() {
        // the story has five sentences: a beam that needs six stays out, one that needs five chooses
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM, 0, 0, 6), SummaryLength.sentences(3)))
                .containsExactly(0, 1, 3);
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM, 0, 0, 5), SummaryLength.sentences(3)))
                .containsExactly(0, 2, 4);
        assertThat(new SummaryBeam(3, 0, 0.2, BEAM, 0, 0, 6).appliesTo(5)).isFalse();
        assertThat(new SummaryBeam(3, 0, 0.2, BEAM).appliesTo(1)).isTrue();
    }

    @Test
    void settingsAreWrittenAndReadBackAndLeftOutWhenNone() throws IOException {
        SummaryBeam beam = new SummaryBeam(3, 2.5, 0.02, STOP);
        assertThat(reread(model(beam)).beam()).isEqualTo(beam);
        SummaryBeam guarded = new SummaryBeam(4, 12, 0.1, GREEDY, 1.25, 1);
        assertThat(reread(model(guarded)).beam()).isEqualTo(guarded);
        SummaryBeam longOnly = new SummaryBeam(3, 20, 0.08, GREEDY, 2, 0, 14);
        assertThat(written(model(longOnly))).contains("beamMinSentences 14\n");
        assertThat(reread(model(longOnly)).beam()).isEqualTo(longOnly);
        assertThat(written(model(beam))).doesNotContain("beamMargin").doesNotContain("beamSwaps")
                .doesNotContain("beamMinSentences");
        StringWriter none = new StringWriter();
        model(SummaryBeam.NONE).write(none);
        assertThat(none.toString()).doesNotContain("beam");
        assertThat(reread(model(SummaryBeam.NONE)).beam()).isEqualTo(SummaryBeam.NONE);
    }

    @Test
    void badSettingsAreRejected() {
        assertThatThrownBy(() -> new SummaryBeam(0, 0, 0, BEAM)).hasMessageContaining("width");
        assertThatThrownBy(() -> new SummaryBeam(2, Double.NaN, 0, BEAM)).hasMessageContaining("finite");
        assertThatThrownBy(() -> read(written(model(SummaryBeam.NONE)) + "beamWidth 2.5\n"))
                .hasMessageContaining("beamWidth");
        assertThatThrownBy(() -> read(written(model(SummaryBeam.NONE)) + "beamBudget 3\n"))
                .hasMessageContaining("beamBudget");
        assertThatThrownBy(() -> new SummaryBeam(2, 0, 0, null)).hasMessageContaining("budget");
        assertThatThrownBy(() -> new SummaryBeam(2, 0, 0, BEAM, -1, 0)).hasMessageContaining("margin");
        assertThatThrownBy(() -> new SummaryBeam(2, 0, 0, BEAM, 0, -1)).hasMessageContaining("swaps");
        assertThatThrownBy(() -> read(written(model(SummaryBeam.NONE)) + "beamWidth 2\nbeamSwaps 1.5\n"))
                .hasMessageContaining("beamSwaps");
        assertThatThrownBy(() -> read(written(model(SummaryBeam.NONE)) + "beamWidth 2\nbeamMargin -0.5\n"))
                .hasMessageContaining("margin");
        assertThatThrownBy(() -> new SummaryBeam(2, 0, 0, BEAM, 0, 0, -1)).hasMessageContaining("minSentences");
        assertThatThrownBy(() -> read(written(model(SummaryBeam.NONE)) + "beamWidth 2\nbeamMinSentences 7.5\n"))
                .hasMessageContaining("beamMinSentences");
    }

    private static String written(SummaryModel m) throws IOException {
        StringWriter out = new StringWriter();
        m.write(out);
        return out.toString();
    }

    private static SummaryModel read(String text) throws IOException {
        return SummaryModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static SummaryModel reread(SummaryModel m) throws IOException {
        return read(written(m));
    }
}
