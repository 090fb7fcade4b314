package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SummaryModelTest {

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The shipped file is the writer's text of the model it holds, line for line, so the README's recipe (whose last
     * step writes the model with this writer) can be checked against it with {@code cmp}.
     */
    @Test
    void theShippedFileIsTheWritersTextOfItsModel() throws IOException {
        String shipped;
        try (InputStream in = SummaryModel.class.getResourceAsStream(SummaryModel.DEFAULT_RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringWriter written = new StringWriter();
        SummaryModel.loadDefault().write(written);
        assertThat(written.toString()).isEqualTo(shipped);
    }

    @Test
    void aWrittenModelReadsBackToTheSameText() throws IOException {
        StringWriter first = new StringWriter();
        SummaryModel.loadDefault().write(first);
        StringWriter second = new StringWriter();
        SummaryModel.read(text(first.toString())).write(second);
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Test
    void aBadWeightIsReportedWithTheFeatureItBelongsTo() throws IOException {
        StringWriter w = new StringWriter();
        SummaryModel.loadDefault().write(w);
        String feature = SummaryModel.featureNames().get(0);
        String broken = w.toString().replaceFirst("(?m)^" + feature + " \\S+$", feature + " 0.4x");
        assertThatThrownBy(() -> SummaryModel.read(text(broken)))
                .isInstanceOf(IOException.class)
                .hasMessage("summary model: bad weight '0.4x' for " + feature);
    }

    @Test
    void unknownAndMissingFeaturesFailLoudly() {
        assertThatThrownBy(() -> SummaryModel.read(text("no_such_feature 1.0\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("unknown feature 'no_such_feature'");
        assertThatThrownBy(() -> SummaryModel.read(text("# empty\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("missing feature");
    }

    @Test
    void theLeadMarginIsWrittenAndReadBack() throws IOException {
        double[] w = SummaryModel.loadDefault().weights();
        StringWriter out = new StringWriter();
        new SummaryModel(w, 0.5, 1.0, 0.75).write(out);
        assertThat(out.toString()).contains("leadMargin 0.750000");
        assertThat(SummaryModel.read(text(out.toString())).leadMargin()).isEqualTo(0.75);
    }

    @Test
    void aModelWithoutALeadMarginHasNoFallback() throws IOException {
        StringWriter out = new StringWriter();
        new SummaryModel(SummaryModel.loadDefault().weights(), 0.5, 1.0).write(out);
        assertThat(out.toString()).doesNotContain("leadMargin");
        assertThat(SummaryModel.read(text(out.toString())).leadMargin()).isZero();
    }

    @Test
    void aNegativeOrInfiniteLeadMarginIsRejected() {
        double[] w = SummaryModel.loadDefault().weights();
        assertThatThrownBy(() -> new SummaryModel(w, 0.5, 1.0, -0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leadMargin");
        assertThatThrownBy(() -> new SummaryModel(w, 0.5, 1.0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leadMargin");
        assertThatThrownBy(() -> new SummaryModel(w, 0.5, 1.0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leadMargin");
    }

    @Test
    void theLongArticleGateIsWrittenAndReadBack() throws IOException {
        double[] w = SummaryModel.loadDefault().weights();
        StringWriter out = new StringWriter();
        new SummaryModel(w, 0.5, 1.0, 1.0, new LongArticleGate(26, 3.5, 0.25)).write(out);
        assertThat(out.toString()).contains("longFrom 26\n", "longLead 3.500000\n", "longLeadMargin 0.250000\n");
        assertThat(SummaryModel.read(text(out.toString())).longArticles()).isEqualTo(new LongArticleGate(26, 3.5, 0.25));
    }

    @Test
    void aGatesSpreadIsWrittenOnlyWhenSetAndReadBack() throws IOException {
        double[] w = SummaryModel.loadDefault().weights();
        StringWriter out = new StringWriter();
        new SummaryModel(w, 0.5, 1.0, 1.0, new LongArticleGate(26, 3.5, 0.25, -0.4)).write(out);
        assertThat(out.toString()).contains("longSpread -0.400000\n");
        assertThat(SummaryModel.read(text(out.toString())).longArticles())
                .isEqualTo(new LongArticleGate(26, 3.5, 0.25, -0.4));
        StringWriter lengthOnly = new StringWriter();
        new SummaryModel(w, 0.5, 1.0, 1.0, new LongArticleGate(26, 3.5, 0.25)).write(lengthOnly);
        assertThat(lengthOnly.toString()).doesNotContain("longSpread");
        assertThat(SummaryModel.read(text(lengthOnly.toString())).longArticles().spreadSet()).isFalse();
    }

    @Test
    void aGatesTeaserLengthIsWrittenOnlyWhenSetAndReadBack() throws IOException {
        double[] w = SummaryModel.loadDefault().weights();
        StringWriter out = new StringWriter();
        new SummaryModel(w, 0.5, 1.0, 1.0, new LongArticleGate(26, 3.5, 0, 0, 12)).write(out);
        assertThat(out.toString()).contains("longTeaserFrom 12\n");
        assertThat(SummaryModel.read(text(out.toString())).longArticles())
                .isEqualTo(new LongArticleGate(26, 3.5, 0, 0, 12));
        StringWriter without = new StringWriter();
        new SummaryModel(w, 0.5, 1.0, 1.0, new LongArticleGate(26, 3.5, 0, 0)).write(without);
        assertThat(without.toString()).doesNotContain("longTeaserFrom");
        assertThat(SummaryModel.read(text(without.toString())).longArticles().redundancySet()).isFalse();
        StringWriter withRedundancy = new StringWriter();
        new SummaryModel(w, 0.5, 1.0, 1.0, new LongArticleGate(26, 3.5, 0, 0, 0, 1.25)).write(withRedundancy);
        assertThat(withRedundancy.toString()).contains("longRedundancy 1.250000\n");
        assertThat(SummaryModel.read(text(withRedundancy.toString())).longArticles().redundancy()).isEqualTo(1.25);
        assertThatThrownBy(() -> SummaryModel.read(text(out.toString().replace("longTeaserFrom 12", "longTeaserFrom 1.5"))))
                .isInstanceOf(IOException.class).hasMessageContaining("longTeaserFrom");
    }

    @Test
    void aModelWithoutLongArticleSettingsHasNoGate() throws IOException {
        StringWriter out = new StringWriter();
        new SummaryModel(SummaryModel.loadDefault().weights(), 0.5, 1.0, 1.0).write(out);
        assertThat(out.toString()).doesNotContain("longFrom");
        assertThat(SummaryModel.read(text(out.toString())).longArticles().active()).isFalse();
    }

    @Test
    void aGateThatIsNotAWholeNumberOfSentencesFailsLoudly() {
        String base = "redundancy 0.5\n" + String.join(" 0\n", SummaryModel.featureNames()) + " 0\n";
        assertThatThrownBy(() -> SummaryModel.read(text(base + "longFrom 2.5\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> SummaryModel.read(text(base + "longFrom -3\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("longFrom must be >= 0");
    }

    @Test
    void theLeadNewsSignalIsWrittenOnlyWhenSetAndReadBack() throws IOException {
        double[] w = SummaryModel.loadDefault().weights();
        LeadNewsSignal signal = new LeadNewsSignal(true, 0.25, 10, 0.1159, true);
        StringWriter out = new StringWriter();
        new SummaryModel(w, 0.5, 1.0, 1.0, new LongArticleGate(26, 3.5, 0, 0), signal).write(out);
        assertThat(out.toString()).contains("longHoldDateline 1\n", "longHoldSimilarity 0.250000\n",
                "longTopicFrom 10\n", "longTopicBelow 0.115900\n", "longTopicMeaning 1\n");
        assertThat(SummaryModel.read(text(out.toString())).leadSignal()).isEqualTo(signal);
        StringWriter without = new StringWriter();
        new SummaryModel(w, 0.5, 1.0, 1.0, new LongArticleGate(26, 3.5, 0, 0)).write(without);
        assertThat(without.toString()).doesNotContain("longHold", "longTopic");
        assertThat(SummaryModel.read(text(without.toString())).leadSignal()).isEqualTo(LeadNewsSignal.NONE);
        assertThatThrownBy(() -> SummaryModel.read(text(out.toString().replace("longHoldDateline 1", "longHoldDateline 2"))))
                .isInstanceOf(IOException.class).hasMessageContaining("longHoldDateline");
        assertThatThrownBy(() -> SummaryModel.read(text(out.toString().replace("longTopicFrom 10", "longTopicFrom 9.5"))))
                .isInstanceOf(IOException.class).hasMessageContaining("longTopicFrom");
    }

    @Test
    void aSecondWeightVectorIsWrittenWholeAndReadBack() throws IOException {
        SummaryModel shipped = SummaryModel.loadDefault();
        double[] second = new double[SummaryModel.featureNames().size()];
        for (int i = 0; i < second.length; i++) {
            second[i] = i / 8.0 - 1;
        }
        StringWriter out = new StringWriter();
        shipped.withLongWeights(second).write(out);
        assertThat(out.toString()).contains("long.lead ", "long.bias ");
        assertThat(SummaryModel.read(text(out.toString())).longWeights()).containsExactly(second);
        assertThat(shipped.longWeights()).isNull();
        String oneMissing = out.toString().replaceAll("(?m)^long\\.pagerank .*\n", "");
        assertThatThrownBy(() -> SummaryModel.read(text(oneMissing)))
                .isInstanceOf(IOException.class).hasMessageContaining("long.pagerank");
        assertThatThrownBy(() -> shipped.withLongWeights(new double[3])).hasMessageContaining("long-article weights");
    }

    @Test
    void theSecondVectorsHoldIsWrittenOnlyWhenSetAndReadBack() throws IOException {
        SummaryModel shipped = SummaryModel.loadDefault();
        assertThat(shipped.secondHold()).isEqualTo(SecondVectorHold.NONE);
        SummaryModel second = shipped.withLongWeights(new double[SummaryModel.featureNames().size()]);
        SecondVectorHold hold = new SecondVectorHold(0.5, true, 30);
        StringWriter out = new StringWriter();
        second.withSecondHold(hold).write(out);
        assertThat(out.toString()).contains("longSecondSpread 0.500000\n", "longSecondHoldDateline 1\n",
                "longSecondHoldLede 30\n");
        assertThat(SummaryModel.read(text(out.toString())).secondHold()).isEqualTo(hold);
        StringWriter without = new StringWriter();
        second.write(without);
        assertThat(without.toString()).doesNotContain("longSecond");
        assertThatThrownBy(() -> SummaryModel.read(text(out.toString().replace("longSecondHoldLede 30", "longSecondHoldLede 2.5"))))
                .isInstanceOf(IOException.class).hasMessageContaining("longSecondHoldLede");
        assertThatThrownBy(() -> SummaryModel.read(text(out.toString().replace("longSecondHoldDateline 1", "longSecondHoldDateline 3"))))
                .isInstanceOf(IOException.class).hasMessageContaining("longSecondHoldDateline");
    }

    @Test
    void theOptionalFeaturesMayBeLeftOutAndAreWrittenOnlyWhenSet() throws IOException {
        StringWriter shipped = new StringWriter();
        SummaryModel.loadDefault().write(shipped);
        for (String name : java.util.List.of("background", "quoteOnly", "unresolvedPronoun")) {
            assertThat(shipped.toString()).doesNotContain(name);
            assertThat(SummaryModel.loadDefault().weights()[SummaryModel.featureNames().indexOf(name)]).isZero();
        }
        String set = shipped + "quoteOnly -0.250000\n";
        SummaryModel model = SummaryModel.read(text(set));
        assertThat(model.weights()[SummaryModel.featureNames().indexOf("quoteOnly")]).isEqualTo(-0.25);
        assertThat(model.weighsKinds()).isTrue();
        assertThat(SummaryModel.loadDefault().weighsKinds()).isFalse();
        StringWriter again = new StringWriter();
        model.write(again);
        assertThat(again.toString()).contains("quoteOnly -0.250000").doesNotContain("background")
                .doesNotContain("unresolvedPronoun");
    }

    @Test
    void aSecondVectorMayLeaveOutTheOptionalFeaturesButNotTheOthers() throws IOException {
        StringWriter shipped = new StringWriter();
        SummaryModel.loadDefault().write(shipped);
        StringBuilder second = new StringBuilder();
        for (String name : SummaryModel.featureNames()) {
            if (!name.equals("background") && !name.equals("quoteOnly") && !name.equals("unresolvedPronoun")) {
                second.append("long.").append(name).append(" 0.5\n");
            }
        }
        SummaryModel model = SummaryModel.read(text(shipped + second.toString() + "long.unresolvedPronoun -1\n"));
        assertThat(model.longWeights()[SummaryModel.featureNames().indexOf("unresolvedPronoun")]).isEqualTo(-1);
        assertThat(model.longWeights()[SummaryModel.featureNames().indexOf("background")]).isZero();
        assertThat(model.weighsKinds()).isTrue();
        assertThat(model.longWeights()[SummaryModel.featureNames().indexOf("lead")]).isEqualTo(0.5);
        String missingLead = shipped + second.toString().replace("long.lead 0.5\n", "");
        assertThatThrownBy(() -> SummaryModel.read(text(missingLead)))
                .isInstanceOf(IOException.class).hasMessageContaining("missing long-article weight 'long.lead'");
    }
}
