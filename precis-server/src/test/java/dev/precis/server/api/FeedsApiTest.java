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

/** {@code /api/feeds}: subscribing needs the token, bad input is a 400, a second subscription a 409. */
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
}
