package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conditional requests, statuses returned as answers, permanent redirects, and the internal allow list. */
class SafeFetcherExchangeTest {

    private HttpServer server;
    private String base;
    private final SafeFetcher allowed = new SafeFetcher(SafeFetcher.Policy.DEFAULT, InternalAllowList.parse(List.of("127.0.0.1")));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, null);
            } else {
                ex.getResponseHeaders().add("ETag", "\"v1\"");
                ex.getResponseHeaders().add("Cache-Control", "max-age=600");
                send(ex, 200, "<rss/>");
            }
        });
        server.createContext("/moved", ex -> redirect(ex, 301, "/moved-again"));
        server.createContext("/moved-again", ex -> redirect(ex, 308, "/feed"));
        server.createContext("/temp", ex -> redirect(ex, 302, "/moved"));
        server.createContext("/busy", ex -> {
            ex.getResponseHeaders().add("Retry-After", "120");
            send(ex, 429, "slow down");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void redirect(HttpExchange ex, int status, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        send(ex, status, null);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Test
    void conditionalRequestGets304WithoutABody() throws IOException {
        SafeFetcher.Response first = allowed.exchange(base + "/feed", Map.of());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.headers().get("etag")).isEqualTo("\"v1\"");
        assertThat(first.headers().get("CACHE-CONTROL")).isEqualTo("max-age=600");
        assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        SafeFetcher.Response again = allowed.exchange(base + "/feed", Map.of("If-None-Match", "\"v1\""));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
    }

    @Test
    void statusesAreAnswersWithTheirHeaders() throws IOException {
        SafeFetcher.Response busy = allowed.exchange(base + "/busy", Map.of());
        assertThat(busy.status()).isEqualTo(429);
        assertThat(busy.headers().get("Retry-After")).isEqualTo("120");
        assertThat(busy.bytes()).isEmpty();
        assertThatThrownBy(() -> allowed.fetch(base + "/busy")).hasMessageContaining("HTTP status 429");
    }

    @Test
    void remembersOnlyAChainOfPermanentRedirects() throws IOException {
        SafeFetcher.Response moved = allowed.exchange(base + "/moved", Map.of());
        assertThat(moved.url()).isEqualTo(base + "/feed");
        assertThat(moved.permanentUrl()).isEqualTo(base + "/feed");
        SafeFetcher.Response temp = allowed.exchange(base + "/temp", Map.of());
        assertThat(temp.url()).isEqualTo(base + "/feed");
        assertThat(temp.permanentUrl()).isNull();
        assertThat(allowed.exchange(base + "/feed", Map.of()).permanentUrl()).isNull();
    }

    @Test
    void theAllowListOpensOnlyTheListedAddresses() {
        SafeFetcher strict = new SafeFetcher(SafeFetcher.Policy.DEFAULT);
        assertThatThrownBy(() -> strict.exchange(base + "/feed", Map.of())).hasMessageContaining("refused");
        SafeFetcher other = new SafeFetcher(SafeFetcher.Policy.DEFAULT, InternalAllowList.parse(List.of("10.0.0.0/8")));
        assertThatThrownBy(() -> other.exchange(base + "/feed", Map.of())).hasMessageContaining("refused");
    }

    @Test
    void aRefusalIsKnownBeforeFetchingAndReadsAsTheFetchsOwn() {
        SafeFetcher strict = new SafeFetcher(SafeFetcher.Policy.DEFAULT);
        String url = base + "/feed";
        SafeFetcher.Refusal r = strict.refusal(url).orElseThrow();
        assertThat(r.address()).isEqualTo("127.0.0.1");
        assertThat(r.message()).isEqualTo(url + ": refused, 127.0.0.1 resolves to the internal address 127.0.0.1");
        assertThatThrownBy(() -> strict.exchange(url, Map.of())).hasMessage(r.message());
        assertThat(allowed.refusal(url)).isEmpty();
        assertThat(new SafeFetcher(SafeFetcher.Policy.DEFAULT.allowingPrivateAddresses()).refusal(url)).isEmpty();
        // not this check's business: the fetch reports a public address's or a bad URL's own failure
        assertThat(strict.refusal("http://203.0.113.7/news")).isEmpty();
        assertThat(strict.refusal("ftp://127.0.0.1/news")).isEmpty();
    }

    @Test
    void theAllowListTakesOnlyLiteralAddressesAndNarrowBlocks() throws Exception {
        assertThatThrownBy(() -> InternalAllowList.parse(List.of("localhost"))).hasMessageContaining("localhost");
        assertThatThrownBy(() -> InternalAllowList.parse(List.of("0.0.0.0/0"))).hasMessageContaining("too wide");
        assertThatThrownBy(() -> InternalAllowList.parse(List.of("10.0.0.0/x"))).hasMessageContaining("10.0.0.0/x");
        InternalAllowList list = InternalAllowList.parse(List.of("10.1.0.0/16", "::1"));
        assertThat(list.contains(InetAddress.getByName("10.1.200.3"))).isTrue();
        assertThat(list.contains(InetAddress.getByName("10.2.0.1"))).isFalse();
        assertThat(list.contains(InetAddress.getByName("::1"))).isTrue();
        assertThat(InternalAllowList.NONE.isEmpty()).isTrue();
    }
}
