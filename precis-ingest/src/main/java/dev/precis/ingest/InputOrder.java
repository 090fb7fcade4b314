package dev.precis.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs the writes of a batch in input order, whichever worker finishes its item first. A worker hands in
 * item {@code i}'s write with {@link #submit}; the write is parked until every earlier one has run, and
 * the worker that hands in the next due write runs it and every parked write after it, outside the
 * lock, while other workers go on analysing. So the library receives the articles in the order they
 * were listed, and ids, duplicates, stories and related articles do not depend on thread timing.
 * Hand-written because it is a few lines on top of a monitor; the JDK has no ordered hand-off.
 * Thread-safe. Writes must not throw (a throwing write is propagated to the worker that ran it, and the
 * next submission resumes the queue).
 */
final class InputOrder {

    private final Map<Integer, Runnable> parked = new HashMap<>();
    private int next;
    private boolean draining;

    /** Hands in write number {@code index} (0, 1, 2, … each exactly once); may run parked writes. */
    void submit(int index, Runnable write) {
        synchronized (this) {
            parked.put(index, write);
            if (draining) {
                return; // the thread draining now will reach it
            }
            draining = true;
        }
        while (true) {
            Runnable due;
            synchronized (this) {
                due = parked.remove(next);
                if (due == null) {
                    draining = false;
                    return;
                }
                next++;
            }
            try {
                due.run();
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    draining = false;
                }
                throw e;
            }
        }
    }

    /** Number of writes that have run (or are running). */
    synchronized int written() {
        return next;
    }

    /** Number of writes handed in but waiting for an earlier one. */
    synchronized int waiting() {
        return parked.size();
    }
}
