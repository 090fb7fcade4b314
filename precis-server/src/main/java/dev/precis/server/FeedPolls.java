package dev.precis.server;

import dev.precis.ingest.FeedPoller;
import dev.precis.ingest.FeedResult;
import dev.precis.ingest.PollReport;
import dev.precis.store.Feed;
import dev.precis.store.Subscriptions;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "Poll now" from the API: reads run in the background on the server's own {@link FeedPoller} (the one
 * its schedule uses, so a feed is never read twice at once and the politeness limits are shared), and
 * each is a {@link Job} the caller can look up until it is done. A request for what is already being
 * read joins that job instead of starting another. The last {@value #KEPT} jobs are kept. Thread-safe.
 */
public final class FeedPolls implements AutoCloseable {

    /** Finished jobs kept for lookup. */
    static final int KEPT = 64;

    /** Why a one-feed read cannot start: being read by the schedule, or the publisher asked to wait. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * One "poll now": which feeds it covers, and when done, what each read did. Thread-safe.
     */
    public static final class Job {
        private final long id;
        private final Long feedId;
        private final boolean force;
        private final Instant started;
        private final Set<Long> feeds = new LinkedHashSet<>();
        private volatile Instant finished;
        private volatile List<FeedResult> results = List.of();
        private volatile String error;

        Job(long id, Long feedId, boolean force, Instant started) {
            this.id = id;
            this.feedId = feedId;
            this.force = force;
            this.started = started;
        }

        public long id() {
            return id;
        }

        /** The one feed asked for, or null for "all feeds". */
        public Long feedId() {
            return feedId;
        }

        public boolean force() {
            return force;
        }

        public Instant started() {
            return started;
        }

        /** When it ended, or null while running. */
        public Instant finished() {
            return finished;
        }

        /** "running", "done" or "failed". */
        public String state() {
            return finished == null ? "running" : error == null ? "done" : "failed";
        }

        /** What each read did (empty while running). */
        public List<FeedResult> results() {
            return results;
        }

        /** The feeds it was to read, in order. */
        public synchronized List<Long> feeds() {
            return List.copyOf(feeds);
        }

        /** Feeds it was to read but left out because they were being read already (by the schedule). */
        public List<Long> skipped() {
            if (finished == null) {
                return List.of();
            }
            Set<Long> done = new LinkedHashSet<>();
            results.forEach(r -> done.add(r.feedId()));
            return feeds().stream().filter(f -> !done.contains(f)).toList();
        }

        /** Why the whole job failed (the library was closed, the server stopped), or null. */
        public String error() {
            return error;
        }

        synchronized boolean covers(long feed) {
            return feeds.contains(feed);
        }
    }

    /** A job and whether the request joined one that was running. */
    public record Started(Job job, boolean joined) {
    }

    private final FeedPoller poller;
    private final Subscriptions subs;
    private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "precis-poll-now");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = new LinkedHashMap<>();

    /**
     * @param poller the poller the server's schedule uses (owned by the caller)
     * @param subs the library's subscriptions
     */
    public FeedPolls(FeedPoller poller, Subscriptions subs) {
        this.poller = Objects.requireNonNull(poller);
        this.subs = Objects.requireNonNull(subs);
    }

    /**
     * Reads every feed now (with {@code force}, also those whose publisher asked to wait), or joins the
     * "all feeds" job that is running.
     */
    public synchronized Started all(boolean force) throws IOException {
        for (Job j : jobs.values()) {
            if (j.feedId == null && j.finished == null) {
                return new Started(j, true);
            }
        }
        Instant now = Instant.now();
        List<Feed> feeds = force ? subs.list() : subs.due(now, false);
        return new Started(start(null, force, feeds, now), false);
    }

    /**
     * Reads one feed now, or joins the job reading it.
     *
     * @throws Refused when the schedule is reading it, or (without {@code force}) its publisher asked to wait
     */
    public synchronized Started one(Feed feed, boolean force) throws Refused {
        for (Job j : jobs.values()) {
            if (j.finished == null && j.covers(feed.id())) {
                return new Started(j, true);
            }
        }
        if (poller.busy(feed.id())) {
            throw new Refused("feed " + feed.id() + " is being read by the schedule now; GET /api/feeds/" + feed.id()
                    + " shows the outcome when it is done");
        }
        Instant now = Instant.now();
        if (!force && feed.notBefore() != null && feed.notBefore().isAfter(now)) {
            throw new Refused("feed " + feed.id() + ": its publisher asked not to be read before "
                    + feed.notBefore().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " (Retry-After, cache lifetime or backoff);"
                    + " add ?force=true to read it anyway");
        }
        return new Started(start(feed.id(), force, List.of(feed), now), false);
    }

    /** A job by id, while it is kept. */
    public synchronized Optional<Job> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private Job start(Long feedId, boolean force, List<Feed> feeds, Instant now) {
        Job job = new Job(ids.incrementAndGet(), feedId, force, now);
        synchronized (job) {
            feeds.forEach(f -> job.feeds.add(f.id()));
        }
        jobs.put(job.id, job);
        forgetOld();
        runner.execute(() -> run(job, feeds));
        return job;
    }

    private void run(Job job, List<Feed> feeds) {
        try {
            PollReport report = poller.pollAll(feeds);
            job.results = List.copyOf(report.feeds());
        } catch (IOException | RuntimeException e) {
            job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        } finally {
            job.finished = Instant.now();
        }
    }

    private void forgetOld() {
        List<Long> finished = new ArrayList<>();
        jobs.forEach((id, j) -> {
            if (j.finished != null) {
                finished.add(id);
            }
        });
        for (int i = 0; i < finished.size() - KEPT; i++) {
            jobs.remove(finished.get(i));
        }
    }

    /**
     * Waits (at most 20 s) for the jobs that are running; call {@link FeedPoller#stop()} first to end them
     * soon (between items: what was stored stays). Jobs are never interrupted: the library must not be.
     */
    @Override
    public void close() {
        runner.shutdown();
        try {
            runner.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
