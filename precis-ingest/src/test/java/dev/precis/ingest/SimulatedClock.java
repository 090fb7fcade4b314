package dev.precis.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A poll clock whose sleeps move its time forward at once: a simulated day takes seconds. */
final class SimulatedClock implements PollClock {

    private final AtomicReference<Instant> now;

    SimulatedClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        if (!d.isNegative() && !d.isZero()) {
            now.updateAndGet(t -> t.plus(d));
        }
    }
}
