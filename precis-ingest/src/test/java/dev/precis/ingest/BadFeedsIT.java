package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.extract.InternalAllowList;
import dev.precis.pipeline.Precis;
import dev.precis.store.Feed;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.SearchQuery;
import dev.precis.store.Subscriptions;
import dev.precis.testing.TestPublisher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad feeds on a 127.0.0.1 publisher: not XML, a wrong encoding, an endless body, a hanging server,
 * 10,000 items, entity tricks (expansion and an external file), items without links or dates. Each is
 * recorded on its feed, and a good feed polled in the same round is read as usual.
 */
class BadFeedsIT {

    @TempDir
    Path tmp;

    private static String longText(long seed) {
        String[] a = TestPublisher.article(seed);
        return a[1];
    }

    @Test
    void eachBadFeedIsRecordedOnItselfAndTheOthersKeepPolling() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOPSECRETVALUE");
        try (TestPublisher pub = new TestPublisher(Instant::now);
             Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            String base = pub.base();
            pub.route("/good.xml", req -> TestPublisher.Answer.of(200, TestPublisher.rss("Good", List.of(
                    new TestPublisher.Item("g1", base + "/good/1.html", "Good one", Instant.parse("2026-03-01T10:00:00Z"), "teaser"))), Map.of()));
            pub.route("/good/1.html", req -> TestPublisher.Answer.of(200, TestPublisher.page(77), Map.of("Content-Type", "text/html")));
            pub.route("/html.xml", req -> TestPublisher.Answer.of(200, "<html><body><p>Not a feed at all</p></body></html>", Map.of()));
            pub.route("/garbage.xml", req -> TestPublisher.Answer.of(200, "\u0000\u0001 binary junk {]", Map.of()));
            byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 news</title>"
                    + "<item><guid>l1</guid><title>Caf\u00e9 reopens</title><description><![CDATA[" + longText(81) + "]]></description></item>"
                    + "</channel></rss>").getBytes(StandardCharsets.ISO_8859_1);
            pub.route("/latin1.xml", req -> new TestPublisher.Answer(200, Map.of("Content-Type", "application/rss+xml"), latin1, 0, false));
            pub.route("/endless.xml", req -> new TestPublisher.Answer(200, Map.of(), new byte[0], 0, true));
            pub.route("/hanging.xml", req -> new TestPublisher.Answer(200, Map.of(), "<rss/>".getBytes(StandardCharsets.UTF_8), 4_000, false));
            pub.route("/huge.xml", req -> TestPublisher.Answer.of(200, TestPublisher.rss("Huge", TestPublisher.listOf(10_000,
                    i -> new TestPublisher.Item("h" + i, null, "Item " + i, null, "just a line"))), Map.of("ETag", "\"h\"")));
            pub.route("/laughs.xml", req -> TestPublisher.Answer.of(200, "<?xml version=\"1.0\"?><!DOCTYPE rss ["
                    + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                    + "]><rss version=\"2.0\"><channel><title>&c;</title></channel></rss>", Map.of()));
            pub.route("/xxe.xml", req -> TestPublisher.Answer.of(200, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
                    + secret.toUri() + "\">]><rss version=\"2.0\"><channel><title>x</title><item><guid>x1</guid><title>&x;</title>"
                    + "<description>&x;</description></item></channel></rss>", Map.of()));
            pub.route("/bare.xml", req -> TestPublisher.Answer.of(200, TestPublisher.rss("Bare", List.of(
                    new TestPublisher.Item(null, null, null, null, longText(91)),
                    new TestPublisher.Item(null, null, "Untimed", null, longText(92)))), Map.of()));

            Subscriptions subs = lib.subscriptions();
            Instant now = Instant.now();
            for (String path : List.of("/good.xml", "/html.xml", "/garbage.xml", "/latin1.xml", "/endless.xml", "/hanging.xml",
                    "/huge.xml", "/laughs.xml", "/xxe.xml", "/bare.xml")) {
                subs.add(base + path, null, null, Duration.ofMinutes(30), now).orElseThrow();
            }
            Ingester ingester = Ingester.builder(lib, Precis.builder().build()).threads(1).build();
            try (FeedPoller poller = FeedPoller.builder(ingester).hostGap(Duration.ZERO).concurrency(3)
                    .fetchTimeout(Duration.ofSeconds(1)).maxBytes(2 * 1024 * 1024).maxNewItems(25)
                    .unsafeAllowInternalAddresses(InternalAllowList.parse(List.of("127.0.0.1"))).build()) {
                PollReport first = poller.pollNow();
                assertThat(first.feeds()).hasSize(10);

                assertThat(feed(subs, base, "/good.xml").health()).isEqualTo("ok");
                assertThat(lib.hasUrl(base + "/good/1.html")).isTrue();
                assertThat(error(subs, base, "/html.xml")).startsWith("not an RSS/Atom feed");
                assertThat(error(subs, base, "/garbage.xml")).startsWith("not an RSS/Atom feed");
                assertThat(error(subs, base, "/endless.xml")).contains("larger than");
                assertThat(error(subs, base, "/hanging.xml")).contains("timed out");
                assertThat(error(subs, base, "/laughs.xml")).startsWith("not an RSS/Atom feed").containsIgnoringCase("DOCTYPE");
                assertThat(error(subs, base, "/xxe.xml")).startsWith("not an RSS/Atom feed");
                assertThat(lib.search(SearchQuery.of("TOPSECRETVALUE")).total()).isZero();
                for (String bad : List.of("/html.xml", "/garbage.xml", "/endless.xml", "/hanging.xml", "/laughs.xml", "/xxe.xml")) {
                    Feed f = feed(subs, base, bad);
                    assertThat(f.failures()).as(bad).isEqualTo(1);
                    assertThat(f.health()).as(bad).isEqualTo("failing");
                    assertThat(f.nextPoll()).as(bad).isAfter(now.plus(Duration.ofMinutes(29)));
                }

                Feed latin = feed(subs, base, "/latin1.xml");
                assertThat(latin.health()).isEqualTo("warning");
                assertThat(latin.lastError()).contains("windows-1252");
                assertThat(latin.title()).isEqualTo("Caf\u00e9 news");
                assertThat(latin.items()).isEqualTo(1);

                FeedResult huge = first.feeds().stream().filter(r -> r.url().endsWith("/huge.xml")).findFirst().orElseThrow();
                assertThat(huge.added() + huge.known() + huge.failed()).isEqualTo(25);
                Feed hugeFeed = feed(subs, base, "/huge.xml");
                assertThat(hugeFeed.etag()).as("validators wait until every item is handled").isNull();
                assertThat(hugeFeed.lastError()).contains("more than 25 new items");

                Feed bare = feed(subs, base, "/bare.xml");
                assertThat(bare.items()).isEqualTo(2);

                // read everything again at once: no item is stored twice, the huge feed goes on where it stopped
                int size = lib.size();
                PollReport second = poller.pollAll(subs.list());
                FeedResult huge2 = second.feeds().stream().filter(r -> r.url().endsWith("/huge.xml")).findFirst().orElseThrow();
                assertThat(huge2.added() + huge2.known() + huge2.failed()).isEqualTo(25);
                assertThat(second.feeds().stream().filter(r -> r.url().endsWith("/bare.xml") || r.url().endsWith("/latin1.xml")
                        || r.url().endsWith("/good.xml")).mapToInt(FeedResult::added).sum()).isZero();
                assertThat(lib.size()).isEqualTo(size + huge2.added());
                assertThat(feed(subs, base, "/html.xml").failures()).isEqualTo(2);
            }
        }
    }

    private static Feed feed(Subscriptions subs, String base, String path) throws Exception {
        return subs.byUrl(base + path).orElseThrow();
    }

    private static String error(Subscriptions subs, String base, String path) throws Exception {
        String e = feed(subs, base, path).lastError();
        assertThat(e).as(path).isNotNull();
        return e;
    }
}
