package dev.precis.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the generator briefly against a stand-in server on loopback; asserts counts, never timings. */
class HttpLoadGeneratorTest {

    private HttpServer server;
    private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger unauthorized = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/articles/", exchange -> {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            String id = parts[3];
            hits.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            if (!"Bearer s3cret".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                unauthorized.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
            } else if (id.equals("3")) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                byte[] body = ("{\"articleId\":" + id + ",\"sentences\":[]}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpLoadPlan plan(URI base, String token, int warmup) {
        return new HttpLoadPlan(base, "/api/articles/{id}/summary?sentences=3", new IdRange(1, 4), new OpenLoopSchedule(200),
                1, warmup, 8, Duration.ofSeconds(30), token, "\"sentences\"", 5);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void everyScheduledRequestIsAccountedForByStatus() throws Exception {
        HttpLoadResult r = HttpLoadGenerator.run(plan(base(), "s3cret", 1), ProcessHandle.current().pid());
        assertThat(r.sent()).isEqualTo(200);
        assertThat(r.completed()).isEqualTo(200);
        assertThat(r.timeouts()).isZero();
        assertThat(r.errors()).isEmpty();
        // the server saw warm-up (200) and recorded (200) requests; id 3 answers 404
        int served = hits.values().stream().mapToInt(AtomicInteger::get).sum();
        assertThat(served).isEqualTo(400);
        assertThat(r.statusCounts().keySet()).containsExactly(200, 404);
        assertThat(r.statusCounts().get(200) + r.statusCounts().get(404)).isEqualTo(200);
        assertThat(r.succeeded()).isEqualTo(r.statusCounts().get(200));
        assertThat(r.failed()).isEqualTo(r.statusCounts().get(404));
        assertThat(r.badStatuses()).containsOnlyKeys(404);
        assertThat(r.latency().count()).isEqualTo(200);
        assertThat(r.latency().max()).isGreaterThanOrEqualTo(r.latency().p99());
        assertThat(r.bytesReceived()).isEqualTo(r.statusCounts().get(200) * "{\"articleId\":1,\"sentences\":[]}".length());
        assertThat(r.memory()).isNotNull();
        assertThat(r.memory().peakRssKb()).isPositive();
        assertThat(unauthorized).hasValue(0);
    }

    @Test
    void aMissingTokenShowsAs401s() throws Exception {
        HttpLoadResult r = HttpLoadGenerator.run(plan(base(), null, 0), -1);
        assertThat(r.statusCounts()).containsOnlyKeys(401);
        assertThat(r.succeeded()).isZero();
        assertThat(r.failed()).isEqualTo(200);
        assertThat(r.memory()).isNull();
    }

    @Test
    void aRefusedConnectionIsAnErrorAndTheRunStillEnds() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        HttpLoadResult r = HttpLoadGenerator.run(plan(URI.create("http://127.0.0.1:" + port), "s3cret", 0), -1);
        assertThat(r.sent()).isEqualTo(200);
        assertThat(r.completed()).isZero();
        assertThat(r.succeeded()).isZero();
        assertThat(r.errors().values().stream().mapToLong(Long::longValue).sum() + r.timeouts()).isEqualTo(200);
    }

    @Test
    void anUnreadablePidIsRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> HttpLoadGenerator.run(plan(base(), "s3cret", 0), Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--pid");
        assertThat(hits).isEmpty();
    }

    @Test
    void planRejectsBadValues() {
        URI u = base();
        IdRange ids = new IdRange(1, 2);
        OpenLoopSchedule s = new OpenLoopSchedule(10);
        Duration t = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new HttpLoadPlan(URI.create("ftp://x"), "/", ids, s, 1, 0, 1, t, null, null, 1))
                .hasMessageContaining("url");
        assertThatThrownBy(() -> new HttpLoadPlan(u, "api", ids, s, 1, 0, 1, t, null, null, 1)).hasMessageContaining("path");
        assertThatThrownBy(() -> new HttpLoadPlan(u, "/", ids, s, 0, 0, 1, t, null, null, 1)).hasMessageContaining("duration");
        assertThatThrownBy(() -> new HttpLoadPlan(u, "/", ids, s, 1, -1, 1, t, null, null, 1)).hasMessageContaining("warmup");
        assertThatThrownBy(() -> new HttpLoadPlan(u, "/", ids, s, 1, 0, 0, t, null, null, 1)).hasMessageContaining("connections");
        assertThatThrownBy(() -> new HttpLoadPlan(u, "/", ids, s, 1, 0, 1, Duration.ZERO, null, null, 1)).hasMessageContaining("timeout");
        assertThatThrownBy(() -> new HttpLoadPlan(u, "/", ids, s, 1, 0, 1, t, "a b", null, 1)).hasMessageContaining("token");
        assertThat(new HttpLoadPlan(URI.create("http://h:1/"), "/a/{id}/b?x={id}", ids, s, 1, 0, 1, t, null, null, 1).uriFor(7))
                .isEqualTo(URI.create("http://h:1/a/7/b?x=7"));
    }
}
