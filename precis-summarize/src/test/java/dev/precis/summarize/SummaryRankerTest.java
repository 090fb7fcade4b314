package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static dev.precis.summarize.SummaryBeam.Budget.GREEDY;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryRankerTest {

    // invented copy: a lede, two plain sentences, then three with figures; figures score, so the greedy summary
    // takes the lede and the first two sentences with figures, and a width-2 beam never reaches the Lead-3
    private static final String STORY = "The city council met to settle the budget."
            + " Members argued over the plan for the old library."
            + " The mayor asked residents for patience."
            + " The budget sets aside 12 million for roads."
            + " Parks receive 5 million for new paths."
            + " Road crews expect 300 jobs from the works.";

    private static final List<Integer> GREEDY_PICK = List.of(0, 3, 4);
    private static final List<Integer> LEAD_3 = List.of(0, 1, 2);

    private static SummaryModel model(SummaryBeam beam) {
        List<String> names = SummaryModel.featureNames();
        double[] w = new double[names.size()];
        w[names.indexOf("number")] = 1;
        return new SummaryModel(w, 0).withBeam(beam);
    }

    /** A ranker that weighs only how much of the Lead-3 a summary keeps. */
    private static SummaryRanker leadRanker(double weight, double margin) {
        double[] w = new double[SummaryRanker.NAMES.size()];
        w[SummaryRanker.NAMES.indexOf("lead")] = weight;
        return new SummaryRanker(w, margin);
    }

    private static SummaryBeam beam(SummaryRanker ranker) {
        return new SummaryBeam(2, 0, 0, GREEDY).withRanker(ranker);
    }

    private static AnalyzedArticle article() {
        return SummarizerContract.analyzed("Council settles budget", STORY);
    }

    private static List<Integer> chosen(SummaryBeam beam, SummaryLength length) {
        return new PositionCentralitySummarizer(model(beam)).summarize(article(), length).sentences().stream()
                .map(SummarySentence::sentenceIndex).sorted().toList();
    }

    private static List<SummaryCandidate> candidates(SummaryBeam beam) {
        return new PositionCentralitySummarizer(model(beam)).candidates(article(), SummaryLength.sentences(3));
    }

    private static List<Integer> indices(SummaryCandidate c) {
        return c.sentences().stream().map(SummarySentence::sentenceIndex).sorted().toList();
    }

    @Test
    void theLead3JoinsTheCandidatesOnlyWithARanker() {
        List<SummaryCandidate> without = candidates(new SummaryBeam(2, 0, 0, GREEDY));
        assertThat(indices(without.get(0))).isEqualTo(GREEDY_PICK);
        assertThat(without).extracting(SummaryRankerTest::indices).doesNotContain(LEAD_3);
        List<SummaryCandidate> with = candidates(beam(leadRanker(1, 0)));
        assertThat(with).hasSize(without.size() + 1);
        assertThat(indices(with.get(0))).isEqualTo(GREEDY_PICK);
        SummaryCandidate lead = with.get(with.size() - 1);
        assertThat(indices(lead)).isEqualTo(LEAD_3);
        // where it stands in the article: all three of the Lead-3, reaching its third sentence of news
        assertThat(lead.leadHeld()).isEqualTo(3);
        assertThat(lead.reach()).isEqualTo(2);
        assertThat(lead.articleSentences()).isEqualTo(6);
        assertThat(with.get(0).leadHeld()).isEqualTo(1);
        assertThat(with.get(0).reach()).isEqualTo(4);
    }

    @Test
    void theRankersScoreChoosesAmongWholeSummaries() {
        // without a ranker (and with no weight on the beam's own score) the greedy summary is kept
        assertThat(chosen(new SummaryBeam(2, 0, 0, GREEDY), SummaryLength.sentences(3))).isEqualTo(GREEDY_PICK);
        // a ranker that values the Lead-3 chooses it; one of zeros keeps the greedy summary (it wins ties)
        assertThat(chosen(beam(leadRanker(1, 0)), SummaryLength.sentences(3))).isEqualTo(LEAD_3);
        assertThat(chosen(beam(new SummaryRanker(new double[SummaryRanker.NAMES.size()], 0)),
                SummaryLength.sentences(3))).isEqualTo(GREEDY_PICK);
        // the Lead-3 holds two more of the lead's sentences (2/3 of the feature): a margin just under its gain
        // lets it replace the greedy summary, one just over keeps the greedy summary
        assertThat(chosen(beam(leadRanker(1, 0.6)), SummaryLength.sentences(3))).isEqualTo(LEAD_3);
        assertThat(chosen(beam(leadRanker(1, 0.7)), SummaryLength.sentences(3))).isEqualTo(GREEDY_PICK);
        // a ranker that counts against the lead keeps away from it
        assertThat(chosen(beam(leadRanker(-1, 0)), SummaryLength.sentences(3))).doesNotContainSequence(1, 2);
    }

    @Test
    void theGuardsOnTheArticleAndTheWordBudgetStillKeepTheGreedySummary() {
        double share = candidates(beam(leadRanker(1, 0))).get(0).lede();
        assertThat(share).isPositive();
        SummaryBeam guarded = new SummaryBeam(2, 0, 0, GREEDY, 0, 0, 0, share * 0.99, 0, leadRanker(1, 0));
        assertThat(chosen(guarded, SummaryLength.sentences(3))).isEqualTo(GREEDY_PICK);
        assertThat(candidates(guarded)).hasSize(1);
        SummaryBeam open = new SummaryBeam(2, 0, 0, GREEDY, 0, 0, 0, share * 1.01, 0, leadRanker(1, 0));
        assertThat(chosen(open, SummaryLength.sentences(3))).isEqualTo(LEAD_3);
        // an article shorter than the beam's floor keeps it too
        SummaryBeam floored = new SummaryBeam(2, 0, 0, GREEDY, 0, 0, 7, 0, 0, leadRanker(1, 0));
        assertThat(chosen(floored, SummaryLength.sentences(3))).isEqualTo(GREEDY_PICK);
        // under a word budget the greedy mode keeps the greedy summary, ranker or not
        assertThat(chosen(beam(leadRanker(1, 0)), SummaryLength.words(30)))
                .isEqualTo(chosen(new SummaryBeam(2, 0, 0, GREEDY), SummaryLength.words(30)));
    }

    @Test
    void aLead3WhoseSentenceWouldDangleIsNoCandidate() {
        // invented copy: a two-word line between the lead's second sentence and a third that opens with "He"
        String story = "The city council met to settle the budget."
                + " Members argued over the plan for the old library."
                + " Read more."
                + " He asked residents for patience."
                + " The budget sets aside 12 million for roads."
                + " Parks receive 5 million for new paths.";
        AnalyzedArticle a = SummarizerContract.analyzed("Council settles budget", story);
        SummaryModel m = model(beam(leadRanker(1, 0)));
        List<SummaryCandidate> cs = new PositionCentralitySummarizer(m).candidates(a, SummaryLength.sentences(3));
        assertThat(cs).extracting(SummaryRankerTest::indices).doesNotContain(List.of(0, 1, 3));
        var summary = new PositionCentralitySummarizer(m).summarize(a, SummaryLength.sentences(3));
        assertThat(summary.sentences()).hasSize(3);
        assertThat(Readability.dangles(a, summary)).isFalse();
    }

    @Test
    void featuresReadTheCandidateAgainstTheGreedySummary() {
        List<SummaryCandidate> cs = candidates(beam(leadRanker(1, 0)));
        SummaryCandidate greedy = cs.get(0);
        SummaryCandidate lead = cs.get(cs.size() - 1);
        double[] g = SummaryRanker.features(greedy, greedy);
        double[] l = SummaryRanker.features(lead, greedy);
        int path = SummaryRanker.NAMES.indexOf("path");
        int isGreedy = SummaryRanker.NAMES.indexOf("greedy");
        int leadAt = SummaryRanker.NAMES.indexOf("lead");
        int ledeLead = SummaryRanker.NAMES.indexOf("ledeLead");
        assertThat(g[path]).isZero();
        assertThat(g[isGreedy]).isEqualTo(1);
        assertThat(l[isGreedy]).isZero();
        // the plain sentences score below the ones with figures the greedy path took
        assertThat(l[path]).isNegative();
        assertThat(g[leadAt]).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(l[leadAt]).isEqualTo(1);
        assertThat(l[ledeLead]).isCloseTo(greedy.lede(), within(1e-9));
        assertThat(l).hasSize(SummaryRanker.NAMES.size());
    }

    @Test
    void theRankerIsWrittenAndReadBackAndLeftOutWhenNone() throws IOException {
        double[] w = new double[SummaryRanker.NAMES.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = 0.5 * k - 1;
        }
        SummaryBeam ranked = new SummaryBeam(3, 20, 0.12, GREEDY, 2, 0, 0, 0.3, 4, new SummaryRanker(w, 0.25));
        String text = SummaryBeamTest.written(model(ranked));
        assertThat(text).contains("beamRank.lead 0.500000\n").contains("beamRank.path -1.000000\n")
                .contains("beamRankMargin 0.250000\n");
        assertThat(SummaryBeamTest.read(text).beam()).isEqualTo(ranked);
        assertThat(SummaryBeamTest.read(text).beam().ranker().weights()).containsExactly(w);
        String plain = SummaryBeamTest.written(model(new SummaryBeam(3, 20, 0.12, GREEDY, 2, 0, 0, 0.3, 4)));
        assertThat(plain).doesNotContain("beamRank");
        assertThat(SummaryBeamTest.read(plain).beam().ranker()).isEqualTo(SummaryRanker.NONE);
    }

    @Test
    void badRankersAreRejected() throws IOException {
        assertThatThrownBy(() -> new SummaryRanker(new double[3], 0)).hasMessageContaining("weights");
        double[] nan = new double[SummaryRanker.NAMES.size()];
        nan[1] = Double.NaN;
        assertThatThrownBy(() -> new SummaryRanker(nan, 0)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new SummaryRanker(new double[SummaryRanker.NAMES.size()], -1))
                .hasMessageContaining("margin");
        assertThatThrownBy(() -> new SummaryBeam(2, 0, 0, GREEDY, 0, 0, 0, 0, 0, null)).hasMessageContaining("ranker");
        String base = SummaryBeamTest.written(model(new SummaryBeam(3, 20, 0.12, GREEDY)));
        assertThatThrownBy(() -> SummaryBeamTest.read(base + "beamRank.lead 1\n"))
                .hasMessageContaining("missing ranker weight");
        assertThatThrownBy(() -> SummaryBeamTest.read(base + "beamRankMargin 1\n"))
                .hasMessageContaining("beamRankMargin");
        assertThatThrownBy(() -> SummaryBeamTest.read(base + "beamRank.height 1\n"))
                .hasMessageContaining("unknown");
    }
}
