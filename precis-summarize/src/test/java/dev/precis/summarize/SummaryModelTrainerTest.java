package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryModelTrainerTest {

    private static final List<AnalyzedArticle> ARTICLES = List.of(
            SummarizerContract.analyzed("Port", "The port of Dunmere reopened on Monday after a storm. "
                    + "\"We are back and open for business,\" he said. "
                    + "Fishing boats returned to the harbour within hours."),
            SummarizerContract.analyzed("Bridge", "A new bridge over the Kellan river opened to traffic on Friday. "
                    + "\"It is a great day for the whole valley,\" she said. "
                    + "The crossing cuts the drive to the coast by twenty minutes."),
            SummarizerContract.analyzed("School", "Brora's new school welcomed its first pupils on Tuesday. "
                    + "\"The children love the new classrooms,\" the head teacher said. "
                    + "The building replaces one damaged by floods last winter."));

    /** The quotation with only its credit (the second sentence) is never in the summary; the others are. */
    private static double[] targets(AnalyzedArticle a) {
        return new double[] {1, 0, 1};
    }

    @Test
    void byDefaultTheOptionalFeaturesStayAtZero() {
        SummaryModel m = new SummaryModelTrainer().train(ARTICLES, SummaryModelTrainerTest::targets, 0);
        for (String name : SentenceFeatures.OPTIONAL) {
            assertThat(m.weights()[SummaryModel.featureNames().indexOf(name)]).as(name).isZero();
        }
        assertThat(m.weighsKinds()).isFalse();
    }

    @Test
    void withKindsTheTrainerLearnsThatAQuoteOnlySentenceIsNotInTheSummary() {
        SummaryModel m = new SummaryModelTrainer(true).train(ARTICLES, SummaryModelTrainerTest::targets, 0);
        assertThat(m.weights()[SummaryModel.featureNames().indexOf("quoteOnly")]).isNegative();
        assertThat(m.weighsKinds()).isTrue();
    }

    private static final String MUSEUM = "The museum reopened its east wing on Monday after repairs. "
            + "Visitors filled the galleries by noon. The wing had been closed for a year.";
    private static final String TRAM = "The city council approved a tram line on Tuesday. "
            + "Work starts in the spring. The line will link the station with the port.";

    /**
     * The same copy twice: filed from a place (its lede is the summary) and without the dateline (its
     * second sentence is): only the lede's signals tell the two apart.
     */
    private static final List<AnalyzedArticle> MIXED = List.of(
            SummarizerContract.analyzed("", "PARIS (Reuters) - " + MUSEUM),
            SummarizerContract.analyzed("", "ROME (Reuters) - " + TRAM),
            SummarizerContract.analyzed("", MUSEUM),
            SummarizerContract.analyzed("", TRAM));

    private static double[] mixedTargets(AnalyzedArticle a) {
        return a.article().text().contains("(Reuters)") ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
    }

    @Test
    void withTheLeadSignalsTheTrainerLearnsToHoldTheLeadOfADatelinedReportOnly() {
        SummaryModel m = new SummaryModelTrainer(SummaryModelTrainer.leadSignals())
                .train(MIXED, SummaryModelTrainerTest::mixedTargets, 0);
        // the datelined lede outscores its second sentence, the same lede without a dateline does not
        for (AnalyzedArticle a : MIXED) {
            SentenceProfile p = new SentenceProfile(a);
            double[][] rows = SentenceFeatures.compute(p, "", p.size(), null, true);
            int lede = 0;
            while (p.junk[lede]) {
                lede++;
            }
            double first = m.score(rows[lede]);
            double second = m.score(rows[lede + 1]);
            if (a.article().text().contains("(Reuters)")) {
                assertThat(first).as(a.article().text()).isGreaterThan(second);
            } else {
                assertThat(second).as(a.article().text()).isGreaterThan(first);
            }
        }
        // the kinds were not asked for
        assertThat(m.weights()[SummaryModel.featureNames().indexOf("quoteOnly")]).isZero();
        assertThat(m.weighsKinds()).isTrue();
    }

    @Test
    void aLeadSignalWeightMovesOnlyTheLedeOfCopyWithThatSignal() {
        double[] w = new double[SummaryModel.featureNames().size()];
        w[SummaryModel.featureNames().indexOf("lead")] = 1;
        w[SummaryModel.featureNames().indexOf("leadDateline")] = 2;
        SummaryModel m = new SummaryModel(w, 0);
        double[] dated = ledeAndNext(m, MIXED.get(0));
        double[] plain = ledeAndNext(m, MIXED.get(2));
        assertThat(dated[0]).isEqualTo(3.0);
        assertThat(plain[0]).isEqualTo(1.0);
        // the second sentence's lead prior is 1/2, and so is its share of the signal
        assertThat(dated[1]).isEqualTo(1.5);
        assertThat(plain[1]).isEqualTo(0.5);
    }

    private static double[] ledeAndNext(SummaryModel m, AnalyzedArticle a) {
        SentenceProfile p = new SentenceProfile(a);
        double[][] rows = SentenceFeatures.compute(p, "", p.size(), null, true);
        int lede = 0;
        while (p.junk[lede]) {
            lede++;
        }
        return new double[] {m.score(rows[lede]), m.score(rows[lede + 1])};
    }
}
