package dev.precis.cli;

import dev.precis.server.digest.DigestSchedule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * A clock that stands still until the test moves it, and a timer on it: {@link #advanceTo} runs, in
 * the test's thread and in time order, each task whose time comes, so a day of a schedule takes no
 * real time. Thread-safe.
 */
final class VirtualTime extends Clock implements DigestSchedule.Timer {

    private record Task(Instant when, long seq, Runnable run) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparing(Task::when).thenComparingLong(Task::seq));
    private Instant now;
    private long seq;
    private boolean closed;

    VirtualTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }

    @Override
    public synchronized void at(Instant when, Runnable task) {
        if (!closed) {
            tasks.add(new Task(when, seq++, task));
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        tasks.clear();
    }

    /** Tasks waiting. */
    synchronized int waiting() {
        return tasks.size();
    }

    /** Moves the time to {@code t}, running each task that falls due on the way at its own time. */
    void advanceTo(Instant t) {
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.when().isAfter(t)) {
                    now = t.isAfter(now) ? t : now;
                    return;
                }
                tasks.poll();
                now = next.when().isAfter(now) ? next.when() : now;
            }
            next.run().run();
        }
    }
}
