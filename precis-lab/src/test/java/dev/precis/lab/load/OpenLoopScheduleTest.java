package dev.precis.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {

    @Test
    void requestsAreDueAtFixedIntervals() {
        OpenLoopSchedule s = new OpenLoopSchedule(500);
        assertThat(s.dueNanos(0)).isZero();
        assertThat(s.dueNanos(1)).isEqualTo(2_000_000L);
        assertThat(s.dueNanos(500)).isEqualTo(1_000_000_000L);
        assertThat(s.dueNanos(501)).isEqualTo(1_002_000_000L);
        assertThat(s.count(30)).isEqualTo(15_000);
    }

    @Test
    void unevenRatesDoNotDrift() {
        OpenLoopSchedule s = new OpenLoopSchedule(3);
        assertThat(s.dueNanos(1)).isEqualTo(333_333_333L);
        assertThat(s.dueNanos(2)).isEqualTo(666_666_666L);
        assertThat(s.dueNanos(3)).isEqualTo(1_000_000_000L);
        // after an hour the due time is still exactly on the second
        assertThat(s.dueNanos(3L * 3600)).isEqualTo(3600L * 1_000_000_000L);
        for (long i = 1; i < 100; i++) {
            assertThat(s.dueNanos(i)).isGreaterThan(s.dueNanos(i - 1));
        }
    }

    @Test
    void largeIndexesDoNotOverflow() {
        OpenLoopSchedule s = new OpenLoopSchedule(1_000_000);
        assertThat(s.dueNanos(3_600_000_000L)).isEqualTo(3600L * 1_000_000_000L);
    }

    @Test
    void rejectsBadRatesAndIndexes() {
        assertThatThrownBy(() -> new OpenLoopSchedule(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate");
        assertThatThrownBy(() -> new OpenLoopSchedule(2_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenLoopSchedule(5).dueNanos(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenLoopSchedule(5).count(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
