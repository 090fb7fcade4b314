package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import dev.precis.nlp.encoder.SentenceEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadNewsSignalTest {

    /** Seven sentences of news: a lead about the library, and a body that keeps talking about it. */
    private static final String REPORT = "The city opened a new public library on Monday after years of building work. "
            + "Readers queued outside the new library long before the opening ceremony began. "
            + "The old library building on the square will become a youth centre. "
            + "The new library holds 120000 books and 300 computers for visitors. "
            + "Architects designed the library with a glass roof over the reading room. "
            + "Schools plan weekly library visits for their pupils during term. "
            + "Volunteers will run a library reading club for older residents on Sundays.";

    /** The same body behind an anecdotal opening that shares none of its words. */
    private static final String FEATURE = "Margaret remembers the smell of rain on warm stone as a girl. "
            + "Her grandmother baked bread every Friday morning in winter. "
            + "Neighbours gathered around that kitchen table for gossip and soup. "
            + "The new library holds 120000 books and 300 computers for visitors. "
            + "Architects designed the library with a glass roof over the reading room. "
            + "Schools plan weekly library visits for their pupils during term. "
            + "Volunteers will run a library reading club for older residents on Sundays.";

    private static SentenceProfile profile(String text) {
        return new SentenceProfile(SummarizerContract.analyzed("", text));
    }

    private static double similarity(String text) {
        SentenceProfile p = profile(text);
        return LeadNewsSignal.leadRestSimilarity(p, p.size());
    }

    @Test
    void aLeadThatStatesTheNewsIsCloserToTheRestThanAnAnecdote() {
        double report = similarity(REPORT);
        double feature = similarity(FEATURE);
        assertThat(report).isBetween(0.0, 1.0);
        assertThat(feature).isGreaterThanOrEqualTo(0.0).isLessThan(report);
        // the anecdote shares no term with the body
        assertThat(feature).isZero();
    }

    @Test
    void anArticleWithNothingAfterItsLeadHasNoSimilarity() {
        assertThat(similarity("The city opened a library. Readers queued outside. The mayor spoke.")).isNaN();
    }

    @Test
    void aPlaceDatelineCountsAndABareSourceTagDoesNot() {
        SentenceProfile dated = profile("LONDON (Reuters) - " + REPORT);
        SentenceProfile tagged = profile("(CNN) -- " + REPORT);
        assertThat(LeadNewsSignal.datelined(dated, dated.size())).isTrue();
        assertThat(LeadNewsSignal.datelined(tagged, tagged.size())).isFalse();
        assertThat(LeadNewsSignal.datelined(profile(REPORT), 7)).isFalse();
    }

    @Test
    void holdsLongArticlesByDatelineOrSimilarityAndFreesShorterOnesBelowTheThreshold() {
        LeadNewsSignal hold = new LeadNewsSignal(true, 0.3, 0, 0);
        assertThat(hold.frees(true, 30, true, 0.1)).isFalse();
        assertThat(hold.frees(true, 30, false, 0.3)).isFalse();
        assertThat(hold.frees(true, 30, false, 0.29)).isTrue();
        // no similarity (nothing after the lead): length alone decides
        assertThat(hold.frees(true, 30, false, Double.NaN)).isTrue();
        assertThat(hold.frees(false, 30, false, 0.0)).isFalse();
        LeadNewsSignal free = new LeadNewsSignal(false, Double.POSITIVE_INFINITY, 10, 0.12);
        assertThat(free.frees(false, 10, false, 0.11)).isTrue();
        assertThat(free.frees(false, 10, false, 0.12)).isFalse();
        assertThat(free.frees(false, 9, false, 0.0)).isFalse();
        assertThat(free.frees(false, 12, false, Double.NaN)).isFalse();
        assertThat(free.frees(true, 30, true, 0.5)).isTrue();
        assertThat(LeadNewsSignal.NONE.active()).isFalse();
        assertThat(free.needsEncoder()).isFalse();
        assertThat(new LeadNewsSignal(false, Double.POSITIVE_INFINITY, 10, 0.5, true).needsEncoder()).isTrue();
    }

    /** A lead-loving model (lead 4, numbers 1), gated from 26 sentences with the gate's lead weight 0. */
    private static List<Integer> chosen(String text, LeadNewsSignal signal) {
        double[] w = new double[SummaryModel.featureNames().size()];
        w[SummaryModel.featureNames().indexOf("number")] = 1;
        w[SummaryModel.featureNames().indexOf("lead")] = 4;
        SummaryModel m = new SummaryModel(w, 0, Double.POSITIVE_INFINITY, 1.5, new LongArticleGate(26, 0, 0), signal);
        return new PositionCentralitySummarizer(m).summarize(SummarizerContract.analyzed("", text),
                SummaryLength.sentences(2)).sentences().stream().map(SummarySentence::sentenceIndex).toList();
    }

    @Test
    void aShortArticleWhoseLeadIsFarFromItsBodyIsFreedAndTheReportIsNot() {
        // a threshold between the anecdote's similarity (0) and the report's
        double between = similarity(REPORT) / 2;
        assertThat(between).isPositive();
        LeadNewsSignal free = new LeadNewsSignal(false, Double.POSITIVE_INFINITY, 6, between);
        // the anecdote's article is freed: the sentence with the figures follows the lede
        assertThat(chosen(FEATURE, free)).containsExactly(0, 3);
        // the report's lead is the news: it keeps the model's hold on the lead
        assertThat(chosen(REPORT, free)).containsExactly(0, 1);
        // without the signal seven sentences are far too short for the gate
        assertThat(chosen(FEATURE, LeadNewsSignal.NONE)).containsExactly(0, 1);
        // and from eight sentences of news the signal does not ask
        assertThat(chosen(FEATURE, new LeadNewsSignal(false, Double.POSITIVE_INFINITY, 8, between))).containsExactly(0, 1);
    }

    @Test
    void theMeaningSimilarityComparesTheEncodersVectorsOfBothSides() {
        // a toy encoder: texts mentioning the library point one way, others the other way
        SentenceEncoder toy = new SentenceEncoder() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public float[][] encode(List<String> texts) {
                return texts.stream().map(t -> t.contains("library") ? new float[] {1, 0} : new float[] {0, 1})
                        .toArray(float[][]::new);
            }
        };
        SentenceProfile report = profile(REPORT);
        SentenceProfile feature = profile(FEATURE);
        assertThat(LeadNewsSignal.leadRestMeaning(toy, report, report.size())).isEqualTo(1.0);
        assertThat(LeadNewsSignal.leadRestMeaning(toy, feature, feature.size())).isEqualTo(0.0);
        SummaryModel needs = new SummaryModel(new double[SummaryModel.featureNames().size()], 0, 1, 0,
                new LongArticleGate(26, 0, 0), new LeadNewsSignal(false, Double.POSITIVE_INFINITY, 10, 0.5, true));
        assertThatThrownBy(() -> new PositionCentralitySummarizer(needs)).hasMessageContaining("encoder");
    }

    @Test
    void badSettingsAreRejected() {
        assertThatThrownBy(() -> new LeadNewsSignal(false, Double.NaN, 0, 0)).hasMessageContaining("longHoldSimilarity");
        assertThatThrownBy(() -> new LeadNewsSignal(false, 1, -1, 0)).hasMessageContaining("longTopicFrom");
        assertThatThrownBy(() -> new LeadNewsSignal(false, 1, 10, Double.NaN)).hasMessageContaining("longTopicBelow");
    }
}
