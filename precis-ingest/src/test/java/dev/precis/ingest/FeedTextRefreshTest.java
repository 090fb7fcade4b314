package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.extract.InternalAllowList;
import dev.precis.pipeline.Precis;
import dev.precis.store.ArticleRef;
import dev.precis.store.ArticleView;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.SearchHit;
import dev.precis.store.SearchQuery;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item stored from its feed's text because its page answered 503 is refreshed when the page loads at a later
 * read of the feed: the same article takes the page's text (note gone, new summary, found by the page's words, its
 * story retitled); a page that never comes is asked for {@link FeedTextPages#MAX_ATTEMPTS} times more, then no
 * longer. The feed and its pages are served on 127.0.0.1 by the test; the texts are invented.
 */
class FeedTextRefreshTest {

    private static final String FERRY_TEASER = "The island ferry between Lowmere and Skarra will run on a winter timetable from"
            + " next month, with two crossings a day instead of five, because the older of its two boats needs a new engine"
            + " and the harbour has no spare vessel to take its place.";

    @TempDir
    Path tmp;
    private FeedSite site;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicBoolean pierUp = new AtomicBoolean();

    @BeforeEach
    void start() throws Exception {
        site = new FeedSite(path -> {
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (path.equals("/feed.xml")) {
                return new FeedSite.Reply(200, "application/rss+xml", site.rss(
                        site.item("Pier to be rebuilt", "pier", FeedSite.PIER_PARAGRAPH), site.item("Winter ferry timetable", "ferry", FERRY_TEASER)));
            }
            return path.equals("/news/pier") && pierUp.get() ? new FeedSite.Reply(200, "text/html; charset=utf-8", FeedSite.PIER_PAGE)
                    : new FeedSite.Reply(503, "text/plain", "busy");
        });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private int requestsFor(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    private static ArticleRef titled(Library lib, String title) throws Exception {
        return lib.latest(0, 10).stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aPageThatLoadsAtALaterReadReplacesTheFeedTextAndOneThatNeverComesIsAskedForABoundedNumberOfTimes() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            lib.subscriptions().add(site.base + "/feed.xml", null, null, Duration.ofMinutes(30), Instant.now()).orElseThrow();
            Ingester ingester = Ingester.builder(lib, Precis.builder().build()).threads(1).build();
            try (FeedPoller poller = FeedPoller.builder(ingester).hostGap(Duration.ofMillis(10)).fetchTimeout(Duration.ofSeconds(5))
                    .unsafeAllowInternalAddresses(InternalAllowList.parse(List.of("127.0.0.1"))).build()) {
                assertThat(poller.pollAll(lib.subscriptions().list()).feeds().get(0).added()).isEqualTo(2);
                long pier = titled(lib, "Pier to be rebuilt").id();
                long ferry = titled(lib, "Winter ferry timetable").id();
                ArticleView before = lib.article(pier).orElseThrow();
                assertThat(before.textNote()).startsWith("stored from the feed's own text").contains("503");
                assertThat(lib.search(SearchQuery.of("caissons")).hits()).isEmpty();

                pierUp.set(true);
                assertThat(poller.pollAll(lib.subscriptions().list()).feeds().get(0).error())
                        .isEqualTo("1 item stored from the feed's text refreshed from its page");
                ArticleView after = lib.article(pier).orElseThrow();
                assertThat(lib.size()).as("the same article, not a second one").isEqualTo(2);
                assertThat(after.textNote()).isNull();
                assertThat(after.article().title()).isEqualTo("Lowmere pier to rest on concrete caissons");
                assertThat(after.article().text()).contains("six concrete caissons").contains("Hedda Marlow");
                assertThat(after.summary()).isNotEqualTo(before.summary());
                assertThat(lib.search(SearchQuery.of("caissons")).hits()).extracting(SearchHit::articleId).containsExactly(pier);
                assertThat(after.story().title()).as("its story planned again").isEqualTo("Lowmere pier to rest on concrete caissons");
                assertThat(lib.logCounts()).containsEntry("REFRESHED", 1);
                assertThat(lib.article(ferry).orElseThrow().textNote()).contains("503");

                for (int read = 3; read <= 6; read++) {
                    poller.pollAll(lib.subscriptions().list());
                }
                assertThat(requestsFor("/news/pier")).as("asked once more, then never again").isEqualTo(2);
                assertThat(requestsFor("/news/ferry")).as("the first read, then " + FeedTextPages.MAX_ATTEMPTS + " more")
                        .isEqualTo(1 + FeedTextPages.MAX_ATTEMPTS);
                assertThat(lib.article(ferry).orElseThrow().textNote()).as("the feed's text stays").contains("503");
                assertThat(lib.subscriptions().feedTextItems(lib.subscriptions().list().get(0).id(), FeedTextPages.MAX_ATTEMPTS, 99)).isEmpty();
            }
        }
    }
}
