package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connection goes only to addresses that were checked (DNS rebinding), and the stream limits hold. */
class SafeFetcherPinningTest {

    /** TEST-NET-3: public as far as {@link CheckingResolver#isInternal} is concerned, and nobody answers there. */
    private static final String PUBLIC = "203.0.113.7";
    /** Longer than any fetch of these tests takes when its limits work, on a busy machine too. */
    private static final Duration GUARD = Duration.ofSeconds(60);

    private HttpServer server;
    private int port;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();
    private final List<String> encodings = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            hostHeaders.add(ex.getRequestHeaders().getFirst("Host"));
            encodings.add(ex.getRequestHeaders().getFirst("Accept-Encoding"));
            reply(ex, "<html><body><p>Inside the intranet.</p></body></html>".getBytes(StandardCharsets.UTF_8), null);
        });
        server.createContext("/gzip", ex -> {
            encodings.add(ex.getRequestHeaders().getFirst("Accept-Encoding"));
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write("<html><body><p>Compressed news.</p></body></html>".getBytes(StandardCharsets.UTF_8));
            }
            reply(ex, zipped.toByteArray(), "gzip");
        });
        server.createContext("/endless", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked, no length announced
            byte[] block = "<p>more</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 200_000; i++) { // ~220 MB unless the client hangs up first
                    out.write(block);
                }
            } catch (IOException expected) {
                // the client hung up
            }
        });
        server.createContext("/trickle", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 1_000);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 1_000; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException expected) {
                // the client hung up
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-page-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void reply(HttpExchange ex, byte[] body, String encoding) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        if (encoding != null) {
            ex.getResponseHeaders().add("Content-Encoding", encoding);
        }
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Limits far above what a fetch from the local server takes: on a shared machine at a load average of 40+
     * the first fetches of a JVM (loading the HTTP client) took longer than the 2 s these tests once allowed,
     * and failed as timeouts. The time limit itself is tested with its own tight policy below.
     */
    private static SafeFetcher.Policy policy(boolean allowPrivate) {
        return new SafeFetcher.Policy(Duration.ofSeconds(2), Duration.ofSeconds(30), 3, 10_000, "precis-test", allowPrivate);
    }

    /** Answers {@code answers[0]} on the first lookup of {@code name}, {@code answers[1]} on later ones. */
    private static final class ScriptedDns implements SafeFetcher.HostResolver {
        private final String name;
        private final InetAddress[][] answers;
        final AtomicInteger lookups = new AtomicInteger();

        ScriptedDns(String name, InetAddress[]... answers) {
            this.name = name;
            this.answers = answers;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (!host.equals(name)) {
                throw new UnknownHostException(host);
            }
            int n = lookups.getAndIncrement();
            return answers[Math.min(n, answers.length - 1)];
        }
    }

    private static InetAddress[] ip(String... literals) throws UnknownHostException {
        InetAddress[] out = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            out[i] = InetAddress.getByName(literals[i]);
        }
        return out;
    }

    @Test
    void aRebindingNameNeverReachesTheLocalServer() throws Exception {
        ScriptedDns dns = new ScriptedDns("rebind.example", ip(PUBLIC), ip("127.0.0.1"));
        SafeFetcher strict = new SafeFetcher(policy(false), dns);
        String url = "http://rebind.example:" + port + "/page";
        assertTimeoutPreemptively(GUARD, () -> {
            // the checked public address normally fails (unreachable, or whatever a sandbox's egress
            // answers); what matters is that the connection never goes to 127.0.0.1
            try {
                strict.fetch(url);
            } catch (IOException failed) {
                assertThat(failed).hasMessageStartingWith(url + ": ");
            }
        });
        assertThat(requests).hasValue(0);
        assertThat(dns.lookups).as("one lookup, the checked one").hasValue(1);
    }

    @Test
    void theSocketConnectsToTheAddressOfTheCheckedLookup() throws Exception {
        // the mirror image: the first (used) answer is the local server, a second lookup would say public
        ScriptedDns dns = new ScriptedDns("intranet.test", ip("127.0.0.1"), ip(PUBLIC));
        SafeFetcher trusting = new SafeFetcher(policy(true), dns);
        SafeFetcher.Page page = trusting.fetch("http://intranet.test:" + port + "/page");
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains("Inside the intranet.");
        assertThat(dns.lookups).hasValue(1);
        assertThat(hostHeaders).as("the request still names the host").containsExactly("intranet.test:" + port);
    }

    @Test
    void aHostWithOnePublicAndOneInternalAddressIsRefused() throws Exception {
        String[][] cases = {{PUBLIC, "127.0.0.1"}, {"127.0.0.1", PUBLIC}, {"2606:4700::1111", "fd00:0:0:0:0:0:0:1"}};
        for (String[] answer : cases) {
            String internal = answer[0].equals("127.0.0.1") ? answer[0] : answer[1];
            SafeFetcher strict = new SafeFetcher(policy(false), new ScriptedDns("mixed.example", ip(answer)));
            assertThatThrownBy(() -> strict.fetch("http://mixed.example:" + port + "/page"))
                    .hasMessage("http://mixed.example:" + port + "/page: refused, mixed.example resolves to the internal address "
                            + internal);
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void privateAddressesAreFetchedWhenThePolicyAllowsThem() throws IOException {
        SafeFetcher trusting = new SafeFetcher(policy(true));
        SafeFetcher.Page page = trusting.fetch("http://127.0.0.1:" + port + "/page");
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains("Inside the intranet.");
        assertThat(requests).hasValue(1);
    }

    @Test
    void anUnknownHostIsNamed() throws Exception {
        SafeFetcher strict = new SafeFetcher(policy(false), new ScriptedDns("known.example", ip()));
        assertThatThrownBy(() -> strict.fetch("http://nowhere.example/x"))
                .hasMessage("http://nowhere.example/x: unknown host nowhere.example");
    }

    @Test
    void gzipBytesArePassedOnAsSent() throws Exception {
        SafeFetcher trusting = new SafeFetcher(policy(true));
        SafeFetcher.Page page = trusting.fetch("http://127.0.0.1:" + port + "/gzip");
        assertThat(page.bytes()[0] & 0xff).isEqualTo(0x1f);
        assertThat(page.bytes()[1] & 0xff).isEqualTo(0x8b);
        assertThat(PageDecoder.decode(page.bytes(), page.contentType())).contains("Compressed news.");
        assertThat(encodings).containsExactly("gzip");
    }

    @Test
    void anEndlessBodyStopsAtTheSizeLimit() {
        SafeFetcher trusting = new SafeFetcher(policy(true));
        assertTimeoutPreemptively(GUARD, () ->
                assertThatThrownBy(() -> trusting.fetch("http://127.0.0.1:" + port + "/endless"))
                        .hasMessage("http://127.0.0.1:" + port + "/endless: the page is larger than 10000 bytes"));
    }

    @Test
    void aTricklingBodyHitsTheTotalTimeLimit() {
        SafeFetcher impatient = new SafeFetcher(new SafeFetcher.Policy(Duration.ofMillis(500), Duration.ofMillis(400), 3,
                10_000, "precis-test", true));
        // the trickle takes 50 s: ending within the 30 s guard means the 400 ms limit cut it, even on a busy machine
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> impatient.fetch("http://127.0.0.1:" + port + "/trickle"))
                        .hasMessage("http://127.0.0.1:" + port + "/trickle: timed out"));
    }
}
