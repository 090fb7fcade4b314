package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits in front of the routes, probed over raw sockets on 127.0.0.1: one body limit for every
 * route (also chunked bodies, also the login form), the bounded request queue that answers 503 with
 * Retry-After, {@code /health} under load, admission (an old request is not processed) and the
 * connection limit (a quick 503 and a closed connection past it, {@code /health} still answered).
 */
class ServerLimitsTest {

    @TempDir
    static Path dir;
    static TestLibrary lib;
    /** A small body limit so the probes stay small. */
    static final long LIMIT = 64 * 1024;

    @BeforeAll
    static void open() {
        lib = TestLibrary.empty(dir);
    }

    @AfterAll
    static void close() throws IOException {
        lib.close();
    }

    private static ServerContext context() {
        return lib.context(ServerConfig.loopback(TestLibrary.TOKEN).withMaxRequestBytes(LIMIT));
    }

    @Test
    void chunkedBodiesPastTheLimitAre413OnEveryRouteIncludingLoginAndLogout() throws Exception {
        Javalin app = PrecisServer.create(context()).start("127.0.0.1", 0);
        try {
            // the open forms (login, logout) and the API's writes; /add refuses a visitor who is not signed in
            // before it reads anything
            for (String path : List.of("/login", "/logout", "/api/articles", "/api/ingest")) {
                long total = 64L * 1024 * 1024;
                Raw r = chunkedPost(app.port(), path, total);
                assertThat(r.status).as(path + ": " + r.head).isEqualTo(413);
                assertThat(r.body).as(path).doesNotContain("Exception").doesNotContain("\tat ");
                // answered while the body was still coming (what we had sent by then also sits in
                // socket buffers, so it is more than the limit): the server did not wait for all of it
                assertThat(r.sentBeforeAnswer).as(path + ": bytes sent before the answer").isLessThan(total);
                OpenApiContract.check("POST", path, r.status, contentType(r.head), r.body);
            }
        } finally {
            app.stop();
        }
    }

    @Test
    void aDeclaredLengthPastTheLimitIs413WithAJsonErrorBeforeAnyBodyIsSent() throws Exception {
        Javalin app = PrecisServer.create(context()).start("127.0.0.1", 0);
        try {
            for (String path : List.of("/login", "/logout", "/api/articles")) {
                String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 104857600\r\nConnection: close\r\n\r\n";
                Raw r = exchange(app.port(), head.getBytes(StandardCharsets.US_ASCII), null, 0);
                assertThat(r.status).as(path + ": " + r.head).isEqualTo(413);
                JsonNode json = Http.JSON.readTree(r.body);
                assertThat(json.get("status").asInt()).isEqualTo(413);
                assertThat(json.get("error").asText()).contains("larger than " + LIMIT + " bytes");
                OpenApiContract.check("POST", path, r.status, contentType(r.head), r.body);
            }
        } finally {
            app.stop();
        }
    }

    @Test
    void pastTheQueueTheServerAnswers503WithRetryAfterAndHealthStaysAnswerable() throws Exception {
        HttpLimits limits = new HttpLimits(64, 2, 2, Duration.ofMillis(300), Duration.ofSeconds(5));
        AtomicInteger processed = new AtomicInteger();
        Javalin app = PrecisServer.create(context(), limits, routes -> routes.get("/test/slow", ctx -> {
            processed.incrementAndGet();
            Thread.sleep(1500);
            ctx.result("done");
        })).start("127.0.0.1", 0);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            URI slow = URI.create("http://127.0.0.1:" + app.port() + "/test/slow");
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 12; i++) {
                calls.add(http.sendAsync(HttpRequest.newBuilder(slow).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(200);
            long h = System.nanoTime();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            long healthMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - h);
            assertThat(health.statusCode()).isEqualTo(200);
            // bounded, not a measured speed: the slow requests take 1.5 s each, health must not wait for them
            assertThat(healthMillis).isLessThan(1000);
            int ok = 0;
            int refused = 0;
            for (CompletableFuture<HttpResponse<String>> c : calls) {
                HttpResponse<String> r = c.get(20, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    assertThat(r.statusCode()).isEqualTo(503);
                    assertThat(r.headers().firstValue("Retry-After")).hasValue(String.valueOf(HttpLimits.RETRY_AFTER_SECONDS));
                    assertThat(Http.JSON.readTree(r.body()).get("status").asInt()).isEqualTo(503);
                    refused++;
                }
            }
            // two at work; two may wait 300 ms, less than the 1.5 s a turn takes: every other one is refused
            assertThat(ok).isEqualTo(2);
            assertThat(refused).isEqualTo(10);
            assertThat(processed.get()).isEqualTo(2);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
            // and once the load is gone, the server serves again
            HttpResponse<String> after = http.send(HttpRequest.newBuilder(slow).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    @Test
    void aRequestOlderThanItsTimeoutIsNotProcessed() throws Exception {
        HttpLimits limits = new HttpLimits(64, 4, 4, Duration.ofMillis(100), Duration.ofMillis(300));
        AtomicInteger processed = new AtomicInteger();
        Javalin app = PrecisServer.create(context(), limits, routes -> routes.get("/test/count", ctx -> {
            processed.incrementAndGet();
            ctx.result("counted");
        })).start("127.0.0.1", 0);
        try {
            // the request line arrives, the rest of the headers 800 ms later: the request is older than
            // its 300 ms timeout when it could start, so it is refused without running the handler
            byte[] first = "GET /test/count HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII);
            byte[] rest = "Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            Raw late = exchange(app.port(), first, rest, 800);
            assertThat(late.status).as(late.head).isEqualTo(503);
            assertThat(late.head).containsIgnoringCase("Retry-After");
            assertThat(processed.get()).isZero();
            Raw prompt = exchange(app.port(), first, rest, 0);
            assertThat(prompt.status).isEqualTo(200);
            assertThat(processed.get()).isEqualTo(1);
        } finally {
            app.stop();
        }
    }

    @Test
    void pastTheConnectionLimitRequestsGetAQuick503AndAClosedConnectionWhileHealthIsAnswered() throws Exception {
        HttpLimits limits = new HttpLimits(16, 4, 4, Duration.ofMillis(100), Duration.ofSeconds(5));
        AtomicInteger processed = new AtomicInteger();
        Javalin app = PrecisServer.create(context(), limits, routes -> routes.get("/test/ok", ctx -> {
            processed.incrementAndGet();
            ctx.result("ok");
        })).start("127.0.0.1", 0);
        List<Socket> idle = new ArrayList<>();
        byte[] ok = "GET /test/ok HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] health = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try {
            // sixteen clients hold connections open without sending anything (slow or idle clients)
            for (int i = 0; i < 16; i++) {
                idle.add(new Socket(InetAddress.getLoopbackAddress(), app.port()));
            }
            Thread.sleep(300);
            Raw refused = exchange(app.port(), ok, null, 0);
            assertThat(refused.status).as(refused.head).isEqualTo(503);
            assertThat(refused.head).containsIgnoringCase("Retry-After: " + HttpLimits.RETRY_AFTER_SECONDS)
                    .containsIgnoringCase("Connection: close");
            assertThat(Http.JSON.readTree(refused.body).get("error").asText()).contains("connections");
            assertThat(processed.get()).isZero();
            Raw healthy = exchange(app.port(), health, null, 0);
            assertThat(healthy.status).as(healthy.head).isEqualTo(200);
            // the clients leave: the next request is served
            for (Socket s : idle) {
                s.close();
            }
            idle.clear();
            Raw served = null;
            for (int i = 0; i < 50 && (served == null || served.status != 200); i++) {
                Thread.sleep(100);
                served = exchange(app.port(), ok, null, 0);
            }
            assertThat(served.status).isEqualTo(200);
            assertThat(processed.get()).isEqualTo(1);
        } finally {
            for (Socket s : idle) {
                s.close();
            }
            app.stop();
        }
    }

    private static String contentType(String head) {
        return head.lines().filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13))
                .map(l -> l.substring(13).strip()).findFirst().orElse(null);
    }

    /** An answer read off a socket: status, head, body, and how many body bytes we had sent by then. */
    private record Raw(int status, String head, String body, long sentBeforeAnswer) {
    }

    /**
     * POSTs a chunked body of up to {@code total} bytes while another thread reads the answer; stops
     * sending once the answer starts. {@code sentBeforeAnswer} is how much had been sent by then: the
     * whole body when the server read it all before answering.
     */
    private static Raw chunkedPost(int port, String path, long total) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            AtomicLong sent = new AtomicLong();
            AtomicLong answeredAt = new AtomicLong(-1);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> {
                try {
                    InputStream in = s.getInputStream();
                    byte[] buf = new byte[8192];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        answeredAt.compareAndSet(-1, sent.get());
                        synchronized (answer) {
                            answer.write(buf, 0, n);
                        }
                    }
                } catch (IOException closed) {
                    // reset after the answer: keep what arrived
                }
            });
            reader.start();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TestLibrary.TOKEN
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[8192];
            java.util.Arrays.fill(chunk, (byte) 'a');
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                while (sent.get() < total && answeredAt.get() < 0) {
                    out.write(size);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent.addAndGet(chunk.length);
                }
                if (sent.get() >= total) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (SocketException closedByServer) {
                // the server answered and closed while we were still sending: what a limit should do
            }
            reader.join(30_000);
            byte[] bytes;
            synchronized (answer) {
                bytes = answer.toByteArray();
            }
            Raw r = parse(new String(bytes, StandardCharsets.UTF_8), answeredAt.get() < 0 ? sent.get() : answeredAt.get());
            return r;
        }
    }

    private static Raw exchange(int port, byte[] first, byte[] rest, long pauseMillis) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(first);
            out.flush();
            if (rest != null) {
                Thread.sleep(pauseMillis);
                out.write(rest);
                out.flush();
            }
            return read(s.getInputStream(), 0);
        }
    }

    private static Raw read(InputStream in, long sent) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            in.transferTo(buf);
        } catch (SocketException reset) {
            // a reset after the answer: keep what arrived
        }
        return parse(buf.toString(StandardCharsets.UTF_8), sent);
    }

    private static Raw parse(String all, long sent) {
        int split = all.indexOf("\r\n\r\n");
        String head = split < 0 ? all : all.substring(0, split);
        String body = split < 0 ? "" : all.substring(split + 4);
        int status = head.startsWith("HTTP/1.1 ") && head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
        if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Raw(status, head, body, sent);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(i, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }
}
