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

    @Test
    void aWindowStartingLaterThanNowIsRefusedNamingItsValue() {
        // noon UTC on 10 June: 11 June has begun east of UTC+12, 12 June nowhere
        for (String v : new String[] {"2031-06-12", "2032-01-01", "2031-06-10T12:35:00Z", "2031-06-11T00:00:00+02:00"}) {
            assertThatThrownBy(() -> DigestWindow.parse(v, noon)).as(v)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("since " + v + ": in the future (now is 2031-06-10 12:34 UTC); give a past date or moment,"
                            + " or a duration like 24h or 7d");
        }
        assertThat(DigestWindow.parse("2031-06-10", noon).since()).as("today").hasToString("2031-06-10");
        assertThat(DigestWindow.parse("2031-06-11", noon).since()).as("already today somewhere").hasToString("2031-06-11");
        assertThat(DigestWindow.parse("2031-06-10T12:34:56Z", noon).addedSince()).as("now").isEqualTo(noon.instant());
        assertThat(DigestWindow.parse("24h", noon).addedSince()).isEqualTo(Instant.parse("2031-06-09T12:34:56Z"));
    }

    @Test
    void addedArticlesCountFromTheStartOfADateWindowsDayButOnlyUndatedOnes() {
        DigestWindow date = DigestWindow.parse("2031-01-02", noon);
        assertThat(date.addedFrom()).isEqualTo(Instant.parse("2031-01-02T00:00:00Z"));
        assertThat(date.addedSinceFor()).isEqualTo("undated");
        DigestWindow day = DigestWindow.parse("1d", noon);
        assertThat(day.addedFrom()).isEqualTo(Instant.parse("2031-06-09T12:34:56Z"));
        assertThat(day.addedSinceFor()).isEqualTo("all");
    }
}
