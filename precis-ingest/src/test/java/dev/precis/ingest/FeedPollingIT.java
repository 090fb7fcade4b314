package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.extract.InternalAllowList;
import dev.precis.pipeline.Precis;
import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import dev.precis.store.Feed;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.Subscriptions;
import dev.precis.testing.TestPublisher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: a publisher on 127.0.0.1 with 20 feeds, polled for a simulated day (the clock is
 * injected; nothing sleeps for real). Unchanged feeds cost one conditional request per interval and
 * no page fetch after the first read; a 429 with Retry-After: 120 is retried no sooner; a feed failing
 * every time backs off exponentially; new items reach the library and the digest.
 */
class FeedPollingIT {

    @TempDir
    Path tmp;

    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(30);
    private static final Duration GAP = Duration.ofSeconds(1);

    private TestPublisher.Item item(String base, int feed, int i, Instant published) {
        return new TestPublisher.Item("feed" + feed + "-item" + i, base + "/page/" + feed + "/" + i + ".html",
                TestPublisher.article(feed * 1000L + i)[0], published, "A short teaser.");
    }

    /** A feed that never changes: answers 304 to its ETag (or Last-Modified when {@code etag} is false). */
    private void unchanged(TestPublisher pub, String path, int feed, boolean etag, Map<String, String> extra) {
        String base = pub.base();
        String body = TestPublisher.rss("Feed " + feed, TestPublisher.listOf(2, i -> item(base, feed, i, START.minus(Duration.ofHours(2 - i)))));
        String lastModified = PollSchedule.format(START.minus(Duration.ofHours(1)));
        pub.route(path, req -> {
            boolean fresh = etag ? ("\"f" + feed + "\"").equals(req.ifNoneMatch()) : lastModified.equals(req.ifModifiedSince());
            Map<String, String> h = new java.util.HashMap<>(extra);
            if (etag) {
                h.put("ETag", "\"f" + feed + "\"");
            } else {
                h.put("Last-Modified", lastModified);
            }
            return fresh ? TestPublisher.Answer.of(304, null, h) : TestPublisher.Answer.of(200, body, h);
        });
    }

    private void pages(TestPublisher pub, int feed, int count) {
        for (int i = 0; i < count; i++) {
            long seed = feed * 1000L + i;
            pub.route("/page/" + feed + "/" + i + ".html", req -> TestPublisher.Answer.of(200, TestPublisher.page(seed),
                    Map.of("Content-Type", "text/html; charset=utf-8")));
        }
    }

    @Test
    void twentyFeedsOverASimulatedDay() throws Exception {
        SimulatedClock clock = new SimulatedClock(START);
        try (TestPublisher pub = new TestPublisher(clock::now);
             Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            String base = pub.base();
            for (int f = 0; f <= 13; f++) {
                unchanged(pub, "/feed/" + f + ".xml", f, true, Map.of());
                pages(pub, f, 2);
            }
            // 14: a new item at 06:00, 12:00 and 18:00
            pages(pub, 14, 5);
            pub.route("/feed/14.xml", req -> {
                List<TestPublisher.Item> items = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    Instant published = i < 2 ? START.minus(Duration.ofHours(3)) : START.plus(Duration.ofHours(6L * (i - 1)));
                    if (!published.isAfter(clock.now())) {
                        items.add(0, item(base, 14, i, published));
                    }
                }
                String etag = "\"v" + items.size() + "\"";
                return etag.equals(req.ifNoneMatch()) ? TestPublisher.Answer.of(304, null, Map.of("ETag", etag))
                        : TestPublisher.Answer.of(200, TestPublisher.rss("Changing feed", items), Map.of("ETag", etag));
            });
            // 15: its third request is refused with 429 and Retry-After: 120
            pages(pub, 15, 2);
            pub.route("/feed/15.xml", req -> pub.hits("/feed/15.xml").size() == 2
                    ? TestPublisher.Answer.of(429, "slow down", Map.of("Retry-After", "120"))
                    : "\"f15\"".equals(req.ifNoneMatch()) ? TestPublisher.Answer.of(304, null, Map.of("ETag", "\"f15\""))
                    : TestPublisher.Answer.of(200, TestPublisher.rss("Feed 15", TestPublisher.listOf(2, i -> item(base, 15, i, START))),
                            Map.of("ETag", "\"f15\"")));
            // 16: always fails
            pub.route("/feed/16.xml", req -> TestPublisher.Answer.of(500, "broken", Map.of()));
            // 17: Last-Modified only
            unchanged(pub, "/feed/17.xml", 17, false, Map.of());
            pages(pub, 17, 2);
            // 18: cacheable for two hours, longer than its interval
            unchanged(pub, "/feed/18.xml", 18, true, Map.of("Cache-Control", "public, max-age=7200"));
            pages(pub, 18, 2);
            // 19: moved permanently
            pub.route("/feed/19.xml", req -> new TestPublisher.Answer(301, Map.of("Location", "/feed/19-new.xml"), new byte[0], 0, false));
            unchanged(pub, "/feed/19-new.xml", 19, true, Map.of());
            pages(pub, 19, 2);

            Subscriptions subs = lib.subscriptions();
            for (int f = 0; f < 20; f++) {
                subs.add(base + "/feed/" + f + ".xml", null, f < 10 ? "Local" : "Region", INTERVAL, START).orElseThrow();
            }
            Ingester ingester = Ingester.builder(lib, Precis.builder().build()).threads(1).build();
            List<PollReport> rounds = new ArrayList<>();
            try (FeedPoller poller = FeedPoller.builder(ingester).clock(clock).hostGap(GAP).concurrency(4)
                    .fetchTimeout(Duration.ofSeconds(10)).random(new SplittableRandom(5))
                    .unsafeAllowInternalAddresses(InternalAllowList.parse(List.of("127.0.0.1"))).build()) {
                FeedWatch watch = new FeedWatch(poller, subs, clock, Duration.ofMinutes(5), rounds::add, e -> {
                    throw new AssertionError(e);
                });
                watch.runUntil(START.plus(Duration.ofDays(1)));
            }

            // the record for the README
            long feedRequests = pub.hits.stream().filter(h -> h.path().startsWith("/feed/")).count();
            long notModified = pub.hits.stream().filter(h -> h.status() == 304).count();
            long pageFetches = pub.hits.stream().filter(h -> h.path().startsWith("/page/")).count();
            System.out.printf("simulated day: %d feed requests (%d answered 304), %d page fetches, %d articles; feed 0: %d requests;"
                            + " max-age feed: %d; failing feed: %d; 429 feed retried after %d s%n", feedRequests, notModified, pageFetches,
                    lib.size(), pub.hits("/feed/0.xml").size(), pub.hits("/feed/18.xml").size(), pub.hits("/feed/16.xml").size(),
                    Duration.between(pub.hits("/feed/15.xml").get(2).at(), pub.hits("/feed/15.xml").get(3).at()).toSeconds());

            // every request names Precis and its version; one at a time, a gap apart (redirect hops aside)
            assertThat(pub.hits).allSatisfy(h -> assertThat(h.userAgent()).matches("Precis/\\S+ \\(feed reader.*"));
            assertThat(pub.maxInFlight.get()).isEqualTo(1);
            for (int i = 1; i < pub.hits.size(); i++) {
                if (pub.hits.get(i - 1).status() / 100 == 3) {
                    continue; // a redirect's next hop belongs to the same fetch
                }
                assertThat(Duration.between(pub.hits.get(i - 1).at(), pub.hits.get(i).at())).isGreaterThanOrEqualTo(GAP);
            }

            // unchanged feeds: one conditional request per interval, answered 304, no page fetch after the first read
            for (int f : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 17}) {
                List<TestPublisher.Hit> hits = pub.hits("/feed/" + f + ".xml");
                assertThat(hits.size()).as("feed %d reads in a day", f).isBetween(46, 48);
                assertThat(hits.get(0).status()).isEqualTo(200);
                for (int i = 1; i < hits.size(); i++) {
                    assertThat(hits.get(i).status()).as("feed %d read %d", f, i).isEqualTo(304);
                    assertThat(f == 17 ? hits.get(i).ifModifiedSince() : hits.get(i).ifNoneMatch()).isNotNull();
                    Duration gap = Duration.between(hits.get(i - 1).at(), hits.get(i).at());
                    assertThat(gap).isGreaterThanOrEqualTo(INTERVAL).isLessThan(INTERVAL.plusMinutes(2));
                }
                for (int i = 0; i < 2; i++) {
                    assertThat(pub.hits("/page/" + f + "/" + i + ".html")).as("page fetches of feed %d item %d", f, i).hasSize(1);
                }
            }

            // cache lifetime as a floor: every two hours, not every 30 minutes
            List<TestPublisher.Hit> cached = pub.hits("/feed/18.xml");
            assertThat(cached.size()).isBetween(11, 12);
            for (int i = 1; i < cached.size(); i++) {
                assertThat(Duration.between(cached.get(i - 1).at(), cached.get(i).at())).isGreaterThanOrEqualTo(Duration.ofHours(2));
            }

            // 429 with Retry-After: 120 is retried after 120 s, not sooner (and not left for a whole interval)
            List<TestPublisher.Hit> busy = pub.hits("/feed/15.xml");
            assertThat(busy.get(2).status()).isEqualTo(429);
            Duration retry = Duration.between(busy.get(2).at(), busy.get(3).at());
            assertThat(retry).isGreaterThanOrEqualTo(Duration.ofSeconds(120)).isLessThan(Duration.ofSeconds(180));
            assertThat(busy.get(3).status()).isEqualTo(304);

            // a feed failing every time backs off: each wait at least doubles the last minimum
            List<TestPublisher.Hit> failing = pub.hits("/feed/16.xml");
            assertThat(failing.size()).isBetween(5, 7);
            for (int i = 1; i < failing.size(); i++) {
                Duration least = INTERVAL.multipliedBy(1L << Math.min(i - 1, 5));
                assertThat(Duration.between(failing.get(i - 1).at(), failing.get(i).at())).as("wait after failure %d", i)
                        .isGreaterThanOrEqualTo(least).isLessThan(least.multipliedBy(2).plusMinutes(1));
            }
            Feed broken = subs.byUrl(base + "/feed/16.xml").orElseThrow();
            assertThat(broken.failures()).isEqualTo(failing.size());
            assertThat(broken.lastError()).isEqualTo("HTTP status 500");
            assertThat(broken.health()).isEqualTo("failing");

            // a permanent redirect is remembered: the old address was asked once
            assertThat(pub.hits("/feed/19.xml")).hasSize(1);
            assertThat(subs.list()).extracting(Feed::url).contains(base + "/feed/19-new.xml").doesNotContain(base + "/feed/19.xml");

            // the changing feed: each new item fetched once, stored, and in the digest
            for (int i = 0; i < 5; i++) {
                assertThat(pub.hits("/page/14/" + i + ".html")).as("page fetches of item %d", i).hasSize(1);
                assertThat(lib.hasUrl(base + "/page/14/" + i + ".html")).isTrue();
            }
            Feed changing = subs.byUrl(base + "/feed/14.xml").orElseThrow();
            assertThat(changing.items()).isEqualTo(5);
            assertThat(changing.lastNewItem()).isAfterOrEqualTo(START.plus(Duration.ofHours(18)));
            assertThat(changing.health()).isEqualTo("ok");
            Digest digest = lib.digest(new DigestWindow(LocalDate.parse("2026-03-02"), null), 50);
            List<String> digestTitles = digest.stories().stream().flatMap(e -> e.newArticles().stream()).map(a -> a.title()).toList();
            for (int i = 2; i < 5; i++) {
                assertThat(digestTitles).contains(TestPublisher.article(14 * 1000L + i)[0]);
            }
            // 19 feeds with 2 items each (not 16) plus the changing feed's 5
            assertThat(lib.size()).isEqualTo(18 * 2 + 5);
            assertThat(rounds).isNotEmpty();
        }
    }
}
