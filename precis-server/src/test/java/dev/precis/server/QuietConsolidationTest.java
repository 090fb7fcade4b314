package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.store.Library;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuietConsolidationTest {

    @TempDir
    Path dir;

    @Test
    void waitsForQuietOrTheLongestDelayThenConsolidatesOnce() throws Exception {
        try (TestLibrary t = TestLibrary.empty(dir)) {
            Library lib = t.library;
            AtomicLong now = new AtomicLong();
            QuietConsolidation c = QuietConsolidation.manual(lib, Duration.ofSeconds(30), Duration.ofMinutes(10), now::get);
            assertThat(c.runIfDue()).as("nothing added, nothing to do").isEqualTo(-1);

            t.intake.addText(Fixtures.CHESS.text(), Fixtures.CHESS.title(), null);
            assertThat(lib.pendingStoryWork()).as("a new story waits for its second chance").isPositive();
            c.added();
            now.addAndGet(Duration.ofSeconds(29).toNanos());
            assertThat(c.runIfDue()).as("not quiet for 30 s yet").isEqualTo(-1);
            now.addAndGet(Duration.ofSeconds(1).toNanos());
            assertThat(c.runIfDue()).isNotNegative();
            assertThat(lib.pendingStoryWork()).isZero();
            assertThat(c.runIfDue()).as("once per waiting addition").isEqualTo(-1);

            // a steady trickle, one addition every 20 s, is consolidated after at most 10 minutes
            t.intake.addText(Fixtures.ORCHARD.text(), Fixtures.ORCHARD.title(), null);
            int runs = 0;
            for (int i = 0; i < 31; i++) {
                c.added();
                now.addAndGet(Duration.ofSeconds(20).toNanos());
                if (c.runIfDue() >= 0) {
                    runs++;
                    assertThat(i).as("consolidated at 10 minutes, not before").isEqualTo(29);
                }
            }
            assertThat(runs).isEqualTo(1);
            assertThat(lib.pendingStoryWork()).isZero();
        }
    }

    @Test
    void theServersIntakeConsolidatesByItselfAndOnClose() throws Exception {
        try (TestLibrary t = TestLibrary.empty(dir)) {
            try (ArticleIntake intake = TestLibrary.intake(t.library).consolidateWhenQuiet(Duration.ofMillis(200)).build()) {
                intake.addText(Fixtures.CHESS.text(), Fixtures.CHESS.title(), null);
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (t.library.pendingStoryWork() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(t.library.pendingStoryWork()).as("consolidated within 20 s of a 200 ms quiet period").isZero();
            }
            // an intake that waits long consolidates what is waiting when it closes
            ArticleIntake slow = TestLibrary.intake(t.library).consolidateWhenQuiet(Duration.ofHours(1)).build();
            slow.addText(Fixtures.ORCHARD.text(), Fixtures.ORCHARD.title(), null);
            assertThat(t.library.pendingStoryWork()).isPositive();
            slow.close();
            assertThat(t.library.pendingStoryWork()).isZero();
        }
    }

    @Test
    void refusesAQuietPeriodLongerThanTheLongestDelay() throws Exception {
        try (TestLibrary t = TestLibrary.empty(dir)) {
            assertThatThrownBy(() -> QuietConsolidation.manual(t.library, Duration.ofMinutes(20), Duration.ofMinutes(10), System::nanoTime))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
