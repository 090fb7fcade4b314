package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SafeFetcherTest {

    private HttpServer server;
    private String base;
    /** A total limit far above a local fetch's: a busy shared machine must not turn these fetches into timeouts. */
    private final SafeFetcher local = new SafeFetcher(new SafeFetcher.Policy(Duration.ofSeconds(2),
            Duration.ofSeconds(30), 3, 10_000, "precis-test", true));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", ex -> reply(ex.getResponseHeaders(), ex, 200,
                "<html><body><p>Hello " + ex.getRequestHeaders().getFirst("User-Agent") + "</p></body></html>"));
        server.createContext("/redirect", ex -> {
            ex.getResponseHeaders().add("Location", "/page");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/to-file", ex -> {
            ex.getResponseHeaders().add("Location", "file:///etc/passwd");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/big", ex -> reply(ex.getResponseHeaders(), ex, 200, "x".repeat(20_000)));
        server.createContext("/missing", ex -> reply(ex.getResponseHeaders(), ex, 404, "nope"));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex.getResponseHeaders(), ex, 200, "late");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void reply(com.sun.net.httpserver.Headers h, com.sun.net.httpserver.HttpExchange ex, int status, String body)
            throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        h.add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    @Test
    void fetchesWithUserAgentAndContentType() throws IOException {
        SafeFetcher.Page page = local.fetch(base + "/page");
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains("Hello precis-test");
        assertThat(page.contentType()).contains("charset=utf-8");
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() throws IOException {
        SafeFetcher.Page page = local.fetch(base + "/redirect");
        assertThat(page.url()).isEqualTo(base + "/page");
    }

    @Test
    void stopsAfterTheRedirectLimit() {
        assertThatThrownBy(() -> local.fetch(base + "/loop")).isInstanceOf(IOException.class)
                .hasMessageContaining("more than 3 redirects");
    }

    @Test
    void refusesARedirectToANonHttpScheme() {
        assertThatThrownBy(() -> local.fetch(base + "/to-file")).hasMessageContaining("only http and https");
    }

    @Test
    void refusesPagesOverTheSizeLimit() {
        assertThatThrownBy(() -> local.fetch(base + "/big")).hasMessageContaining("larger than 10000 bytes");
    }

    @Test
    void reportsHttpErrors() {
        assertThatThrownBy(() -> local.fetch(base + "/missing")).hasMessageContaining("HTTP status 404");
    }

    @Test
    void timesOut() {
        SafeFetcher impatient = new SafeFetcher(new SafeFetcher.Policy(Duration.ofSeconds(1), Duration.ofMillis(300),
                3, 10_000, "precis-test", true));
        assertThatThrownBy(() -> impatient.fetch(base + "/slow")).hasMessageContaining("timed out");
    }

    @Test
    void refusesLoopbackByDefault() {
        SafeFetcher strict = new SafeFetcher(SafeFetcher.Policy.DEFAULT);
        assertThatThrownBy(() -> strict.fetch(base + "/page")).hasMessageContaining("refused")
                .hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> strict.fetch("http://localhost:" + server.getAddress().getPort() + "/page"))
                .hasMessageContaining("refused");
    }

    @Test
    void refusesARedirectIntoThePrivateNetworkByDefault() {
        // the first hop is already internal here; the same check runs on every hop
        SafeFetcher strict = new SafeFetcher(SafeFetcher.Policy.DEFAULT);
        assertThatThrownBy(() -> strict.fetch(base + "/redirect")).hasMessageContaining("refused");
    }

    @Test
    void refusesNonHttpSchemes() {
        SafeFetcher strict = new SafeFetcher(SafeFetcher.Policy.DEFAULT);
        assertThatThrownBy(() -> strict.fetch("file:///etc/passwd")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> strict.fetch("ftp://example.com/x")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> strict.fetch("gopher://127.0.0.1:70/")).hasMessageContaining("only http and https");
    }

    @Test
    void classifiesInternalAddresses() throws Exception {
        for (String internal : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "224.0.0.1"}) {
            assertThat(CheckingResolver.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : new String[] {"93.184.216.34", "8.8.8.8", "2606:4700::1111"}) {
            assertThat(CheckingResolver.isInternal(InetAddress.getByName(external))).as(external).isFalse();
        }
    }
}
