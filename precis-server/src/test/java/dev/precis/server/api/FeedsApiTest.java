package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static dev.precis.server.api.ApiTestSupport.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.extract.InternalAllowList;
import dev.precis.ingest.FeedPoller;
import dev.precis.ingest.Ingester;
import dev.precis.server.FixtureLibrary;
import dev.precis.server.FeedPolls;
import dev.precis.server.Http;
import dev.precis.server.ServerContext;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import dev.precis.store.Feed;
import dev.precis.testing.TestPublisher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/feeds}: subscribing needs the token, bad input is a 400, a second subscription a 409; OPML
 * goes in through {@code /api/feeds/import} and comes out of {@code /api/feeds.opml} with its categories;
 * "poll now" reads feeds from a test publisher on 127.0.0.1 in the background, never twice at once.
 */
class FeedsApiTest {

    @RegisterExtension
    static final FixtureLibrary lib = new FixtureLibrary();

    @Test
    void subscribesListsAndUnsubscribes() {
        TestServer.test(app(lib.context()), (server, client) -> {
            String body = "{\"url\":\"https://news.example/rss\",\"every\":\"45m\",\"category\":\"Local\",\"title\":\"Local news\"}";
            assertThat(Http.post(client, "/api/feeds", body, null).status()).isEqualTo(401);
            assertThat(Http.post(client, "/api/feeds", body, "wrong-token").status()).isEqualTo(401);
            Http.Answer added = Http.post(client, "/api/feeds", body, TestLibrary.TOKEN);
            assertThat(added.status()).isEqualTo(201);
            long id = added.json().get("id").asLong();
            assertThat(added.header("Location")).isEqualTo("/api/feeds/" + id);
            assertThat(added.json().get("intervalMinutes").asInt()).isEqualTo(45);
            assertThat(added.json().get("health").asText()).isEqualTo("new");
            assertThat(Http.post(client, "/api/feeds", body, TestLibrary.TOKEN).status()).isEqualTo(409);

            JsonNode list = Http.get(client, "/api/feeds").json().get("feeds");
            assertThat(list).hasSize(1);
            assertThat(list.get(0).get("category").asText()).isEqualTo("Local");
            assertThat(list.get(0).get("title").asText()).isEqualTo("Local news");

            for (String bad : new String[] {"{\"url\":\"file:///etc/passwd\"}", "{\"url\":\"https://x.example/f\",\"every\":\"5s\"}",
                    "{\"url\":\"https://x.example/f\",\"colour\":\"red\"}", "[1]", "{\"url\":7}", "{}"}) {
                Http.Answer a = Http.post(client, "/api/feeds", bad, TestLibrary.TOKEN);
                assertThat(a.status()).as(bad).isEqualTo(400);
                assertThat(a.json().get("error").asText()).as(bad).isNotBlank();
            }

            assertThat(Http.delete(client, "/api/feeds/" + id, null).status()).isEqualTo(401);
            assertThat(Http.delete(client, "/api/feeds/" + id, TestLibrary.TOKEN).status()).isEqualTo(204);
            assertThat(Http.delete(client, "/api/feeds/" + id, TestLibrary.TOKEN).status()).isEqualTo(404);
            assertThat(Http.get(client, "/api/feeds/" + id).status()).isEqualTo(404);
            assertThat(Http.get(client, "/api/feeds").json().get("feeds")).isEmpty();
        });
    }

    @Test
    void importsAndExportsOpmlWithCategories() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Another reader</title></head><body>
                  <outline text="Harbour">
                    <outline type="rss" text="Harbour Gazette" xmlUrl="https://gazette.example/harbour.xml"/>
                  </outline>
                  <outline type="rss" text="Valley Radio" xmlUrl="https://radio.example/valley/feed" category="/Valley"/>
                  <outline type="rss" text="Local file" xmlUrl="file:///etc/feeds.xml"/>
                </body></opml>
                """;
        okhttp3.MediaType type = okhttp3.MediaType.get("text/x-opml");
        TestServer.test(app(lib.context()), (server, client) -> {
            assertThat(Http.post(client, "/api/feeds/import", okhttp3.RequestBody.create(opml, type), null).status()).isEqualTo(401);
            Http.Answer first = Http.post(client, "/api/feeds/import?every=2h", okhttp3.RequestBody.create(opml, type), TestLibrary.TOKEN);
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(first.json().get("added").asInt()).isEqualTo(2);
            assertThat(first.json().get("skipped").asInt()).isEqualTo(1);
            Http.Answer again = Http.post(client, "/api/feeds/import", okhttp3.RequestBody.create(opml, type), TestLibrary.TOKEN);
            assertThat(again.json().get("added").asInt()).isZero();
            assertThat(again.json().get("skipped").asInt()).isEqualTo(3);
            for (String bad : new String[] {"not xml at all", "<rss><channel/></rss>"}) {
                Http.Answer a = Http.post(client, "/api/feeds/import", okhttp3.RequestBody.create(bad, type), TestLibrary.TOKEN);
                assertThat(a.status()).as(bad).isEqualTo(400);
                assertThat(a.json().get("error").asText()).as(bad).isNotBlank().doesNotContain("\n");
            }
            assertThat(Http.post(client, "/api/feeds/import?every=5s", okhttp3.RequestBody.create(opml, type), TestLibrary.TOKEN)
                    .status()).isEqualTo(400);

            Http.Answer exported = Http.get(client, "/api/feeds.opml");
            assertThat(exported.status()).isEqualTo(200);
            assertThat(exported.header("Content-Type")).startsWith("text/x-opml");
            assertThat(exported.body()).contains("xmlUrl=\"https://gazette.example/harbour.xml\"",
                    "xmlUrl=\"https://radio.example/valley/feed\"", "text=\"Harbour\"", "text=\"Valley\"")
                    .doesNotContain("file:///etc/feeds.xml");
            for (JsonNode f : Http.get(client, "/api/feeds").json().get("feeds")) {
                Http.delete(client, "/api/feeds/" + f.get("id").asLong(), TestLibrary.TOKEN);
            }
        });
    }

    @Test
    void pollsNowInTheBackgroundOnTheSchedulesPoller(@TempDir Path own) throws Exception {
        try (TestPublisher pub = new TestPublisher(Instant::now); TestLibrary t = TestLibrary.empty(own);
             FeedPoller poller = FeedPoller.builder(Ingester.builder(t.library, TestLibrary.precis()).threads(1).build())
                     .hostGap(Duration.ZERO).fetchTimeout(Duration.ofSeconds(20))
                     .unsafeAllowInternalAddresses(InternalAllowList.parse(List.of("127.0.0.1"))).build();
             FeedPolls polls = new FeedPolls(poller, t.library.subscriptions())) {
            String base = pub.base();
            pub.feedWithPages("/news.xml", "v", 3, 700, 0);
            byte[] slowRss = TestPublisher.rss("Slow", List.of()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            pub.route("/slow.xml", req -> new TestPublisher.Answer(200, Map.of(), slowRss, 1500, false));
            pub.route("/busy.xml", req -> TestPublisher.Answer.of(429, "later", Map.of("Retry-After", "3600")));
            ServerContext context = t.context();
            TestServer.test(app(context), (server, client) -> {
                long news = subscribe(client, base + "/news.xml");
                long slow = subscribe(client, base + "/slow.xml");
                long busy = subscribe(client, base + "/busy.xml");
                // a server without a poller says so; then this one gets the poller
                assertError(Http.post(client, "/api/feeds/poll", "", TestLibrary.TOKEN), 409, "no feed poller");
                context.feedPolls(polls);
                assertThat(Http.post(client, "/api/feeds/poll", "", null).status()).isEqualTo(401);
                assertThat(Http.post(client, "/api/feeds/" + news + "/poll", "", null).status()).isEqualTo(401);
                assertError(Http.post(client, "/api/feeds/999/poll", "", TestLibrary.TOKEN), 404, "no feed with id 999");
                assertError(Http.post(client, "/api/feeds/poll?force=yes", "", TestLibrary.TOKEN), 400, "force");
                assertError(Http.get(client, "/api/feeds/polls/999"), 404, "no poll");

                // one feed: 202 with a Location, done in the background
                Http.Answer started = Http.post(client, "/api/feeds/" + news + "/poll", "", TestLibrary.TOKEN);
                assertThat(started.status()).as(started.body()).isEqualTo(202);
                assertThat(started.json().get("feedId").asLong()).isEqualTo(news);
                JsonNode first = done(client, started.header("Location"));
                assertThat(first.get("state").asText()).isEqualTo("done");
                assertThat(first.get("results")).hasSize(1);
                assertThat(first.get("results").get(0).get("status").asInt()).isEqualTo(200);
                assertThat(first.get("results").get(0).get("added").asInt()).isEqualTo(3);
                assertThat(first.get("added").asInt()).isEqualTo(3);
                for (int i = 0; i < 3; i++) {
                    assertThat(t.library.hasUrl(base + "/page/" + i + ".html")).isTrue();
                }

                // a slow read: a second request for it joins the running job
                Http.Answer slowJob = Http.post(client, "/api/feeds/" + slow + "/poll", "", TestLibrary.TOKEN);
                assertThat(slowJob.json().get("state").asText()).isEqualTo("running");
                Http.Answer again = Http.post(client, "/api/feeds/" + slow + "/poll", "", TestLibrary.TOKEN);
                assertThat(again.status()).isEqualTo(202);
                assertThat(again.header("Location")).isEqualTo(slowJob.header("Location"));
                assertThat(again.json().get("joined").asBoolean()).isTrue();
                // all feeds meanwhile: the one being read is skipped, not read twice at once
                Http.Answer all = Http.post(client, "/api/feeds/poll", "", TestLibrary.TOKEN);
                assertThat(all.header("Location")).isNotEqualTo(slowJob.header("Location"));
                assertThat(Http.post(client, "/api/feeds/poll", "", TestLibrary.TOKEN).json().get("joined").asBoolean()).isTrue();
                JsonNode allDone = done(client, all.header("Location"));
                assertThat(done(client, slowJob.header("Location")).get("results").get(0).get("ok").asBoolean()).isTrue();
                assertThat(pub.hits("/slow.xml")).hasSize(1);
                assertThat(allDone.get("skipped").toString()).isEqualTo("[" + slow + "]");
                JsonNode newsAgain = result(allDone, news);
                assertThat(newsAgain.get("status").asInt()).as("unchanged: a conditional GET answered 304").isEqualTo(304);
                assertThat(result(allDone, busy).get("ok").asBoolean()).isFalse();
                assertThat(allDone.get("failedFeeds").asInt()).isEqualTo(1);
                assertThat(pub.pageHits()).as("no page fetched again").isEqualTo(3);

                // the publisher asked to wait: refused without force, read with it
                assertError(Http.post(client, "/api/feeds/" + busy + "/poll", "", TestLibrary.TOKEN), 409, "asked not to be read before");
                int busyHits = pub.hits("/busy.xml").size();
                done(client, Http.post(client, "/api/feeds/" + busy + "/poll?force=true", "", TestLibrary.TOKEN).header("Location"));
                assertThat(pub.hits("/busy.xml")).hasSize(busyHits + 1);

                // the schedule is reading a feed: a poll-now of it is a 409, and it is still read once
                Feed slowFeed = t.library.subscriptions().byId(slow).orElseThrow();
                CompletableFuture<?> scheduled = CompletableFuture.runAsync(() -> {
                    try {
                        poller.pollAll(List.of(slowFeed));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (pub.hits("/slow.xml").size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertError(Http.post(client, "/api/feeds/" + slow + "/poll", "", TestLibrary.TOKEN), 409, "being read by the schedule");
                scheduled.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(pub.hits("/slow.xml")).hasSize(2);
            });
        }
    }

    private static long subscribe(TestServer.Client client, String url) throws java.io.IOException {
        Http.Answer a = Http.post(client, "/api/feeds", "{\"url\":\"" + url + "\"}", TestLibrary.TOKEN);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asLong();
    }

    /** The job at {@code location} once it is no longer running (at most a minute). */
    private static JsonNode done(TestServer.Client client, String location) throws Exception {
        assertThat(location).startsWith("/api/feeds/polls/");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Http.Answer a = Http.get(client, location);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            if (!a.json().get("state").asText().equals("running")) {
                assertThat(a.json().get("finished").isNull()).isFalse();
                return a.json();
            }
            assertThat(System.nanoTime()).as("the job at " + location + " ends within a minute").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static JsonNode result(JsonNode job, long feed) {
        for (JsonNode r : job.get("results")) {
            if (r.get("feedId").asLong() == feed) {
                return r;
            }
        }
        throw new AssertionError("no result for feed " + feed + " in " + job);
    }
}
