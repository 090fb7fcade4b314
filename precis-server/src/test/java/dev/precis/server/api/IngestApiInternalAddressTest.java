package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static dev.precis.server.api.ApiTestSupport.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.precis.extract.InternalAllowList;
import dev.precis.server.ArticleIntake;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.ServerConfig;
import dev.precis.server.ServerContext;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's ingest refuses a URL on an internal address before fetching anything, as {@code precis ingest}
 * does, unless the server was given that address ({@code serve --unsafe-allow-internal-address}). The page is
 * invented and served on 127.0.0.1.
 */
class IngestApiInternalAddressTest {

    private static final String PAGE = "<html><head><title>Orchard levy vote delayed</title></head><body><article>"
            + "<h1>Orchard levy vote delayed</h1>"
            + "<p>The growers' board of the Velden valley put off its vote on the orchard levy until March, after two of its"
            + " members said the figures sent to them last week left out the cost of the new cold store at Ostrand.</p>"
            + "<p>The levy would pay for the store and for a shared packing line. The board's chair, Ilse Marren, said the"
            + " vote would be taken once the missing figures had been checked by the valley's auditors.</p></article></body></html>";

    @TempDir
    Path dir;

    private HttpServer site;
    private final AtomicInteger requests = new AtomicInteger();
    private String page;

    @BeforeEach
    void serve() throws Exception {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", ex -> {
            requests.incrementAndGet();
            byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        site.start();
        page = "http://127.0.0.1:" + site.getAddress().getPort() + "/news/levy";
    }

    @AfterEach
    void stop() {
        site.stop(0);
    }

    @Test
    void aLoopbackUrlIsA400NamingTheAddressAndTheServersOptionWithNoRequestMade() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            ServerContext context = new ServerContext(lib, TestLibrary.precis(), ServerConfig.loopback(TestLibrary.TOKEN),
                    TestLibrary.intake(lib).build());
            TestServer.test(app(context), (server, client) -> {
                Answer batch = Http.post(client, "/api/ingest", "[\"" + page + "\"]", TestLibrary.TOKEN);
                // main: 200 with the URL among the report's failures
                assertError(batch, 400, page + ": refused, 127.0.0.1 resolves to the internal address 127.0.0.1 (to read it anyway,"
                        + " on a test or private network only, start the server with --unsafe-allow-internal-address 127.0.0.1)");
                Answer jsonl = Http.post(client, "/api/ingest", "{\"url\":\"" + page + "\"}", TestLibrary.TOKEN);
                assertError(jsonl, 400, "resolves to the internal address 127.0.0.1");
                Answer one = Http.post(client, "/api/articles", "{\"url\":\"" + page + "\"}", TestLibrary.TOKEN);
                assertError(one, 400, "start the server with --unsafe-allow-internal-address 127.0.0.1");
                assertThat(requests).hasValue(0);
                assertThat(lib.size()).isZero();
            });
        }
    }

    @Test
    void theAllowedAddressIsRead() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            ArticleIntake intake = TestLibrary.intake(lib).unsafeAllowInternalAddresses(InternalAllowList.parse(List.of("127.0.0.1"))).build();
            ServerContext context = new ServerContext(lib, TestLibrary.precis(), ServerConfig.loopback(TestLibrary.TOKEN), intake);
            TestServer.test(app(context), (server, client) -> {
                Answer batch = Http.post(client, "/api/ingest", "[\"" + page + "\"]", TestLibrary.TOKEN);
                assertThat(batch.status()).as(batch.body()).isEqualTo(200);
                assertThat(batch.json().get("added").asInt()).as(batch.body()).isEqualTo(1);
                assertThat(requests.get()).isPositive();
            });
        }
    }
}
