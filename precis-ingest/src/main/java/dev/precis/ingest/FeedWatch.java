package dev.precis.ingest;

import dev.precis.store.Subscriptions;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Keeps the subscriptions fresh until stopped: reads the feeds that are due, then waits until the next
 * one is (at most {@code maxIdle}, so feeds added meanwhile are noticed). Runs in the caller's thread
 * ({@link #runUntil}) or its own ({@link #start}). A failing round is reported and the loop goes on.
 * Stopping the watch stops its poller's reads too ({@link FeedPoller#stop()}). Thread-safe.
 *
 * <pre>{@code
 * try (FeedWatch watch = new FeedWatch(poller, library.subscriptions(), PollClock.system(), Duration.ofSeconds(30),
 *         report -> log(report), error -> log(error))) {
 *     watch.start();
 *     ...
 * }
 * }</pre>
 */
public final class FeedWatch implements AutoCloseable {

    private final FeedPoller poller;
    private final Subscriptions subs;
    private final PollClock clock;
    private final Duration maxIdle;
    private final Consumer<PollReport> onRound;
    private final Consumer<IOException> onError;
    private volatile boolean stopped;
    private volatile Thread thread;
    /** True while the loop's thread sleeps: the only time {@link #stop()} interrupts it. Guarded by {@code this}. */
    private boolean sleeping;
    private boolean ownThread;

    public FeedWatch(FeedPoller poller, Subscriptions subs, PollClock clock, Duration maxIdle,
                     Consumer<PollReport> onRound, Consumer<IOException> onError) {
        this.poller = Objects.requireNonNull(poller);
        this.subs = Objects.requireNonNull(subs);
        this.clock = Objects.requireNonNull(clock);
        this.maxIdle = Objects.requireNonNull(maxIdle);
        this.onRound = Objects.requireNonNull(onRound);
        this.onError = Objects.requireNonNull(onError);
    }

    /** Polls until {@code end} (by the watch's clock), until {@link #stop()} or {@link #close()}, or until interrupted. */
    public void runUntil(Instant end) {
        synchronized (this) {
            if (thread == null) {
                thread = Thread.currentThread();
            }
        }
        while (!stopped && !Thread.currentThread().isInterrupted() && clock.now().isBefore(end)) {
            try {
                PollReport report = poller.pollDue();
                if (!report.feeds().isEmpty()) {
                    onRound.accept(report);
                }
            } catch (IOException e) {
                if (stopped) {
                    return; // the reads were stopped: no error
                }
                onError.accept(e);
            } catch (RuntimeException e) {
                onError.accept(new IOException("polling failed: " + IngestSources.message(e), e));
            }
            Instant now = clock.now();
            Instant wake = now.plus(maxIdle);
            try {
                Instant next = subs.nextPoll().orElse(wake);
                wake = next.isBefore(wake) ? next : wake;
            } catch (IOException e) {
                onError.accept(e);
            }
            if (wake.isAfter(end)) {
                wake = end;
            }
            Duration wait = Duration.between(now, wake);
            if (wait.compareTo(Duration.ofSeconds(1)) < 0) {
                wait = Duration.ofSeconds(1); // a feed still in progress elsewhere is not busy-waited for
            }
            try {
                sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sleep(Duration wait) throws InterruptedException {
        synchronized (this) {
            if (stopped) {
                return;
            }
            sleeping = true;
        }
        try {
            clock.sleep(wait);
        } finally {
            synchronized (this) {
                sleeping = false;
                // a stop's interrupt ends the sleep only; the loop then sees the flag and ends
                Thread.interrupted();
            }
        }
    }

    /**
     * Ends the loop and returns at once: a sleep is interrupted, reads in progress are stopped through
     * {@link FeedPoller#stop()} (between items; the library is never interrupted in a write).
     */
    public void stop() {
        synchronized (this) {
            stopped = true;
            if (sleeping && thread != null) {
                thread.interrupt();
            }
        }
        poller.stop();
    }

    /** Runs the loop in a daemon thread named {@code precis-feed-watch}. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        Thread t = new Thread(() -> runUntil(Instant.MAX), "precis-feed-watch");
        t.setDaemon(true);
        thread = t;
        ownThread = true;
        t.start();
    }

    /** {@link #stop()}, then waits up to 20 s for the loop's thread to end (not when it runs in the caller's thread). */
    @Override
    public void close() {
        stop();
        Thread t;
        synchronized (this) {
            t = ownThread ? thread : null;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
