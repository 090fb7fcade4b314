package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How a digest window reads to a person, in the digest's heading, feed title and mail subject. */
class DigestWindowLabelTest {

    private final Clock noon = Clock.fixed(Instant.parse("2031-06-10T12:34:56Z"), ZoneOffset.UTC);

    @Test
    void aDurationWindowReadsAsADayAndAMinuteInUtcWithoutTheMachineForm() {
        DigestWindow w = DigestWindow.parse("24h", noon);
        assertThat(w.label()).isEqualTo("since 2031-06-09 12:34 UTC");
        assertThat(w.label()).doesNotContain("T12").doesNotEndWith("Z");
    }

    @Test
    void aDateWindowReadsAsTheDate() {
        assertThat(DigestWindow.parse("2031-01-02", noon).label()).isEqualTo("since 2031-01-02");
    }

    @Test
    void aBadValueNamesItself() {
        assertThatThrownBy(() -> DigestWindow.parse("yesterdayish", noon))
                .hasMessageContaining("yesterdayish").hasMessageContaining("24h");
    }

    @Test
    void aDurationOfNoLengthIsRefusedWithTheSmallestOneNamed() {
        for (String v : new String[] {"0h", "0d", "00h", "00000d"}) {
            assertThatThrownBy(() -> DigestWindow.parse(v, noon)).as(v)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("since " + v + ": a duration must be at least 1h or 1d");
        }
        assertThat(DigestWindow.parse("1h", noon).label()).isEqualTo("since 2031-06-10 11:34 UTC");
    }
}
