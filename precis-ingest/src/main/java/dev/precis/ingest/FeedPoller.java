package dev.precis.ingest;

import dev.precis.extract.InternalAllowList;
import dev.precis.extract.SafeFetcher;
import dev.precis.store.Feed;
import dev.precis.store.FeedUpdate;
import dev.precis.store.Library;
import dev.precis.store.Subscriptions;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;

/**
 * Reads the library's subscriptions politely and stores their new articles. Each feed has its own
 * schedule (its interval, raised to the publisher's cache lifetime; Retry-After after a 429 or 503;
 * exponential backoff with jitter after failures); a read is a conditional GET (If-None-Match,
 * If-Modified-Since), so an unchanged feed costs one request and a 304. At most one request at a time
 * goes to a host, with a minimum gap, and at most {@code concurrency} feeds are read at once. Items
 * whose GUID or link the library already has are skipped without fetching their page; pages are
 * fetched through {@link SafeFetcher}. Permanent redirects replace the feed's URL.
 *
 * <p>Crash safety: an item is recorded as handled in the same transaction that commits its article,
 * and the feed's validators are stored only after all its items are handled, so a reader killed in the
 * middle reads the feed in full again at the next start and stores each item exactly once.
 *
 * <p>A bad feed (not XML, a wrong encoding, an endless body, a hanging server, a DOCTYPE with entities)
 * is recorded on the feed and backs off; nothing it does stops the other feeds. Thread-safe.
 *
 * <pre>{@code
 * FeedPoller poller = FeedPoller.builder(ingester).build();
 * PollReport report = poller.pollDue();
 * }</pre>
 */
public final class FeedPoller implements AutoCloseable {

    private final Ingester ingester;
    private final Library library;
    private final Subscriptions subs;
    private final PollClock clock;
    private final SafeFetcher fetcher;
    private final HostGate gate;
    private final ExecutorService pool;
    private final int maxNewItems;
    private final RandomGenerator random;
    private final Set<Long> inProgress = ConcurrentHashMap.newKeySet();
    /** Threads waiting on a publisher: the only ones {@link #stop()} interrupts (never one writing the library). */
    private final Set<Thread> fetching = new java.util.HashSet<>();
    private volatile boolean stopping;
    private final FeedItems feedItems;
    /** The pages of items stored from their feed's text, asked for again at each read of the feed. */
    private final FeedTextPages feedTextPages;

    private FeedPoller(Builder b) {
        this.ingester = b.ingester;
        this.library = b.ingester.library();
        this.subs = library.subscriptions();
        this.clock = b.clock;
        SafeFetcher.Policy d = SafeFetcher.Policy.DEFAULT;
        SafeFetcher.Policy policy = new SafeFetcher.Policy(d.connectTimeout().compareTo(b.fetchTimeout) < 0 ? d.connectTimeout() : b.fetchTimeout,
                b.fetchTimeout, d.maxRedirects(), b.maxBytes, b.userAgent, false);
        this.fetcher = new SafeFetcher(policy, b.unsafeAllowed);
        this.gate = new HostGate(b.hostGap, b.clock);
        this.pool = Executors.newFixedThreadPool(b.concurrency, r -> {
            Thread t = new Thread(r, "precis-feed-poller");
            t.setDaemon(true);
            return t;
        });
        this.maxNewItems = b.maxNewItems;
        this.random = b.random;
        FeedItems.Pages pages = url -> fetch(url, () -> fetcher.fetch(url));
        this.feedItems = new FeedItems(ingester, clock, maxNewItems, pages, () -> stopping);
        this.feedTextPages = new FeedTextPages(ingester, pages, () -> stopping);
    }

    public static Builder builder(Ingester ingester) {
        return new Builder(ingester);
    }

    /** The User-Agent the poller sends by default: Precis, its version and what it is. */
    public static String defaultUserAgent() {
        return dev.precis.model.PrecisVersion.userAgent("feed reader");
    }

    /** {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d} (up to six digits), with no bounds; empty when it does not read so. */
    public static java.util.Optional<Duration> parseDuration(String value) {
        return PollSchedule.duration(value);
    }

    /**
     * A feed interval as written by people: {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d}; at least a minute.
     *
     * @throws IllegalArgumentException naming the value
     */
    public static Duration parseInterval(String value) {
        return PollSchedule.interval(value);
    }

    /** Which feeds of a list are read: those the schedule says, those the publisher allows, or all. */
    private enum Due { SCHEDULED, ALLOWED, ANY }

    /** Reads the feeds whose schedule says now. */
    public PollReport pollDue() throws IOException {
        return pollAll(subs.due(clock.now(), true), Due.SCHEDULED);
    }

    /** Reads every feed now, except those whose publisher asked to wait (Retry-After, backoff, cache lifetime). */
    public PollReport pollNow() throws IOException {
        return pollAll(subs.due(clock.now(), false), Due.ALLOWED);
    }

    /**
     * Reads these feeds now, whatever their schedule (tests, a reader's "poll now"). A feed being read
     * already (by another caller of this poller) is left out of the report, not read twice at once.
     */
    public PollReport pollAll(List<Feed> feeds) throws IOException {
        return pollAll(feeds, Due.ANY);
    }

    /** True while the feed is being read by this poller (its schedule or someone's "poll now"). */
    public boolean busy(long feedId) {
        return inProgress.contains(feedId);
    }

    private PollReport pollAll(List<Feed> feeds, Due due) throws IOException {
        List<Future<FeedResult>> futures = new ArrayList<>();
        for (Feed f : feeds) {
            futures.add(pool.submit(() -> poll(f.id(), due)));
        }
        List<FeedResult> results = new ArrayList<>();
        for (Future<FeedResult> fu : futures) {
            try {
                FeedResult r = fu.get();
                if (r != null) {
                    results.add(r);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                // not cancel(true): a read stops between items (stop()), never in the middle of a write
                futures.forEach(x -> x.cancel(false));
                throw new IOException("polling interrupted");
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("polling failed: " + IngestSources.message(e.getCause()), e.getCause());
            }
        }
        // a refreshed article planned as a story of its own waits for its second chance like a new one
        if (results.stream().anyMatch(r -> r.added() > 0) || library.pendingStoryWork() > 0) {
            library.consolidateStories();
        }
        return new PollReport(results);
    }

    /** Reads one feed now; null when it is being read already or was unsubscribed. */
    public FeedResult poll(Feed feed) throws IOException {
        return poll(feed.id(), Due.ANY);
    }

    private FeedResult poll(long id, Due due) throws IOException {
        if (!inProgress.add(id)) {
            return null;
        }
        try {
            // its state as stored now, not as listed: another read may have finished since the list was made
            Feed feed = subs.byId(id).orElse(null);
            Instant now = clock.now();
            if (feed == null || due == Due.SCHEDULED && later(feed.nextPoll(), now) || due == Due.ALLOWED && later(feed.notBefore(), now)) {
                return null;
            }
            return read(feed);
        } finally {
            inProgress.remove(id);
        }
    }

    private static boolean later(Instant t, Instant now) {
        return t != null && t.isAfter(now);
    }

    /** Reads one feed: first the pages of its items stored from its text, asked for again (counted in its pages fetched). */
    private FeedResult read(Feed feed) throws IOException {
        FeedTextPages.Retried retried = feedTextPages.retry(feed);
        return read(feed, retried.refreshed()).withMorePages(retried.pages());
    }

    private FeedResult read(Feed feed, int refreshed) throws IOException {
        Instant started = clock.now();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1");
        if (feed.etag() != null) {
            headers.put("If-None-Match", feed.etag());
        }
        if (feed.lastModified() != null) {
            headers.put("If-Modified-Since", feed.lastModified());
        }
        SafeFetcher.Response response;
        try {
            response = fetch(feed.url(), () -> fetcher.exchange(feed.url(), headers));
        } catch (InterruptedException e) {
            throw FeedItems.stopped();
        } catch (Exception e) {
            if (stopping) {
                throw FeedItems.stopped(); // not the feed's failure
            }
            return failed(feed, 0, IngestSources.message(e), Map.of(), started);
        }
        Instant now = clock.now();
        String url = newUrl(feed, response);
        int status = response.status();
        Duration lifetime = PollSchedule.cacheLifetime(response.headers(), now);
        if (status == 304) {
            String etag = response.headers().getOrDefault("ETag", feed.etag());
            String lastModified = response.headers().getOrDefault("Last-Modified", feed.lastModified());
            return done(feed, url, null, etag, lastModified, lifetime, 304, 0, 0, 0, 0, FeedTextPages.withNote(null, refreshed), now);
        }
        if (status != 200) {
            return failed(feed.withUrl(url), status, "HTTP status " + status, response.headers(), now);
        }
        FeedParser.Document doc;
        try {
            doc = FeedParser.parse(response.bytes(), response.contentType());
        } catch (IOException e) {
            return failed(feed.withUrl(url), status, IngestSources.message(e), response.headers(), now);
        }
        FeedItems.Counts items = feedItems.store(feed, doc);
        // validators are stored only when every item was handled: otherwise the next read must see them all
        String etag = items.complete ? response.headers().get("ETag") : null;
        String lastModified = items.complete ? response.headers().get("Last-Modified") : null;
        String warning = doc.warning() != null ? doc.warning()
                : items.complete ? null : "more than " + maxNewItems + " new items: the rest at the next reads";
        if (items.feedTextNote() != null) {
            warning = warning == null ? items.feedTextNote() : warning + "; " + items.feedTextNote();
        }
        return done(feed, url, doc.title(), etag, lastModified, lifetime, 200, items.added, items.known, items.failed,
                items.pages, FeedTextPages.withNote(warning, refreshed), clock.now());
    }

    /** The URL to use from now on: a permanent redirect's target unless another subscription has it. */
    private String newUrl(Feed feed, SafeFetcher.Response response) throws IOException {
        String p = response.permanentUrl();
        if (p == null || p.equals(feed.url()) || subs.byUrl(p).isPresent()) {
            return feed.url();
        }
        return p;
    }

    private FeedResult done(Feed feed, String url, String title, String etag, String lastModified, Duration lifetime, int status,
                            int added, int known, int failed, int pages, String warning, Instant now) throws IOException {
        Duration wait = feed.interval().compareTo(lifetime) >= 0 ? feed.interval() : lifetime;
        Instant next = now.plus(wait);
        subs.record(feed.id(), new FeedUpdate(url, title, etag, lastModified, next, now.plus(lifetime), 0, warning, status, now, added > 0));
        return new FeedResult(feed.id(), url, status, added, known, failed, pages, true, warning, next);
    }

    private FeedResult failed(Feed feed, int status, String error, Map<String, String> headers, Instant now) throws IOException {
        int failures = feed.failures() + 1;
        Duration wait = PollSchedule.backoff(feed.interval(), failures, random);
        if (status == 429 || status == 503) {
            // the publisher's own wait, unless it keeps refusing: then at least the backoff
            Duration asked = PollSchedule.retryAfter(headers, now).orElse(wait);
            wait = failures >= 3 && asked.compareTo(wait) < 0 ? wait : asked;
        }
        Instant next = now.plus(wait);
        subs.record(feed.id(), new FeedUpdate(feed.url(), null, feed.etag(), feed.lastModified(), next, next, failures, error,
                status == 0 ? null : status, now, false));
        return new FeedResult(feed.id(), feed.url(), status, 0, 0, 0, 0, false, error, next);
    }

    /** A request through the host gate, interruptible by {@link #stop()} while it waits on the publisher. */
    private <T> T fetch(String url, HostGate.Call<T> call) throws Exception {
        Thread me = Thread.currentThread();
        synchronized (fetching) {
            if (stopping) {
                throw new InterruptedException();
            }
            fetching.add(me);
        }
        try {
            return gate.request(url, call);
        } finally {
            synchronized (fetching) {
                fetching.remove(me);
                Thread.interrupted(); // a stop's interrupt ends this fetch, never a write that follows
            }
        }
    }

    /**
     * Stops reading: requests waiting on a publisher are interrupted, and each read ends before its next
     * item (what was stored stays; the rest is read at the next start). Reads of the library in progress
     * finish first: H2 and Lucene must never see an interrupt. Returns at once.
     */
    public void stop() {
        synchronized (fetching) {
            stopping = true;
            fetching.forEach(Thread::interrupt);
        }
    }

    /** {@link #stop()}, then waits (at most 20 s) for the reads to end. */
    @Override
    public void close() {
        stop();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Configures a {@link FeedPoller}. Not thread-safe. */
    public static final class Builder {
        private final Ingester ingester;
        private PollClock clock = PollClock.system();
        private int concurrency = 4;
        private Duration hostGap = Duration.ofSeconds(2);
        private Duration fetchTimeout = Duration.ofSeconds(30);
        private int maxBytes = 8 * 1024 * 1024;
        private int maxNewItems = 100;
        private String userAgent = defaultUserAgent();
        private InternalAllowList unsafeAllowed = InternalAllowList.NONE;
        private RandomGenerator random = new java.util.SplittableRandom();

        private Builder(Ingester ingester) {
            this.ingester = Objects.requireNonNull(ingester);
        }

        public Builder clock(PollClock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        /** Feeds read at once at most (default 4). */
        public Builder concurrency(int value) {
            if (value < 1 || value > 64) {
                throw new IllegalArgumentException("concurrency must be 1..64, got " + value);
            }
            this.concurrency = value;
            return this;
        }

        /** The least time between two requests to one host (default 2 s). */
        public Builder hostGap(Duration value) {
            this.hostGap = Objects.requireNonNull(value);
            return this;
        }

        /** The whole time a feed or page may take (default 30 s). */
        public Builder fetchTimeout(Duration value) {
            this.fetchTimeout = Objects.requireNonNull(value);
            return this;
        }

        /** The largest feed or page read (default 8 MiB). */
        public Builder maxBytes(int value) {
            this.maxBytes = value;
            return this;
        }

        /** New items taken from one read of a feed at most (default 100); the rest at the next reads. */
        public Builder maxNewItems(int value) {
            this.maxNewItems = value;
            return this;
        }

        public Builder userAgent(String value) {
            this.userAgent = Objects.requireNonNull(value);
            return this;
        }

        /** Loopback or private addresses feeds and pages may be read from (tests, private deployments); none by default. */
        public Builder unsafeAllowInternalAddresses(InternalAllowList value) {
            this.unsafeAllowed = Objects.requireNonNull(value);
            return this;
        }

        /** The jitter's random numbers (a seeded one in tests). */
        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value);
            return this;
        }

        public FeedPoller build() {
            return new FeedPoller(this);
        }
    }
}
