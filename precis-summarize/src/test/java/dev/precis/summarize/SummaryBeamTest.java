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

    // invented copy: the same story told from a lede that holds two of the three words the rest repeats (gale,
    // harbour; not ferry)
    private static final String LEDE_STORY = "The gale shut the harbour on Tuesday."
            + STORY.substring(STORY.indexOf(" Engineers"));

    /** Figures score (1), so the greedy choice takes the two long sentences after the lede. */
    private static SummaryModel model(SummaryBeam beam) {
        List<String> names = SummaryModel.featureNames();
        double[] w = new double[names.size()];
        w[names.indexOf("number")] = 1;
        return new SummaryModel(w, 0).withBeam(beam);
    }

    private static List<Integer> chosen(SummaryBeam beam, SummaryLength length) {
        return chosen(beam, length, STORY);
    }

    private static List<Integer> chosen(SummaryBeam beam, SummaryLength length, String story) {
        AnalyzedArticle a = SummarizerContract.analyzed("Storm shuts harbour", story);
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

    private static List<SummaryCandidate> candidates(SummaryBeam beam, String story) {
        return new PositionCentralitySummarizer(model(beam)).candidates(
                SummarizerContract.analyzed("Storm shuts harbour", story), SummaryLength.sentences(3));
    }

    @Test
    void aLedeHoldingWhatTheArticleRepeatsKeepsTheGreedySummary() {
        SummaryBeam free = new SummaryBeam(3, 0, 0.2, BEAM);
        // the storm lede shares no word with the rest; the gale lede holds two of the three the short sentences repeat
        double none = candidates(free, STORY).get(0).lede();
        double share = candidates(free, LEDE_STORY).get(0).lede();
        assertThat(none).isZero();
        assertThat(share).isPositive().isLessThan(1);
        for (SummaryCandidate c : candidates(free, LEDE_STORY)) {
            assertThat(c.lede()).isEqualTo(share);
            assertThat(c.coverage()).isGreaterThanOrEqualTo(share);
        }
        // free, the word cost takes the two short sentences after either lede
        assertThat(chosen(free, SummaryLength.sentences(3), LEDE_STORY)).containsExactly(0, 2, 4);
        // a share just above the gale lede's lets the beam choose; at or below it the greedy summary is kept
        SummaryBeam above = new SummaryBeam(3, 0, 0.2, BEAM, 0, 0, 0, share * 1.01, 0);
        SummaryBeam below = new SummaryBeam(3, 0, 0.2, BEAM, 0, 0, 0, share * 0.99, 0);
        assertThat(chosen(above, SummaryLength.sentences(3), LEDE_STORY)).containsExactly(0, 2, 4);
        assertThat(chosen(below, SummaryLength.sentences(3), LEDE_STORY)).containsExactly(0, 1, 3);
        // and nothing else is explored there
        assertThat(candidates(below, LEDE_STORY)).hasSize(1);
        assertThat(candidates(above, LEDE_STORY)).hasSizeGreaterThan(1);
        // the storm lede holds nothing, so any share lets the beam choose
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM, 0, 0, 0, 0.01, 0), SummaryLength.sentences(3)))
                .containsExactly(0, 2, 4);
    }

    @Test
    void theMarginGrowsWithTheLedesShare() {
        SummaryBeam free = new SummaryBeam(3, 0, 0.2, BEAM);
        List<SummaryCandidate> candidates = candidates(free, LEDE_STORY);
        SummaryCandidate greedy = candidates.get(0);
        SummaryCandidate chosen = free.best(candidates);
        double gain = chosen.path() - 0.2 * chosen.words() - (greedy.path() - 0.2 * greedy.words());
        assertThat(gain).isPositive();
        double share = greedy.lede();
        // a slope whose margin at this lede falls just short of the gain lets the beam choose; just over keeps greedy
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM, 0, 0, 0, 0, 0.9 * gain / share), SummaryLength.sentences(3),
                LEDE_STORY)).containsExactly(0, 2, 4);
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM, 0, 0, 0, 0, 1.1 * gain / share), SummaryLength.sentences(3),
                LEDE_STORY)).containsExactly(0, 1, 3);
        // the storm lede holds nothing: no slope adds to its margin
        assertThat(chosen(new SummaryBeam(3, 0, 0.2, BEAM, 0, 0, 0, 0, 1000), SummaryLength.sentences(3)))
                .containsExactly(0, 2, 4);
    }

    // invented copy: the lede, then three long sentences with figures, each followed by a short one without; the
    // short ones tell of the ferry in other words each
    private static final String SIX_AFTER_LEDE = "A storm hit the coast on Tuesday."
            + " Engineers counted 14 broken moorings, 3 sunken dinghies and 2 damaged cranes along the eastern"
            + " quay before the inspection team reported to the port authority late in the evening."
            + " The harbour ferry stays closed after the gale."
            + " Insurers expect claims of 40 million from shipping firms, boat owners, warehouse tenants and"
            + " fishermen whose catches spoiled in refrigerated stores without power overnight."
            + " Ferry crews waited on the pier."
            + " Forecasters said 6 more days of rain, 90 kilometre winds and 2 metre swells would follow across the"
            + " whole northern region before calmer weather arrives next week."
            + " Passengers for the islands went home by bus.";

    @Test
    void pastThreeSentencesMoreStepsBranchAndAThreeSentenceSummaryIsAsBefore() {
        // wide enough that every sentence is a choice at every branching step
        SummaryBeam two = new SummaryBeam(7, 0, 0.2, BEAM);
        SummaryBeam four = two.withSteps(4);
        assertThat(two.steps()).isEqualTo(SummaryBeam.BRANCHING_STEPS);
        // greedy: the lede and the long sentences with figures
        assertThat(chosen(SummaryBeam.NONE, SummaryLength.sentences(4), SIX_AFTER_LEDE)).containsExactly(0, 1, 3, 5);
        // two branching steps: the word cost may shorten the second and third sentences, but the fourth is taken
        // greedily, a long one with figures
        assertThat(chosen(two, SummaryLength.sentences(4), SIX_AFTER_LEDE)).hasSize(4).contains(0)
                .containsAnyOf(1, 3, 5);
        // every step branches: the short sentences throughout
        assertThat(chosen(four, SummaryLength.sentences(4), SIX_AFTER_LEDE)).containsExactly(0, 2, 4, 6);
        // at three sentences and under a word budget the steps past the second never branch
        for (SummaryLength length : List.of(SummaryLength.sentences(3), SummaryLength.sentences(2),
                SummaryLength.words(40), SummaryLength.words(120))) {
            assertThat(chosen(four, length, SIX_AFTER_LEDE)).as(length.toString())
                    .isEqualTo(chosen(two, length, SIX_AFTER_LEDE));
            assertThat(four.branching(length)).isEqualTo(SummaryBeam.BRANCHING_STEPS);
        }
        assertThat(four.branching(SummaryLength.sentences(5))).isEqualTo(4);
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
        SummaryBeam ledeGuarded = new SummaryBeam(3, 20, 0.12, GREEDY, 2, 0, 0, 0.3, 4);
        assertThat(written(model(ledeGuarded))).contains("beamLedeShare 0.300000\n").contains("beamLedeMargin 4.000000\n");
        assertThat(reread(model(ledeGuarded)).beam()).isEqualTo(ledeGuarded);
        assertThat(written(model(longOnly))).doesNotContain("beamLede");
        assertThat(written(model(ledeGuarded))).doesNotContain("beamSteps");
        assertThat(written(model(ledeGuarded.withSteps(4)))).contains("beamSteps 4\n");
        assertThat(reread(model(ledeGuarded.withSteps(4))).beam()).isEqualTo(ledeGuarded.withSteps(4));
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
        assertThatThrownBy(() -> new SummaryBeam(2, 0, 0, BEAM, 0, 0, 0, -0.1, 0)).hasMessageContaining("ledeShare");
        assertThatThrownBy(() -> new SummaryBeam(2, 0, 0, BEAM, 0, 0, 0, 0, Double.NaN)).hasMessageContaining("ledeMargin");
        assertThatThrownBy(() -> read(written(model(SummaryBeam.NONE)) + "beamWidth 2\nbeamLedeShare -1\n"))
                .hasMessageContaining("ledeShare");
        assertThatThrownBy(() -> new SummaryBeam(3, 0, 0, BEAM).withSteps(0)).hasMessageContaining("steps");
        assertThatThrownBy(() -> read(written(model(SummaryBeam.NONE)) + "beamWidth 2\nbeamSteps 3.5\n"))
                .hasMessageContaining("beamSteps");
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
