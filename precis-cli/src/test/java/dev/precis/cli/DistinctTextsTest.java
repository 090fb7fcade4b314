package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistinctTextsTest {

    private static String text(int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            sb.append("The harbour board met for session ").append(i).append(" and voted on pier ").append(i * 3).append(". ");
        }
        return sb.toString();
    }

    @Test
    void rejectsSameWordsAndNearCopiesKeepsDistinctTexts() {
        DistinctTexts d = new DistinctTexts(0.5);
        assertThat(d.test(text(0, 60))).isTrue();
        assertThat(d.test(text(0, 60).toUpperCase().replace(".", "!"))).as("same words").isFalse();
        assertThat(d.test(text(0, 60) + " One more sentence at the end.")).as("near copy").isFalse();
        assertThat(d.test(text(1000, 60))).isTrue();
        assertThat(d.test(text(2000, 30) + text(30, 30))).as("shares half of the first").isTrue();
    }
}
