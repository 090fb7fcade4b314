package dev.precis.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are the published ones of EVALUATION.md (rouge-test-vectors) or worked by hand. */
class RougeScorerTest {

    private static final double TOLERANCE = 1e-4;
    private static final String VECTORS = "data/rouge-test-vectors/";

    private final RougeScorer plain = new RougeScorer(false);
    private final RougeScorer stemming = new RougeScorer(true);

    private static void assertPrf(Prf actual, double p, double r, double f) {
        assertThat(actual.precision()).as("precision").isCloseTo(p, within(TOLERANCE));
        assertThat(actual.recall()).as("recall").isCloseTo(r, within(TOLERANCE));
        assertThat(actual.f1()).as("f1").isCloseTo(f, within(TOLERANCE));
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(SharedData.require(VECTORS + file), StandardCharsets.UTF_8);
    }

    private static String text(String file) throws IOException {
        return Files.readString(SharedData.require(VECTORS + file), StandardCharsets.UTF_8);
    }

    @Test
    void firstLineWithoutStemming() throws IOException {
        RougeScores s = plain.score(lines("target.txt").get(0), lines("prediction.txt").get(0));
        assertPrf(s.rouge1(), 0.68750, 0.40741, 0.51163);
        assertPrf(s.rouge2(), 0.53333, 0.30769, 0.39024);
        assertPrf(s.rougeL(), 0.68750, 0.40741, 0.51163);
    }

    @Test
    void secondLineWithAndWithoutStemming() throws IOException {
        String target = lines("target.txt").get(1);
        String prediction = lines("prediction.txt").get(1);
        RougeScores stemmed = stemming.score(target, prediction);
        assertPrf(stemmed.rouge1(), 0.69231, 0.42857, 0.52941);
        assertPrf(stemmed.rouge2(), 0.48000, 0.29268, 0.36364);
        assertPrf(plain.score(target, prediction).rouge1(), 0.65385, 0.40476, 0.50000);
    }

    @Test
    void multiSentenceLsumWithStemming() throws IOException {
        RougeScores s = stemming.score(text("target_multi.0.txt"), text("prediction_multi.0.txt"));
        assertPrf(s.rougeLsum(), 0.66667, 0.36538, 0.47205);
    }

    @Test
    void smallInlineVectors() {
        assertPrf(plain.score("testing one two", "testing").rouge1(), 1.0, 0.33333, 0.5);
        assertPrf(plain.score("testing one two", "testing one").rouge2(), 1.0, 0.5, 0.66667);
        assertPrf(plain.score("testing one two", "testing two").rougeL(), 1.0, 0.66667, 0.8);
    }

    @Test
    void lsumCountsEachUnionTokenOnlyWhileBothSidesHaveIt() {
        RougeScores s = plain.score("w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5");
        assertPrf(s.rougeLsum(), 0.4, 0.8, 0.53333);
    }

    @Test
    void emptyInputsScoreZeroEverywhere() {
        for (String[] pair : new String[][] {{"", ""}, {"", "a b c"}, {"a b c", ""},
                {"!!! ...", "a b"}, {"\n\n", "\n"}}) {
            RougeScores s = stemming.score(pair[0], pair[1]);
            for (Prf prf : List.of(s.rouge1(), s.rouge2(), s.rougeL(), s.rougeLsum())) {
                assertPrf(prf, 0, 0, 0);
            }
        }
    }

    @Test
    void singleTokensHaveNoBigrams() {
        RougeScores s = plain.score("alpha", "alpha");
        assertPrf(s.rouge1(), 1, 1, 1);
        assertPrf(s.rouge2(), 0, 0, 0);
    }

    @Test
    void identicalTextsScoreOne() {
        String text = "The cat sat on the mat.\nIt was happy there.";
        RougeScores s = stemming.score(text, text);
        for (Prf prf : List.of(s.rouge1(), s.rouge2(), s.rougeL(), s.rougeLsum())) {
            assertPrf(prf, 1, 1, 1);
        }
    }

    @Test
    void ngramOverlapIsClipped() {
        // reference bigrams: (the,the) x2; prediction: (the,the) x1 -> P 1/1, R 1/2.
        assertPrf(plain.score("the the the", "the the").rouge2(), 1.0, 0.5, 2.0 / 3);
        // prediction repeats a unigram more often than the reference has it: 1 of 3 counts.
        assertPrf(plain.score("cat dog", "cat cat cat").rouge1(), 1.0 / 3, 0.5, 0.4);
    }

    @Test
    void lcsKeepsOrder() {
        // LCS of "a b c d" and "d c b a x" is 1 token.
        assertPrf(plain.score("a b c d", "d c b a x").rougeL(), 0.2, 0.25, 2 * 0.2 * 0.25 / 0.45);
    }

    @Test
    void lsumOfOneLineEqualsRougeL() {
        RougeScores s = plain.score("police said the man was arrested on monday",
                "the man was arrested by police on monday night");
        assertThat(s.rougeLsum()).isEqualTo(s.rougeL());
    }

    @Test
    void tokenizeLowercasesSplitsOnNonAlphanumericsAndStemsLongTokensOnly() {
        assertThat(plain.tokenize("Hello, World! It's 2024-11-23; café")).containsExactly(
                "hello", "world", "it", "s", "2024", "11", "23", "caf");
        assertThat(stemming.tokenize("Running dogs was ponies")).containsExactly(
                "run", "dog", "was", "poni");
        assertThat(plain.tokenize("  \n\t ")).isEmpty();
    }
}
