package dev.precis.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionMetricTest {

    @Test
    void groundTruthScoresOneOnTheWholeBenchmark() throws Exception {
        Path aeb = SharedData.require("data/article-extraction-benchmark");
        List<AebPage> pages = AebPage.readAll(aeb);
        assertThat(pages).hasSize(181);
        ExtractionEvaluation ev = ExtractionEvaluation.run("truth", AebPage::truth, pages);
        assertThat(ev.metric().f1()).isEqualTo(1.0);
        assertThat(ev.metric().precision()).isEqualTo(1.0);
        assertThat(ev.metric().recall()).isEqualTo(1.0);
        assertThat(ev.metric().accuracy()).isEqualTo(1.0);
    }

    @Test
    void shinglesAreWordFourGramsCountedAsMultisets() {
        // truth: a b c d e  -> shingles abcd, bcde; prediction: a b c d x -> abcd, bcdx
        ShingleScore s = ShingleScore.of("a b c d e", "a b c d x");
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.exact()).isFalse();
    }

    @Test
    void repeatedShinglesAreClippedAndPunctuationIsIgnored() {
        ShingleScore s = ShingleScore.of("one two three four", "One two three four. one two three four!");
        // tokens are case-sensitive: "One" differs from "one"
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(4);
        assertThat(ShingleScore.of("Hello, world — it's 2024!", "Hello world it s 2024").exact()).isTrue();
    }

    @Test
    void shortTextsGiveOneShorterShingle() {
        assertThat(ShingleScore.of("just two", "just two").precision()).isEqualTo(1.0);
        assertThat(ShingleScore.of("just two", "just three").tp()).isZero();
    }

    @Test
    void unicodeWordsCount() {
        assertThat(ShingleScore.tokens("Straße über 5 Öfen")).containsExactly("Straße", "über", "5", "Öfen");
    }

    @Test
    void emptyPredictionCostsRecallOnly() {
        ExtractionMetric m = new ExtractionMetric();
        m.add("a b c d e", "a b c d e");
        m.add("a b c d e", "");
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
        assertThat(m.accuracy()).isEqualTo(0.5);
    }

    @Test
    void emptyTruthAndEmptyPredictionAreExact() {
        ExtractionMetric m = new ExtractionMetric();
        ShingleScore s = m.add("", "");
        assertThat(s.exact()).isTrue();
        assertThat(m.accuracy()).isEqualTo(1.0);
    }
}
