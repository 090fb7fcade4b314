package dev.precis.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link CpuBudget}: a check that spins is stopped by CPU time, one that waits by the wall clock, others pass through. */
class CpuBudgetTest {

    @Test
    void aCheckThatSpinsPastItsCpuBudgetFails() {
        assertThatThrownBy(() -> CpuBudget.run(Duration.ofMillis(300), Duration.ofHours(1), () -> {
            long spins = 0;
            while (!Thread.currentThread().isInterrupted()) {
                spins++;
            }
            assertThat(spins).isPositive();
        })).isInstanceOf(AssertionError.class).hasMessage("the check used more than 300 ms of CPU time");
    }

    @Test
    void aCheckThatWaitsPastTheWallClockLimitFails() {
        assertThatThrownBy(() -> CpuBudget.run(Duration.ofHours(1), Duration.ofMillis(300), () -> Thread.sleep(60_000)))
                .isInstanceOf(AssertionError.class).hasMessage("the check did not end in 300 ms (wall clock)");
    }

    @Test
    void aCheckWithinItsBudgetReportsTheCpuItUsedAndItsFailuresComeThrough() throws Throwable {
        Duration used = CpuBudget.run(Duration.ofMinutes(5), Duration.ofHours(1), () -> assertThat(Math.sqrt(49)).isEqualTo(7));
        assertThat(used).isPositive().isLessThan(Duration.ofMinutes(5));
        assertThatThrownBy(() -> CpuBudget.run(Duration.ofMinutes(5), Duration.ofHours(1), () -> assertThat(1).isEqualTo(2)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected: 2");
        assertThatThrownBy(() -> CpuBudget.run(Duration.ofMinutes(5), Duration.ofHours(1), () -> {
            throw new IOException("page.html: cut short");
        })).isInstanceOf(IOException.class).hasMessage("page.html: cut short");
    }
}
