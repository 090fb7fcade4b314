package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SharedText}'s memory bound: two generations of runs, whatever the number of texts read, and a library opened
 * again reads only the texts those generations hold ({@link SharedText#replayFrom}) to reach the state of one session.
 */
class SharedTextBoundTest {

    /** One invented co-operative's closing lines, put under some of the texts. */
    private static final String CLOSING = " Readers can reach the Tallow Reach growers' desk on 555 0183 or by writing to"
            + " news at tallow reach. The Tallow Reach co-operative prints its market sheet for orchards and cider mills"
            + " of the valley every week.";

    private static final String[] SYLLABLES = {"ka", "lo", "ve", "ri", "mun", "tas", "el", "or", "pi", "dra", "su",
        "ne", "qua", "bel", "tor", "fi", "gan", "hu", "jem", "zo"};

    /** An invented report of {@code words} made-up words (no two texts alike), ending on the closing lines or not. */
    private static String text(Random random, int words, boolean closing) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int n = 2 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            s.append(w % 12 == 11 ? ". " : " ");
        }
        return s.toString().trim() + (closing ? CLOSING : "");
    }

    @Test
    void theRunsRememberedStayWithinTwoGenerationsHoweverManyTextsAreRead() {
        Random random = new Random(47);
        SharedText shared = new SharedText();
        int most = 0;
        for (int i = 0; i < 3 * SharedText.GENERATION + 100; i++) {
            shared.read(text(random, 120, false));
            most = Math.max(most, shared.size());
        }
        // 115 runs a text: the 55 of its last 60 words and about a quarter of all; without a bound the runs of all
        // 6,244 texts would be remembered (over 500,000)
        assertThat(most).isLessThanOrEqualTo(2 * SharedText.GENERATION * 100);
        assertThat(shared.size()).isGreaterThan(SharedText.GENERATION * 70);
        assertThat(shared.slots()).isLessThanOrEqualTo(4 * 2 * SharedText.GENERATION * 100);
    }

    @Test
    void aGenerationHoldsAtMostItsRunsEvenForLongTexts() {
        Random random = new Random(15);
        SharedText shared = new SharedText(1000, 400);
        for (int i = 0; i < 60; i++) {
            shared.read(text(random, 900, i % 2 == 0));
            assertThat(shared.size()).isLessThanOrEqualTo(2 * 400);
            assertThat(shared.slots()).isLessThanOrEqualTo(4 * 2 * 1024);
        }
        // a text longer than a generation's runs keeps its closing runs: the next text's template is still found
        String last = text(random, 2000, true);
        shared.read(last);
        BitSet marked = shared.read(text(random, 80, true));
        assertThat(marked.isEmpty()).isFalse();
    }

    @Test
    void aTemplateIsFoundWhileItsGenerationsHoldItAndForgottenAfter() {
        Random random = new Random(3);
        SharedText shared = new SharedText(5, 1 << 16);
        shared.read(text(random, 100, true));
        for (int i = 0; i < 4; i++) {
            shared.read(text(random, 100, false));
        }
        // five texts later: the template is in the generation before the current one
        assertThat(shared.read(text(random, 100, true)).isEmpty()).isFalse();
        for (int i = 0; i < 10; i++) {
            shared.read(text(random, 100, false));
        }
        // ten texts without it: both generations turned over, the template is read as new (and remembered again)
        assertThat(shared.read(text(random, 100, true)).isEmpty()).isTrue();
        assertThat(shared.read(text(random, 100, true)).isEmpty()).isFalse();
    }

    @Test
    void readingFromReplayFromGivesTheStateOfReadingEveryText() {
        Random random = new Random(40);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(text(random, 60 + random.nextInt(60), random.nextInt(3) == 0));
        }
        // an empty text and one too short for a run count as texts too, as the stored articles replayFrom counts
        texts.set(5, "");
        texts.set(13, "Quay closed today.");
        assertThat(SharedText.replayFrom(0, 4)).isZero();
        assertThat(SharedText.replayFrom(7, 4)).isZero();
        assertThat(SharedText.replayFrom(8, 4)).as("the eighth text still in the first generation's successor").isZero();
        assertThat(SharedText.replayFrom(9, 4)).isEqualTo(4);
        assertThat(SharedText.replayFrom(23, 4)).isEqualTo(16);
        assertThat(SharedText.replayFrom(5000)).isEqualTo(SharedText.GENERATION);
        for (int opened : new int[] {3, 8, 9, 11, 23}) {
            SharedText whole = new SharedText(4, 1 << 16);
            SharedText reopened = new SharedText(4, 1 << 16);
            for (int i = 0; i < opened; i++) {
                whole.read(texts.get(i));
            }
            for (int i = SharedText.replayFrom(opened, 4); i < opened; i++) {
                reopened.read(texts.get(i));
            }
            assertThat(reopened.size()).as("opened after %d", opened).isEqualTo(whole.size());
            for (int i = opened; i < texts.size(); i++) {
                assertThat(reopened.read(texts.get(i))).as("text %d after opening at %d", i, opened).isEqualTo(whole.read(texts.get(i)));
            }
        }
    }
}
