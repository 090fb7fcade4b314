package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OPML expansion ends: a self-listing OPML, a ring of two and an endless chain (issue 18's defect). */
class IngestSourcesTest {

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            String body;
            if (path.equals("/self.opml")) {
                body = opml(base + "/self.opml", base + "/feed.xml");
            } else if (path.equals("/a.opml")) {
                body = opml(base + "/b.opml");
            } else if (path.equals("/b.opml")) {
                body = opml(base + "/a.opml");
            } else if (path.startsWith("/chain/")) {
                // an endless chain of distinct OPML files: /chain/0 lists /chain/1, and so on
                int n = Integer.parseInt(path.substring("/chain/".length()));
                body = opml(base + "/chain/" + (n + 1));
            } else if (path.equals("/feed.xml")) {
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Coast</title><link>" + base + "</link>"
                        + "<description>d</description><item><title>Pier</title><link>" + base + "/pier</link>"
                        + "<description>short</description></item></channel></rss>";
            } else {
                body = "<html><body><p>page</p></body></html>";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String opml(String... feeds) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>");
        for (String f : feeds) {
            sb.append("<outline text=\"f\" type=\"rss\" xmlUrl=\"").append(f).append("\"/>");
        }
        return sb.append("</body></opml>").toString();
    }

    private IngestSources.Batch list(String url) {
        return new IngestSources(new HttpFetcher(Duration.ofSeconds(5), true)).list(List.of(url), null);
    }

    @Test
    void anOpmlThatListsItselfIsFetchedOnceAndItsFeedStillCounts() {
        IngestSources.Batch batch = list(base + "/self.opml");
        assertThat(hits.get("/self.opml").get()).isEqualTo(1);
        assertThat(batch.items()).extracting(IngestItem::origin).containsExactly(base + "/pier");
        assertThat(batch.failures()).singleElement().satisfies(f -> {
            assertThat(f.origin()).isEqualTo(base + "/self.opml");
            assertThat(f.reason()).contains("already read");
        });
    }

    @Test
    void aRingOfTwoOpmlFilesEnds() {
        IngestSources.Batch batch = list(base + "/a.opml");
        assertThat(hits.get("/a.opml").get()).isEqualTo(1);
        assertThat(hits.get("/b.opml").get()).isEqualTo(1);
        assertThat(batch.items()).isEmpty();
        assertThat(batch.failures()).extracting(IngestFailure::origin).containsExactly(base + "/a.opml");
    }

    @Test
    void anEndlessChainOfOpmlFilesStopsAtTheNestingLimit() {
        IngestSources.Batch batch = list(base + "/chain/0");
        assertThat(hits.keySet()).hasSize(IngestSources.MAX_NESTING + 1);
        assertThat(batch.failures()).singleElement().satisfies(f -> {
            assertThat(f.origin()).isEqualTo(base + "/chain/" + IngestSources.MAX_NESTING);
            assertThat(f.reason()).contains("nested");
        });
    }
}
