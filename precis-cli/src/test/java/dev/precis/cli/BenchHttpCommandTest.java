package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchHttpCommandTest {

    @Test
    void badFlagsGiveOneLineAndExit2() {
        String[][] cases = {
                {"bench", "http", "--ids", "10-1"},
                {"bench", "http", "--ids", "x"},
                {"bench", "http", "--rate", "0"},
                {"bench", "http", "--rate", "many"},
                {"bench", "http", "--duration", "0"},
                {"bench", "http", "--connections", "0"},
                {"bench", "http", "--url", "ftp://example.org"},
                {"bench", "http", "--url", "http://exa mple"},
                {"bench", "http", "--path", "no-slash"},
                {"bench", "http", "--timeout-ms", "0"},
                {"bench", "http", "--pid", "0"},
                {"bench", "http", "--format", "xml"},
                {"bench", "http", "--no-such-flag"},
        };
        for (String[] args : cases) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.oneLineError()).as(run.err()).isTrue();
        }
    }

    @Test
    void shortRunAgainstAStandInServerPrintsJson() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            CliRun run = CliRun.of("bench", "http", "--url", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "--path", "/health", "--rate", "50", "--duration", "1", "--warmup", "0", "--expect", "ok", "--timeout-ms", "30000",
                    "--pid", Long.toString(ProcessHandle.current().pid()), "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode j = new ObjectMapper().readTree(run.out());
            assertThat(j.get("sent").asLong()).isEqualTo(50);
            assertThat(j.get("succeeded").asLong()).isEqualTo(50);
            assertThat(j.get("status").get("200").asLong()).isEqualTo(50);
            assertThat(j.get("latencyMs").get("count").asLong()).isEqualTo(50);
            assertThat(j.get("server").get("peakRssKb").asLong()).isPositive();
        } finally {
            server.stop(0);
        }
    }
}
