package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.extract.InternalAllowList;
import dev.precis.pipeline.Precis;
import dev.precis.store.ArticleView;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.SearchHit;
import dev.precis.store.SearchQuery;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis ingest} of the page of an article stored from its feed's text (a one-off read of the feed, or a
 * poll, when the page could not be fetched) refreshes that article from the page, whether the page's URL is named or
 * the feed is read again; a page that is the article's own already is a duplicate, as before. A subscribed feed's
 * item refreshed that way is not asked for again by the polls. The feed and its page are served on 127.0.0.1 by the
 * test; the texts are invented.
 */
class FeedTextReingestTest {

    @TempDir
    Path tmp;
    private FeedSite site;
    private final AtomicBoolean pierUp = new AtomicBoolean();
    private final AtomicInteger pierRequests = new AtomicInteger();
    /** The page names another address of itself as canonical (a CMS's permanent link). */
    private final AtomicBoolean canonical = new AtomicBoolean();

    @BeforeEach
    void start() throws Exception {
        site = new FeedSite(path -> {
            if (path.equals("/feed.xml")) {
                return new FeedSite.Reply(200, "application/rss+xml", site.rss(site.item("Pier to close", "pier",
                        FeedTextRefreshAftermathTest.PIER_TEASER)));
            }
            if (path.equals("/news/pier")) {
                pierRequests.incrementAndGet();
            }
            String page = canonical.get() ? FeedSite.PIER_PAGE.replace("</head>",
                    "<link rel=\"canonical\" href=\"https://lowmere.example/2026/harbour/pier-caissons\"></head>") : FeedSite.PIER_PAGE;
            return path.equals("/news/pier") && pierUp.get() ? new FeedSite.Reply(200, "text/html; charset=utf-8", page)
                    : new FeedSite.Reply(503, "text/plain", "busy");
        });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Ingester ingester(Library lib) {
        return Ingester.builder(lib, Precis.builder().build()).threads(1).allowPrivateAddresses(true).build();
    }

    private static long only(Library lib) throws Exception {
        assertThat(lib.size()).isEqualTo(1);
        return lib.latest(0, 1).get(0).id();
    }

    private static void assertRefreshed(Library lib, long id) throws Exception {
        ArticleView v = lib.article(id).orElseThrow();
        assertThat(v.textNote()).isNull();
        assertThat(v.article().title()).isEqualTo("Lowmere pier to rest on concrete caissons");
        assertThat(lib.search(SearchQuery.of("caissons")).hits()).extracting(SearchHit::articleId).containsExactly(id);
        assertThat(lib.logCounts()).containsEntry("REFRESHED", 1);
        assertThat(lib.check().consistent()).isTrue();
    }

    @Test
    void ingestingThePageOfAnArticleStoredFromItsFeedsTextRefreshesIt() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            Ingester ingester = ingester(lib);
            assertThat(ingester.ingest(List.of(site.base + "/feed.xml"), null).added()).isEqualTo(1);
            long pier = only(lib);
            assertThat(lib.article(pier).orElseThrow().textNote()).contains("503");
            IngestReport still = ingester.ingest(List.of(site.base + "/feed.xml"), null);
            assertThat(still.duplicates()).as("the page still down: the same feed text, a duplicate").isEqualTo(1);
            assertThat(still.refreshed()).isZero();

            pierUp.set(true);
            IngestReport page = ingester.ingest(List.of(site.base + "/news/pier"), null);
            // main: a duplicate of the feed text by its URL, the page's text never stored
            assertThat(page.refreshed()).as(page.toString()).isEqualTo(1);
            assertThat(page.added() + page.duplicates() + page.nearDuplicates()).isZero();
            assertThat(page.nothingIngested()).isFalse();
            assertThat(page.notes()).containsExactly("1 article stored from the feed's own text refreshed from its page");
            assertThat(only(lib)).isEqualTo(pier);
            assertRefreshed(lib, pier);

            IngestReport again = ingester.ingest(List.of(site.base + "/news/pier"), null);
            assertThat(again.duplicates()).as("the article's own page now").isEqualTo(1);
            assertThat(again.refreshed()).isZero();
        }
    }

    @Test
    void aPageNamingAnotherCanonicalAddressRefreshesTheArticleAtItsFetchedAddress() throws Exception {
        canonical.set(true);
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            Ingester ingester = ingester(lib);
            ingester.ingest(List.of(site.base + "/feed.xml"), null);
            long pier = only(lib);
            pierUp.set(true);
            IngestReport page = ingester.ingest(List.of(site.base + "/news/pier"), null);
            // main: added beside the teaser under the canonical address (two articles, the teaser never refreshed)
            assertThat(page.refreshed()).as(page.toString()).isEqualTo(1);
            assertThat(page.added()).isZero();
            assertThat(only(lib)).isEqualTo(pier);
            assertRefreshed(lib, pier);
            assertThat(lib.article(pier).orElseThrow().article().url()).isEqualTo(site.base + "/news/pier");

            IngestReport feed = ingester.ingest(List.of(site.base + "/feed.xml"), null);
            assertThat(feed.added() + feed.refreshed()).as("read again: the article's own page, " + feed).isZero();
            assertThat(only(lib)).isEqualTo(pier);
        }
    }

    @Test
    void readingTheFeedAgainOnceItsPageLoadsRefreshesTheArticle() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            Ingester ingester = ingester(lib);
            ingester.ingest(List.of(site.base + "/feed.xml"), null);
            long pier = only(lib);
            pierUp.set(true);
            IngestReport r = ingester.ingest(List.of(site.base + "/feed.xml"), null);
            assertThat(r.refreshed()).as(r.toString()).isEqualTo(1);
            assertThat(only(lib)).isEqualTo(pier);
            assertRefreshed(lib, pier);
        }
    }

    @Test
    void aSubscribedFeedsItemRefreshedByIngestingItsPageIsNotAskedForAgainByThePolls() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            lib.subscriptions().add(site.base + "/feed.xml", null, null, Duration.ofMinutes(30), Instant.now()).orElseThrow();
            Ingester ingester = ingester(lib);
            try (FeedPoller poller = FeedPoller.builder(ingester).hostGap(Duration.ofMillis(10)).fetchTimeout(Duration.ofSeconds(5))
                    .unsafeAllowInternalAddresses(InternalAllowList.parse(List.of("127.0.0.1"))).build()) {
                poller.pollAll(lib.subscriptions().list());
                long pier = only(lib);
                pierUp.set(true);
                assertThat(ingester.ingest(List.of(site.base + "/news/pier"), null).refreshed()).isEqualTo(1);
                assertRefreshed(lib, pier);
                int asked = pierRequests.get();
                FeedResult next = poller.pollAll(lib.subscriptions().list()).feeds().get(0);
                assertThat(pierRequests.get()).as("the poll does not ask for the page again").isEqualTo(asked);
                assertThat(next.error()).isNull();
                assertThat(lib.logCounts()).containsEntry("REFRESHED", 1);
            }
        }
    }
}
