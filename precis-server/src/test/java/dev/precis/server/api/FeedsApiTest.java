package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.server.Http;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/feeds}: subscribing needs the token, bad input is a 400, a second subscription a 409; OPML
 * goes in through {@code /api/feeds/import} and comes out of {@code /api/feeds.opml} with its categories.
 */
class FeedsApiTest {

    @TempDir
    static Path dir;
    static TestLibrary lib;

    @BeforeAll
    static void open() throws Exception {
        lib = TestLibrary.withFixtures(dir);
    }

    @AfterAll
    static void close() throws Exception {
        lib.close();
    }

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
}
