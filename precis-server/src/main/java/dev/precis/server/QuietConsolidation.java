package dev.precis.server;

import dev.precis.store.Library;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Files the server's single additions into stories the way a batch ingest does at its end. A batch
 * ({@code precis ingest}, {@code POST /api/ingest}, a feed poll) calls {@link Library#consolidateStories()}
 * when it finishes; articles pasted or fetched one at a time have no end, so without this their story
 * merges and second chances never happen. Consolidation runs once writing has been quiet for
 * {@code quiet}, or at the latest {@code maxDelay} after the first addition waiting for it, so a steady
 * trickle of articles is consolidated too. {@link #close()} runs what is still waiting.
 *
 * <pre>{@code
 * QuietConsolidation c = new QuietConsolidation(library, Duration.ofSeconds(30), Duration.ofMinutes(10), log::warn);
 * c.added();   // after each article the intake stored
 * }</pre>
 */
public final class QuietConsolidation implements AutoCloseable {

    /** Default quiet period: a paste or two in a row are filed together. */
    public static final Duration QUIET = Duration.ofSeconds(30);
    /** Default longest wait under a steady trickle of additions. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(10);

    private final Library library;
    private final long quietNanos;
    private final long maxDelayNanos;
    private final Consumer<String> warn;
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService timer;
    /** nanoTime of the first addition waiting for consolidation; meaningful only while {@code waiting}. */
    private long firstAdded;
    private long lastAdded;
    private boolean waiting;
    private boolean closed;

    /**
     * Starts a daemon thread that checks four times per quiet period whether consolidation is due.
     *
     * @param warn receives a one-line message when a consolidation fails (the next one retries)
     */
    public QuietConsolidation(Library library, Duration quiet, Duration maxDelay, Consumer<String> warn) {
        this(library, quiet, maxDelay, warn, System::nanoTime, true);
    }

    /** A consolidation driven by {@link #runIfDue()} alone, on the given clock (tests). */
    static QuietConsolidation manual(Library library, Duration quiet, Duration maxDelay, LongSupplier nanoTime) {
        return new QuietConsolidation(library, quiet, maxDelay, m -> { }, nanoTime, false);
    }

    private QuietConsolidation(Library library, Duration quiet, Duration maxDelay, Consumer<String> warn, LongSupplier nanoTime,
            boolean timed) {
        this.library = Objects.requireNonNull(library, "library");
        if (quiet.isNegative() || quiet.isZero() || maxDelay.compareTo(quiet) < 0) {
            throw new IllegalArgumentException("quiet must be positive and at most maxDelay, got " + quiet + " and " + maxDelay);
        }
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        this.warn = Objects.requireNonNull(warn, "warn");
        this.nanoTime = nanoTime;
        if (timed) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "precis-story-consolidation");
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(1, quiet.toMillis() / 4);
            timer.scheduleWithFixedDelay(this::runQuietly, period, period, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /** Records that an article was stored; consolidation waits until writing is quiet again. */
    public synchronized void added() {
        long now = nanoTime.getAsLong();
        if (!waiting) {
            waiting = true;
            firstAdded = now;
        }
        lastAdded = now;
    }

    /**
     * Consolidates when an addition is waiting and writing has been quiet long enough (or the first
     * waiting addition is {@code maxDelay} old). Returns the number of articles moved, or -1 when not due.
     */
    int runIfDue() throws IOException {
        // decided under this object's lock, run outside it: additions never wait for a consolidation here
        return takeIfDue() ? library.consolidateStories() : -1;
    }

    private synchronized boolean takeIfDue() {
        if (!waiting || closed) {
            return false;
        }
        long now = nanoTime.getAsLong();
        if (now - lastAdded < quietNanos && now - firstAdded < maxDelayNanos) {
            return false;
        }
        // cleared first: an addition during the run is waited for again (consolidating twice is harmless)
        waiting = false;
        return true;
    }

    private void runQuietly() {
        try {
            runIfDue();
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                // retried at the next check; the library stays consistent (each merge is its own transaction)
                if (!waiting) {
                    waiting = true;
                    firstAdded = lastAdded = nanoTime.getAsLong();
                }
            }
            warn.accept("story consolidation failed, will retry: " + e.getMessage());
        }
    }

    /** Stops the timer and consolidates what is still waiting. Call before closing the library. */
    @Override
    public void close() throws IOException {
        if (timer != null) {
            // not shutdownNow: an interrupt inside a consolidation would close H2's file channel
            timer.shutdown();
            try {
                timer.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean run;
        synchronized (this) {
            run = waiting && !closed;
            waiting = false;
            closed = true;
        }
        if (run) {
            library.consolidateStories();
        }
    }
}
