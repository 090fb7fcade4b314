package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.extract.InternalAllowList;
import dev.precis.pipeline.Precis;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed item whose link cannot be fetched is stored from the feed's own text when that text is a
 * paragraph (at least {@link FeedText#MIN_WORDS} words), and the read's summary says so; a teaser item
 * still fails. Both ways a feed is read: {@code precis ingest FEED} (the {@link Ingester}) and a poll
 * ({@link FeedPoller}). The feed and its dead links are served on 127.0.0.1 by the test; the texts are
 * invented.
 */
class FeedTextFallbackTest {

    private static final String PARAGRAPH = FeedSite.PIER_PARAGRAPH;

    @TempDir
    Path tmp;
    private FeedSite site;
    private String base;

    @BeforeEach
    void start() throws Exception {
        site = new FeedSite(path -> path.equals("/feed.xml") ? new FeedSite.Reply(200, "application/rss+xml", feed())
                : new FeedSite.Reply(404, "text/plain", "gone"));
        base = site.base;
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String feed() {
        return site.rss(site.item("Pier to be rebuilt", "pier", PARAGRAPH), site.item("Ferry times", "ferry", "Read more on our site."));
    }

    @Test
    void ingestingAFeedStoresAnItemFromItsOwnTextWhenItsLinkFailsAndSaysSo() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            Ingester ingester = Ingester.builder(lib, Precis.builder().build()).threads(1).allowPrivateAddresses(true).build();
            IngestReport r = ingester.ingest(List.of(base + "/feed.xml"), null);
            // main: both items failed ("HTTP 404"), the paragraph was lost
            assertThat(r.added()).as(r.toString()).isEqualTo(1);
            assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.origin()).endsWith("/news/ferry"));
            assertThat(r.notes()).singleElement().asString()
                    .startsWith("1 feed item stored from the feed's own text: its page could not be fetched (first: " + base + "/news/pier: ")
                    .containsOnlyOnce("/news/pier");
            assertThat(lib.latest(0, 10)).singleElement().satisfies(ref -> assertThat(ref.title()).isEqualTo("Pier to be rebuilt"));
            dev.precis.model.Article stored = lib.article(lib.latest(0, 1).get(0).id()).orElseThrow().article();
            assertThat(stored.url()).isEqualTo(base + "/news/pier");
            assertThat(stored.text()).contains("rebuild the old stone pier");
            // the article itself says where its text came from (main: no mark on the article)
            assertThat(lib.article(lib.latest(0, 1).get(0).id()).orElseThrow().textNote())
                    .startsWith("stored from the feed's own text (the page could not be fetched: ").contains("404").endsWith(")");
        }
    }

    @Test
    void aPollStoresAnItemFromItsOwnTextWhenItsLinkFailsAndTheFeedsLineSaysSo() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            lib.subscriptions().add(base + "/feed.xml", null, null, Duration.ofMinutes(30), Instant.now()).orElseThrow();
            Ingester ingester = Ingester.builder(lib, Precis.builder().build()).threads(1).build();
            PollReport report;
            try (FeedPoller poller = FeedPoller.builder(ingester).hostGap(Duration.ofMillis(10)).fetchTimeout(Duration.ofSeconds(5))
                    .unsafeAllowInternalAddresses(InternalAllowList.parse(List.of("127.0.0.1"))).build()) {
                report = poller.pollNow();
            }
            FeedResult f = report.feeds().get(0);
            assertThat(f.ok()).as(f.toString()).isTrue();
            assertThat(f.added()).as(f.toString()).isEqualTo(1);
            assertThat(f.failed()).as(f.toString()).isEqualTo(1);
            assertThat(f.error()).isEqualTo("1 item stored from the feed's own text: its page could not be fetched");
            assertThat(lib.size()).isEqualTo(1);
            assertThat(lib.article(lib.latest(0, 1).get(0).id()).orElseThrow().textNote())
                    .startsWith("stored from the feed's own text (the page could not be fetched: ").contains("404").endsWith(")");
        }
    }

    @Test
    void anArticleReadFromItsPageCarriesNoNote() throws Exception {
        java.nio.file.Path note = java.nio.file.Files.writeString(tmp.resolve("pier.txt"), "Pier to be rebuilt\n\n" + PARAGRAPH);
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            Ingester.builder(lib, Precis.builder().build()).threads(1).build().ingest(List.of(note.toString()), null);
            assertThat(lib.article(lib.latest(0, 1).get(0).id()).orElseThrow().textNote()).isNull();
        }
    }
}
