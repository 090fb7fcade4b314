package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.FeedPoller;
import dev.precis.ingest.Ingester;
import dev.precis.server.FixtureLibrary;
import dev.precis.server.FeedPolls;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.OpenApiContract;
import dev.precis.server.ServerContext;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation openapi.json describes, called once with good input over the fixture library: each
 * answer is validated against its documented schema (by {@link Http}), and no operation is left out.
 */
class ApiContractTest {

    @RegisterExtension
    static final FixtureLibrary lib = new FixtureLibrary();

    @Test
    void theServedDescriptionCarriesTheBuildsVersion() {
        TestServer.test(app(lib.context()), (server, client) -> {
            JsonNode doc = ok(Http.get(client, "/openapi.json")).json();
            assertThat(doc.path("info").path("version").asText()).isEqualTo(dev.precis.model.PrecisVersion.current()).isNotBlank();
            assertThat(doc.path("paths").size()).isPositive();
        });
    }

    @Test
    void everyDocumentedOperationAnswersAsDocumented() {
        ServerContext context = lib.context();
        try (FeedPoller poller = FeedPoller.builder(Ingester.builder(lib.library(), TestLibrary.precis()).threads(1).build())
                .fetchTimeout(java.time.Duration.ofSeconds(5)).build();
             FeedPolls polls = new FeedPolls(poller, lib.library().subscriptions())) {
            context.feedPolls(polls);
            calls(context);
        }
    }

    private static void calls(ServerContext context) {
        TestServer.test(app(context), (server, client) -> {
            long article = lib.ids().get(0);
            JsonNode story = ok(Http.get(client, "/api/stories?minSize=1")).json().get("stories").get(0);
            JsonNode entity = ok(Http.get(client, "/api/entities?limit=1")).json().get("entities").get(0);
            String type = entity.get("type").asText().toLowerCase(java.util.Locale.ROOT);
            String name = URLEncoder.encode(entity.get("canonical").asText(), StandardCharsets.UTF_8).replace("+", "%20");
            for (String path : new String[] {"/api/articles", "/api/articles/" + article, "/api/articles/" + article + "/summary",
                    "/api/articles/" + article + "/analysis", "/api/articles/" + article + "/related",
                    "/api/articles/" + article + "/neighbours", "/api/stories/" + story.get("id").asLong(),
                    "/api/stories/" + story.get("id").asLong() + "/summary",
                    "/api/entities/" + type + "/" + name, "/api/search?q=bridge", "/api/digest?since=2000-01-01", "/openapi.json", "/health", "/metrics"}) {
                ok(Http.get(client, path));
            }
            ok(Http.post(client, "/api/articles", "{\"title\":\"Ferry timetable changes\",\"text\":\"The harbour ferry will"
                    + " run every twenty minutes from Monday, the operator said. Weekend services stay hourly.\"}", TestLibrary.TOKEN));
            ok(Http.post(client, "/api/ingest", "[{\"title\":\"Library opens late\",\"text\":\"The city library will stay"
                    + " open until nine on weekdays from March. The council approved the longer hours on Tuesday.\"}]",
                    TestLibrary.TOKEN));
            JsonNode feed = ok(Http.post(client, "/api/feeds", "{\"url\":\"https://example.com/feed.xml\",\"every\":\"2h\","
                    + "\"category\":\"World\"}", TestLibrary.TOKEN)).json();
            ok(Http.get(client, "/api/feeds"));
            ok(Http.get(client, "/api/feeds.opml"));
            ok(Http.post(client, "/api/feeds/import", okhttp3.RequestBody.create("<opml version=\"2.0\"><body><outline type=\"rss\""
                    + " text=\"Coast\" xmlUrl=\"https://coast.example/rss\"/></body></opml>", okhttp3.MediaType.get("text/x-opml")),
                    TestLibrary.TOKEN));
            ok(Http.get(client, "/api/feeds/" + feed.get("id").asLong()));
            ok(Http.delete(client, "/api/feeds/" + feed.get("id").asLong(), TestLibrary.TOKEN));
            // poll now (the remaining feed is on a reserved name that never resolves: the read fails, quickly)
            long coast = ok(Http.get(client, "/api/feeds")).json().get("feeds").get(0).get("id").asLong();
            String one = ok(Http.post(client, "/api/feeds/" + coast + "/poll", "", TestLibrary.TOKEN)).header("Location");
            String all = ok(Http.post(client, "/api/feeds/poll?force=true", "", TestLibrary.TOKEN)).header("Location");
            for (String job : new String[] {one, all}) {
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
                while (ok(Http.get(client, job)).json().get("state").asText().equals("running") && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
            assertThat(OpenApiContract.answered()).containsAll(OpenApiContract.operations());
        });
    }

    private static Answer ok(Answer a) {
        assertThat(a.status()).as(a.body()).isBetween(200, 299);
        return a;
    }
}
