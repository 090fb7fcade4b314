package dev.precis.server.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    @Test
    void theNextSendIsTodaysTimeUnlessItHasPassed() {
        LocalTime seven = LocalTime.of(7, 0);
        assertThat(DigestSchedule.next(Instant.parse("2026-03-02T05:10:00Z"), seven)).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(DigestSchedule.next(Instant.parse("2026-03-02T07:00:00Z"), seven)).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(DigestSchedule.next(Instant.parse("2026-03-02T07:00:01Z"), seven)).isEqualTo(Instant.parse("2026-03-03T07:00:00Z"));
        assertThat(DigestSchedule.next(Instant.parse("2026-12-31T23:59:00Z"), seven)).isEqualTo(Instant.parse("2027-01-01T07:00:00Z"));
    }
}
