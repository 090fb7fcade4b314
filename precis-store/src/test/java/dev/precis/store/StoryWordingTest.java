package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The naive baseline's whole-text cosine as {@link StoryWording} keeps it, on invented texts. */
class StoryWordingTest {

    private static StoryWording.Text text(String body) {
        return StoryWording.Text.of(null, body);
    }

    @Test
    void countsLowerCasedLetterWordsOfTwoLettersOrMoreInHeadlineAndBody() {
        StoryWording.Text t = StoryWording.Text.of("Ferry Aground", "The ferry ran aground; a 3rd tug came. FERRY!");
        assertThat(t.counts()).containsEntry("ferry", 3).containsEntry("aground", 2).containsEntry("the", 1)
                .containsEntry("rd", 1).doesNotContainKey("a").doesNotContainKey("3rd");
    }

    @Test
    void theCosineFollowsRawCountsAndTheWholeSetIdf() {
        StoryWording w = new StoryWording();
        w.put(1, text("alpha beta"));
        w.put(2, text("gamma delta"));
        w.put(3, text("alpha gamma"));
        // the new article is counted as a fourth: alpha in 3 of 4, beta in 2 of 4; the member's norm is under the
        // three recorded (alpha in 2 of 3, beta in 1 of 3)
        double alpha = Math.log(4 / 3.0);
        double beta = Math.log(4 / 2.0);
        double dot = alpha * alpha + beta * beta;
        double queryNorm = Math.sqrt(alpha * alpha + beta * beta);
        double memberNorm = Math.sqrt(Math.pow(Math.log(3 / 2.0), 2) + Math.pow(Math.log(3.0), 2));
        assertThat(w.cosine(w.query(text("alpha beta")), 1)).isCloseTo(dot / (queryNorm * memberNorm), within(1e-9));
        assertThat(w.cosine(w.query(text("alpha beta")), 2)).as("no shared word").isZero();
    }

    @Test
    void aWordInEveryArticleWeighsNothing() {
        StoryWording w = new StoryWording();
        w.put(1, text("the ferry ran aground"));
        w.put(2, text("the match ended level"));
        assertThat(w.cosine(w.query(text("the budget was cut")), 1)).isZero();
        assertThat(w.cosine(w.query(text("the ferry was towed")), 1)).isPositive();
    }

    @Test
    void sharedRareWordsCountMoreThanSharedCommonOnes() {
        StoryWording w = new StoryWording();
        w.put(1, text("ferry sandbank lifeboat harbour council"));
        w.put(2, text("council harbour budget vote"));
        w.put(3, text("council harbour school fees"));
        w.put(4, text("market prices grain"));
        double rare = w.cosine(w.query(text("ferry sandbank lifeboat news")), 1);
        double common = w.cosine(w.query(text("council harbour news today")), 1);
        assertThat(rare).isGreaterThan(common);
    }

    @Test
    void aRecordedArticleReplannedIsNotCountedTwice() {
        StoryWording w = new StoryWording();
        w.put(1, text("ferry sandbank lifeboat"));
        w.put(2, text("ferry sandbank lifeboat"));
        w.put(3, text("market prices grain"));
        assertThat(w.cosine(w.query(2), 1)).isCloseTo(1, within(1e-9));
        assertThat(w.query(9)).as("never recorded").isNull();
    }
}
