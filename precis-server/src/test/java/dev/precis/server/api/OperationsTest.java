package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static dev.precis.server.api.ApiTestSupport.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.server.FixtureLibrary;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.PrecisServer;
import dev.precis.server.ServerConfig;
import dev.precis.server.TestLibrary;
import io.javalin.Javalin;
import dev.precis.server.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** /health, /metrics, /openapi.json, security headers and graceful shutdown. */
class OperationsTest {

    @RegisterExtension
    static final FixtureLibrary lib = new FixtureLibrary();

    @Test
    void healthCountsArticles() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer h = Http.get(client, "/health");
            assertThat(h.status()).isEqualTo(200);
            assertThat(h.json().get("status").asText()).isEqualTo("ok");
            assertThat(h.json().get("articles").asInt()).isEqualTo(lib.ids().size());
        });
    }

    @Test
    void healthIs503WhenTheLibraryIsUnusable(@TempDir Path other) throws Exception {
        TestLibrary broken = TestLibrary.empty(other);
        broken.library.close();
        TestServer.test(app(broken.context()), (server, client) -> {
            assertError(Http.get(client, "/health"), 503, "library unavailable");
            // a failing read elsewhere is our fault, a 5xx without a stack trace
            Answer a = Http.get(client, "/api/articles/1/summary");
            assertThat(a.status()).isBetween(500, 599);
            assertThat(a.body()).doesNotContain("at dev.precis").doesNotContain("SQLException:");
        });
    }

    @Test
    void metricsCountRequestsByRouteTemplate() {
        TestServer.test(app(lib.context()), (server, client) -> {
            long id = lib.ids().get(0);
            Http.get(client, "/api/articles/" + id + "/summary");
            Http.get(client, "/api/articles/" + id + "/summary?sentences=2");
            Http.get(client, "/api/articles/999999/summary");
            Answer m = Http.get(client, "/metrics");
            assertThat(m.status()).isEqualTo(200);
            assertThat(m.header("Content-Type")).startsWith("text/plain");
            String summaryOk = line(m.body(), "http_server_requests_seconds_count{", "route=\"/api/articles/{id}/summary\"", "status=\"200\"");
            assertThat(summaryOk).endsWith(" 2");
            assertThat(line(m.body(), "http_server_requests_seconds_count{", "route=\"/api/articles/{id}/summary\"", "status=\"404\"")).endsWith(" 1");
            assertThat(m.body()).doesNotContain("route=\"/api/articles/" + id).contains("jvm_memory_used_bytes").contains("jvm_gc");
        });
    }

    private static String line(String text, String... parts) {
        return text.lines().filter(l -> {
            for (String p : parts) {
                if (!l.contains(p)) {
                    return false;
                }
            }
            return true;
        }).findFirst().orElse("(none with " + String.join(" ", parts) + ")");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer doc = Http.get(client, "/openapi.json");
            assertThat(doc.status()).isEqualTo(200);
            assertThat(doc.json().get("openapi").asText()).startsWith("3.0");
            JsonNode paths = doc.json().get("paths");
            List<ApiRoutes.Route> routes = ApiRoutes.routes();
            assertThat(routes).hasSizeGreaterThanOrEqualTo(16);
            for (ApiRoutes.Route r : routes) {
                JsonNode operation = paths.path(r.path()).path(r.method().toLowerCase(Locale.ROOT));
                assertThat(operation.isObject()).as(r.method() + " " + r.path() + " in openapi.json").isTrue();
                assertThat(operation.path("responses").isObject()).as("responses of " + r).isTrue();
                if (r.path().startsWith("/api/")) {
                    assertThat(operation.path("responses").has("500")).as("500 documented for " + r).isTrue();
                }
                if (r.method().equals("POST")) {
                    assertThat(operation.path("responses").has("401")).as("401 documented for " + r).isTrue();
                    assertThat(operation.path("security").isArray()).as("security of " + r).isTrue();
                }
                if (r.path().contains("{")) {
                    assertThat(operation.path("responses").has("404") || r.path().contains("{type}")).isTrue();
                }
            }
            // every reference resolves
            List<String> refs = new ArrayList<>();
            collectRefs(doc.json(), refs);
            assertThat(refs).isNotEmpty();
            for (String ref : refs) {
                assertThat(doc.json().at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            }
        });
    }

    private static void collectRefs(JsonNode n, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (n.isArray()) {
            n.forEach(c -> collectRefs(c, out));
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        TestServer.test(app(lib.context()), (server, client) -> {
            for (String path : List.of("/health", "/api/articles", "/api/articles/999999", "/openapi.json", "/no/such/page")) {
                Answer a = Http.get(client, path);
                assertThat(a.header("Content-Security-Policy")).as(path).isEqualTo(
                        "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
                assertThat(a.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
                assertThat(a.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            }
        });
    }

    @Test
    void metricsAreProtectedWithReads() {
        TestServer.test(app(lib.context(ServerConfig.loopback(TestLibrary.TOKEN).withProtectReads(true))), (server, client) -> {
            assertError(Http.get(client, "/metrics"), 401, "token");
            assertError(Http.get(client, "/openapi.json"), 401, "token");
            assertThat(Http.get(client, "/metrics", TestLibrary.TOKEN).status()).isEqualTo(200);
        });
    }

    @Test
    void aGracefulStopLetsRequestsInFlightFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        Javalin app = PrecisServer.create(lib.context(), routes -> routes.get("/test/slow", ctx -> {
            entered.countDown();
            Thread.sleep(700);
            ctx.result("done");
        }));
        app.start(0);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        CompletableFuture<HttpResponse<String>> slow = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/test/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        boolean clean = PrecisServer.stopGracefully(app, Duration.ofSeconds(5));
        HttpResponse<String> r = slow.get(5, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("done");
        assertThat(clean).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theServerBindsLoopbackOnly() {
        Javalin app = app(lib.context()).start(0);
        try {
            assertThat(app.jettyServer().server().getURI().getHost()).isEqualTo("127.0.0.1");
        } finally {
            app.stop();
        }
    }
}
