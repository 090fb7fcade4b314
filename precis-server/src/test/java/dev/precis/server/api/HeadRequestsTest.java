package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.FixtureLibrary;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.TestServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code HEAD} on a GET route answers what the GET would, without the body: its status, content type and
 * length (RFC 9110 9.3.2). Javalin alone answered every HEAD on a GET path with an empty 200 {@code text/plain}
 * without running the route, so an article that does not exist looked present.
 */
class HeadRequestsTest {

    @RegisterExtension
    static final FixtureLibrary lib = new FixtureLibrary();

    @Test
    void headCarriesTheGetsStatusTypeAndLengthWithoutABody() {
        TestServer.test(app(lib.context()), (server, client) -> {
            for (String path : new String[] {"/api/articles/1", "/api/stories", "/health", "/digest.atom?since=30d", "/digest", "/openapi.json"}) {
                Answer get = Http.get(client, path);
                Answer head = Http.answer(client.request(path, b -> b.head()));
                assertThat(head.status()).as(path).isEqualTo(get.status()).isEqualTo(200);
                assertThat(head.header("Content-Type")).as(path).isEqualTo(get.header("Content-Type")).doesNotStartWith("text/plain");
                assertThat(head.body()).as(path).isEmpty();
                if (path.startsWith("/api/articles/")) {
                    // a fixed resource: the length the GET would send (uncompressed, so the client keeps the header)
                    Answer plain = Http.answer(client.request(path, b -> b.head().header("Accept-Encoding", "identity")));
                    assertThat(plain.header("Content-Length")).as(path)
                            .isEqualTo(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
                }
            }
            // what does not exist is a 404 to HEAD too (main: 200), and a bad id a 400
            Answer missing = Http.answer(client.request("/api/articles/999999", b -> b.head()));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.header("Content-Type")).startsWith("application/json");
            assertThat(Http.answer(client.request("/api/stories/abc", b -> b.head())).status()).isEqualTo(400);
            assertThat(Http.answer(client.request("/articles/999999", b -> b.head().header("Accept", "text/html"))).status()).isEqualTo(404);
        });
    }
}
