package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static dev.precis.server.api.ApiTestSupport.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.precis.server.ArticleIntake;
import dev.precis.server.Fixtures;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.ServerConfig;
import dev.precis.server.ServerContext;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/articles and POST /api/ingest: the token, the body checks and what gets stored. */
class WriteApiTest {

    static final String TOKEN = TestLibrary.TOKEN;

    @TempDir
    static Path dir;
    static TestLibrary lib;
    static HttpServer pages;

    @BeforeAll
    static void open() throws Exception {
        lib = TestLibrary.empty(dir);
        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Fixtures.servePage(pages, "/chess", Fixtures.CHESS);
        pages.start();
    }

    @AfterAll
    static void close() throws Exception {
        pages.stop(0);
        lib.close();
    }

    static String pageUrl() {
        return "http://127.0.0.1:" + pages.getAddress().getPort() + "/chess";
    }

    static String json(Object o) throws Exception {
        return Http.JSON.writeValueAsString(o);
    }

    @Test
    void writesNeedTheToken() {
        int before = lib.library.size();
        TestServer.test(app(lib.context()), (server, client) -> {
            String body = json(java.util.Map.of("text", Fixtures.ORCHARD.text() + " Unique words for this test."));
            Answer none = Http.post(client, "/api/articles", body, null);
            assertError(none, 401, "Authorization: Bearer");
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertError(Http.post(client, "/api/articles", body, "not-the-token"), 401, "wrong token");
            assertError(Http.post(client, "/api/articles", body, TOKEN + "x"), 401, "wrong token");
            assertError(Http.post(client, "/api/ingest", "[\"" + pageUrl() + "\"]", null), 401, "Bearer");
            assertError(Http.post(client, "/api/ingest", "[\"" + pageUrl() + "\"]", "nope"), 401, "wrong token");
            assertThat(lib.library.size()).isEqualTo(before);
        });
    }

    @Test
    void pastedTextIsAddedOnceThenReportedAsDuplicate() {
        TestServer.test(app(lib.context()), (server, client) -> {
            String body = json(java.util.Map.of("text", Fixtures.BRIDGE_REOPENS.text(), "title", "<img src=x onerror=alert(1)> reopens",
                    "published", "2024-03-23"));
            Answer added = Http.post(client, "/api/articles", body, TOKEN);
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            long id = added.json().get("id").asLong();
            assertThat(added.json().get("status").asText()).isEqualTo("added");
            assertThat(added.header("Location")).isEqualTo("/api/articles/" + id);

            Answer again = Http.post(client, "/api/articles", body, TOKEN);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("status").asText()).isEqualTo("duplicate");
            assertThat(again.json().get("id").asLong()).isEqualTo(id);

            Answer stored = Http.get(client, "/api/articles/" + id);
            assertThat(stored.json().get("title").asText()).isEqualTo("<img src=x onerror=alert(1)> reopens");
            assertThat(stored.json().get("published").asText()).isEqualTo("2024-03-23");
            assertThat(Http.get(client, "/api/articles/" + id + "/summary?sentences=3").json().get("sentences")).hasSize(3);
        });
    }

    @Test
    void aUrlIsFetchedThroughTheSafeFetcher() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer added = Http.post(client, "/api/articles", json(java.util.Map.of("url", pageUrl())), TOKEN);
            assertThat(added.status()).as(added.body()).isIn(200, 201);
            Answer stored = Http.get(client, "/api/articles/" + added.json().get("id").asLong());
            assertThat(stored.json().get("text").asText()).contains("Northvale").doesNotContain("Copyright Example News");
        });
        ArticleIntake strict = TestLibrary.intake(lib.library).build();
        ServerContext strictContext = new ServerContext(lib.library, TestLibrary.precis(), ServerConfig.loopback(TOKEN), strict);
        TestServer.test(app(strictContext), (server, client) -> {
            assertError(Http.post(client, "/api/articles", json(java.util.Map.of("url", "http://127.0.0.1:9/x")), TOKEN), 400, "refused");
            assertError(Http.post(client, "/api/articles", json(java.util.Map.of("url", "http://10.1.2.3/x")), TOKEN), 400, "refused");
        });
    }

    @Test
    void badBodiesAreClientErrors() {
        TestServer.test(app(lib.context()), (server, client) -> {
            assertError(Http.post(client, "/api/articles", "{\"text\": \"unterminated", TOKEN), 400, "malformed JSON");
            assertError(Http.post(client, "/api/articles", "{\"text\": \"a\"} trailing", TOKEN), 400, "malformed JSON");
            assertError(Http.post(client, "/api/articles", "", TOKEN), 400, "empty body");
            assertError(Http.post(client, "/api/articles", "[1,2]", TOKEN), 400, "JSON object");
            assertError(Http.post(client, "/api/articles", "{}", TOKEN), 400, "exactly one");
            assertError(Http.post(client, "/api/articles", "{\"text\":\"x\",\"url\":\"http://example.org\"}", TOKEN), 400, "exactly one");
            assertError(Http.post(client, "/api/articles", "{\"text\":\"x\",\"author\":\"me\"}", TOKEN), 400, "unknown key 'author'");
            assertError(Http.post(client, "/api/articles", "{\"text\":42}", TOKEN), 400, "must be a string");
            assertError(Http.post(client, "/api/articles", "{\"text\":\"   \"}", TOKEN), 400, "text");
            assertError(Http.post(client, "/api/articles", "{\"text\":\"Words.\",\"published\":\"yesterday\"}", TOKEN), 400, "published");
            assertError(Http.post(client, "/api/articles", "{\"url\":\"ftp://example.org/a\"}", TOKEN), 400, "http");
            assertError(Http.post(client, "/api/articles", "{\"url\":\"/etc/passwd\"}", TOKEN), 400, "url");
            assertError(Http.post(client, "/api/articles", "{\"url\":\"http://example.org\",\"title\":\"t\"}", TOKEN), 400, "title");
            // credentials in a URL are the request's fault (400), not a failed fetch (502)
            assertError(Http.post(client, "/api/articles", "{\"url\":\"http://user:pw@127.0.0.1:9/a\"}", TOKEN), 400, "user name");
            assertError(Http.post(client, "/api/articles", "{\"url\":\"https://someone@example.org/a\"}", TOKEN), 400, "user name");
            // a word is no article (the README promises 422), and nothing is stored
            long before = lib.library.size();
            assertError(Http.post(client, "/api/articles", "{\"text\":\"y\"}", TOKEN), 422, "no article");
            assertError(Http.post(client, "/api/articles", "{\"text\":\"Four words only here.\"}", TOKEN), 422, "no article");
            assertThat(lib.library.size()).isEqualTo(before);
        });
    }

    @Test
    void bodiesOverTheLimitAre413() {
        ServerConfig small = ServerConfig.loopback(TOKEN).withMaxRequestBytes(4096);
        TestServer.test(app(lib.context(small)), (server, client) -> {
            String big = json(java.util.Map.of("text", "word ".repeat(2000)));
            assertError(Http.post(client, "/api/articles", big, TOKEN), 413, "larger than 4096");
            assertError(Http.post(client, "/api/ingest", big, TOKEN), 413, "larger than 4096");
            // no Content-Length: the limit still holds while reading
            RequestBody chunked = new RequestBody() {
                @Override
                public MediaType contentType() {
                    return Http.JSON_TYPE;
                }

                @Override
                public long contentLength() {
                    return -1;
                }

                @Override
                public void writeTo(BufferedSink sink) throws java.io.IOException {
                    sink.writeUtf8(big);
                }
            };
            assertError(Http.post(client, "/api/articles", chunked, TOKEN), 413, "larger than 4096");
        });
    }

    @Test
    void aTextTheArticleRouteRefusesIsNotStoredByTheBatchRouteEither() {
        TestServer.test(app(lib.context()), (server, client) -> {
            int before = lib.library.size();
            assertError(Http.post(client, "/api/articles", json(java.util.Map.of("text", "Hello")), TOKEN), 422,
                    "text: 1 word is no article; at least 5 words are needed");
            // main: the batch stored the one word ("added": 1)
            Answer r = Http.post(client, "/api/ingest", "[{\"text\":\"Hello\"}, {\"title\":\"Short\",\"text\":\"Two words.\"}]", TOKEN);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("added").asInt()).isZero();
            assertThat(r.json().get("failed").asInt()).isEqualTo(2);
            // the same one line as the article route's, for each item
            assertThat(r.json().get("failures").findValuesAsText("reason")).as(r.body())
                    .contains("text: 1 word is no article; at least 5 words are needed")
                    .allMatch(reason -> reason.matches("text: \\d words? is no article; at least 5 words are needed"));
            assertThat(lib.library.size()).isEqualTo(before);
        });
    }

    @Test
    void ingestTakesJsonlAndUrlLists() {
        TestServer.test(app(lib.context()), (server, client) -> {
            String jsonl = json(java.util.Map.of("title", Fixtures.CHESS.title(), "text", Fixtures.CHESS.text(), "published", "2024-10-06"))
                    + "\n" + json(java.util.Map.of("title", Fixtures.ORCHARD.title(), "text", Fixtures.ORCHARD.text()))
                    + "\n{\"broken\": \n" + "{\"title\":\"no body\"}\n";
            Answer r = Http.post(client, "/api/ingest", jsonl, TOKEN);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("items").asInt()).isEqualTo(4);
            assertThat(r.json().get("added").asInt() + r.json().get("duplicates").asInt()).isEqualTo(2);
            assertThat(r.json().get("failed").asInt()).isEqualTo(2);
            assertThat(r.json().get("failures").get(0).get("origin").asText()).startsWith("item ");
            assertThat(r.body()).doesNotContain("precis-ingest");

            Answer list = Http.post(client, "/api/ingest", "[\"" + pageUrl() + "\", {\"url\": \"" + pageUrl() + "\"}]", TOKEN);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            assertThat(list.json().get("items").asInt()).isEqualTo(2);
            assertThat(list.json().get("failed").asInt()).isZero();

            assertError(Http.post(client, "/api/ingest", "", TOKEN), 400, "empty body");
            assertError(Http.post(client, "/api/ingest", "hello", TOKEN), 400, "JSON array or JSONL");
            assertError(Http.post(client, "/api/ingest", "[1]", TOKEN), 400, "URL string or an item");
            assertError(Http.post(client, "/api/ingest", "[\"file:///etc/passwd\"]", TOKEN), 400, "http");
            assertError(Http.post(client, "/api/ingest", "[\"a\", ", TOKEN), 400, "malformed JSON");
            assertError(Http.post(client, "/api/ingest", "[]", TOKEN), 400, "nothing to ingest");
        });
    }
}
