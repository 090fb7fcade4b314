package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void sameAnswerAsTheJdkForEveryChar() {
        int spaces = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertThat(Whitespace.is(ch)).as("U+%04X", c).isEqualTo(Character.isWhitespace(ch));
            spaces += Whitespace.is(ch) ? 1 : 0;
        }
        assertThat(spaces).isGreaterThan(10);
        assertThat(Whitespace.is('\u00a0')).isFalse();
        assertThat(Whitespace.is('\u2003')).isTrue();
    }
}
