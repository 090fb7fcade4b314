package dev.precis.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * The poller's time: what time it is and how to wait. The system clock outside tests; a test passes one
 * whose {@link #sleep} moves its time forward, so a simulated day of polling takes no real day.
 * Implementations must be thread-safe.
 */
public interface PollClock {

    Instant now();

    /** Waits {@code d} (returns at once for a zero or negative duration). */
    void sleep(Duration d) throws InterruptedException;

    /** The system clock and {@link Thread#sleep}. */
    static PollClock system() {
        return new PollClock() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void sleep(Duration d) throws InterruptedException {
                if (!d.isNegative() && !d.isZero()) {
                    Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
                }
            }
        };
    }
}
