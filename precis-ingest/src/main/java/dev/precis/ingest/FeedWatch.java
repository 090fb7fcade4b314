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
 * Thread-safe.
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

    public FeedWatch(FeedPoller poller, Subscriptions subs, PollClock clock, Duration maxIdle,
                     Consumer<PollReport> onRound, Consumer<IOException> onError) {
        this.poller = Objects.requireNonNull(poller);
        this.subs = Objects.requireNonNull(subs);
        this.clock = Objects.requireNonNull(clock);
        this.maxIdle = Objects.requireNonNull(maxIdle);
        this.onRound = Objects.requireNonNull(onRound);
        this.onError = Objects.requireNonNull(onError);
    }

    /** Polls until {@code end} (by the watch's clock), until {@link #close()} or until interrupted. */
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
                clock.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Runs the loop in a daemon thread named {@code precis-feed-watch}. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        Thread t = new Thread(() -> runUntil(Instant.MAX), "precis-feed-watch");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Stops the loop (interrupting a wait or a read in progress) and waits up to 10 s for it to end. */
    @Override
    public void close() {
        stopped = true;
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
