package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/ingest reports an article stored from its feed's own text and refreshed from its page, as
 * {@code precis ingest} does: the count and the note. The feed and its page are invented and served on 127.0.0.1.
 */
class IngestApiRefreshTest {

    @TempDir
    Path dir;

    private static final String TEASER = "The ferry board of Kessock Sound said on Thursday that the winter timetable would"
            + " drop the late crossing to the island from November, because the older of its two boats needs a new engine"
            + " and the yard at Arnmouth cannot fit it before the spring.";
    private static final String PAGE = "<html><head><title>Kessock ferry to lose its late crossing</title></head><body><article>"
            + "<h1>Kessock ferry to lose its late crossing</h1>"
            + "<p>The ferry board of Kessock Sound will drop the late crossing to the island from November. The older of its two"
            + " boats needs a new engine, and the yard at Arnmouth cannot fit one before the spring.</p>"
            + "<p>Islanders who work evening shifts on the mainland asked the board to run a water taxi in its place. The board's"
            + " chair, Morven Tulloch, said a taxi would cost more than the crossing earns but that the board would ask the"
            + " council to share the cost for the winter months.</p>"
            + "<p>The new engine is due in March. Until it is fitted the remaining boat will run the day crossings alone, with a"
            + " relief crew from the northern route on Saturdays.</p></article></body></html>";

    @Test
    void aPageThatRefreshesAnArticleStoredFromItsFeedsTextIsCountedAndNoted() throws Exception {
        AtomicBoolean pageUp = new AtomicBoolean();
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        site.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            int status = 200;
            String type = "text/html; charset=utf-8";
            String body = PAGE;
            if (path.equals("/feed.xml")) {
                type = "application/rss+xml";
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Sound News</title><link>" + base + "</link>"
                        + "<description>d</description><item><title>Late ferry to go</title><link>" + base + "/news/ferry</link>"
                        + "<guid>ferry</guid><description>" + TEASER + "</description></item></channel></rss>";
            } else if (!pageUp.get()) {
                status = 503;
                type = "text/plain";
                body = "busy";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        site.start();
        try (TestLibrary lib = TestLibrary.empty(dir)) {
            TestServer.test(app(lib.context()), (server, client) -> {
                Answer feed = Http.post(client, "/api/ingest", "[\"" + base + "/feed.xml\"]", TestLibrary.TOKEN);
                assertThat(feed.status()).as(feed.body()).isEqualTo(200);
                assertThat(feed.json().get("added").asInt()).as(feed.body()).isEqualTo(1);
                assertThat(feed.json().get("refreshed").asInt()).isZero();

                pageUp.set(true);
                Answer page = Http.post(client, "/api/ingest", "[\"" + base + "/news/ferry\"]", TestLibrary.TOKEN);
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                // main: no "refreshed" at all, and "added": 0, "duplicates": 0 — the batch seemed to do nothing
                assertThat(page.json().get("refreshed").asInt()).as(page.body()).isEqualTo(1);
                assertThat(page.json().get("added").asInt()).isZero();
                assertThat(page.json().get("notes").get(0).asText())
                        .isEqualTo("1 article stored from the feed's own text refreshed from its page");
                assertThat(lib.library.size()).isEqualTo(1);
            });
        } finally {
            site.stop(0);
        }
    }
}
