package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    private ServeCommand command(StringWriter out, String... args) {
        ServeCommand cmd = new ServeCommand();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out, true));
        cl.parseArgs(args);
        return cmd;
    }

    @Test
    void servesTheLibraryOnLoopbackAndStopsCleanly() throws Exception {
        StringWriter out = new StringWriter();
        ServeCommand cmd = command(out, "--data", dir.toString(), "--port", "0", "--token", "t0ken-for-test");
        ServeCommand.Running running = cmd.start();
        try {
            assertThat(running.url()).startsWith("http://127.0.0.1:");
            assertThat(out.toString()).contains("Precis is serving 0 articles at " + running.url())
                    .contains("note: the library in " + dir + " is empty; add articles with 'precis ingest --data " + dir);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(running.url() + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"articles\":0");
            HttpResponse<String> write = client.send(HttpRequest.newBuilder(URI.create(running.url() + "api/articles"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(write.statusCode()).isEqualTo(401);
        } finally {
            running.stop();
        }
        assertThat(running.app().jettyServer().server().isStopped()).isTrue();
    }

    @Test
    void theApisIngestReadsTheInternalAddressesServeWasGiven() throws Exception {
        com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<html><head><title>Ferry fares frozen</title></head><body><article><h1>Ferry fares frozen</h1><p>The island"
                + " council froze ferry fares for the winter after the operator agreed to run the early crossing on Sundays.</p><p>The"
                + " freeze holds until April, when the council reviews the contract.</p></article></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        site.createContext("/", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        site.start();
        ServeCommand.Running running = command(new StringWriter(), "--data", dir.toString(), "--port", "0", "--token", "t0ken-for-test",
                "--no-poll", "--unsafe-allow-internal-address", "127.0.0.1").start();
        try {
            String body = "[\"http://127.0.0.1:" + site.getAddress().getPort() + "/news/fares\"]";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(running.url() + "api/ingest"))
                    .header("Authorization", "Bearer t0ken-for-test").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            // main: 200 with the URL refused in the report, the option fed the feed poller only
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("\"added\":1");
        } finally {
            running.stop();
            site.stop(0);
        }
    }

    @Test
    void aTokenIsCreatedOnceWithOwnerOnlyPermissions() throws Exception {
        StringWriter first = new StringWriter();
        String created = command(first, "--data", dir.toString()).resolveToken(new PrintWriter(first, true));
        Path file = dir.resolve(ServeCommand.TOKEN_FILE);
        assertThat(first.toString()).contains("new write token").contains(created);
        assertThat(created).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Files.readString(file).strip()).isEqualTo(created);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        StringWriter second = new StringWriter();
        String again = command(second, "--data", dir.toString()).resolveToken(new PrintWriter(second, true));
        assertThat(again).isEqualTo(created);
        assertThat(second.toString()).doesNotContain(created);

        StringWriter flag = new StringWriter();
        assertThat(command(flag, "--data", dir.toString(), "--token", "given").resolveToken(new PrintWriter(flag, true))).isEqualTo("given");
    }

    @Test
    void theUsersLogSettingsAreKept() throws Exception {
        String key = "org.slf4j.simpleLogger.log.io.javalin";
        String before = System.getProperty(key);
        System.setProperty(key, "debug");
        try {
            ServeCommand.Running running = command(new StringWriter(), "--data", dir.toString(), "--port", "0", "--token", "t0ken-for-test").start();
            running.stop();
            assertThat(System.getProperty(key)).isEqualTo("debug");
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    @Test
    void badFlagsAreOneLineErrors() {
        CliRun run = CliRun.of("serve", "--data", dir.toString(), "--port", "70000", "--token", "t");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.oneLineError()).isTrue();
        assertThat(run.err()).contains("port");
    }

    @Test
    void aBusyPortIsOneLineNamingItBeforeAnythingIsWritten() throws Exception {
        Path data = dir.resolve("lib");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            // main: Javalin's "ERROR io.javalin.Javalin - Failed to start Javalin" above "the port is in use or not allowed"
            CliRun run = CliRun.of("serve", "--data", data.toString(), "--port", Integer.toString(port));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("precis: cannot listen on 127.0.0.1:" + port + ": the port is already in use"
                    + " (another 'precis serve'?); give another --port, or --port 0 for a free one\n");
            assertThat(run.out()).isEmpty();
            assertThat(data).as("no token, no library").doesNotExist();
        }
    }

    @Test
    void aPortTakenAfterTheCheckIsTheSameOneLineWithoutJavalinsOwnButOtherWarningsShow() throws Exception {
        String log;
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            log = startCapturingStderr(app -> assertThatThrownBy(() -> ListenPort.start(app, "127.0.0.1",
                    taken.getLocalPort())).isInstanceOf(UserInputException.class)
                    .hasMessage("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is already in use"
                            + " (another 'precis serve'?); give another --port, or --port 0 for a free one"));
        }
        assertThat(log).doesNotContain("Failed to start Javalin");
        // main switched Javalin's logger off while it started: this warning was lost with the busy-port line
        assertThat(log).contains("WARN io.javalin.Javalin - the harbour plugin is deprecated");
    }

    @Test
    void aStartUpWarningShowsWhenTheServerStarts() throws Exception {
        String log = startCapturingStderr(app -> {
            ListenPort.start(app, "127.0.0.1", 0);
            assertThat(app.port()).isPositive();
        });
        assertThat(log).contains("WARN io.javalin.Javalin - the harbour plugin is deprecated");
    }

    /** Runs {@code start} on an app whose start-up logs a Javalin warning, with System.err captured; stops the app. */
    private static String startCapturingStderr(java.util.function.Consumer<io.javalin.Javalin> start) {
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        java.io.PrintStream realErr = System.err;
        io.javalin.Javalin app = io.javalin.Javalin.create(cfg -> cfg.events.serverStarting(
                () -> io.javalin.util.JavalinLogger.warn("the harbour plugin is deprecated")));
        System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            start.accept(app);
        } finally {
            System.setErr(realErr);
            app.stop();
        }
        return log.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void everyOptionIsCheckedInItsOwnNameBeforeATokenIsSaved() {
        // main saved a new token file, then said "port must be in 0..65535" / "maxRequestBytes must be ..."
        String[][] cases = {{"--port", "-1", "precis: --port must be from 0 to 65535 (0 picks a free one), got -1"},
                {"--max-request-bytes", "-5", "precis: --max-request-bytes must be at least 1024, got -5"},
                {"--smtp-url", "foo", "precis: --smtp-url foo: expected smtp://host:port or smtps://host:port"},
                // main: a token saved, a logged "Failed to start Javalin", then "the port is in use or not allowed (try --port)"
                {"--host", "203.0.113.7", "precis: --host 203.0.113.7: not an address of this machine; give one of its addresses, e.g. 127.0.0.1 or 0.0.0.0"},
                // main: checked by the feed poller, after the token was saved and the server started
                {"--unsafe-allow-internal-address", "localhost", "precis: --unsafe-allow-internal-address: not an IP address or CIDR block: localhost"},
                {"--base-url", "news.example.org", "precis: --base-url news.example.org: not an http(s) URL, e.g. https://news.example.org or http://127.0.0.1:7070"},
                {"--base-url", "https://news.example.org", "precis: --base-url sets the mailed digest's links: it needs --smtp-url"},
                // main: the server started and served, then stopped on these poll options (ux45's sweep)
                {"--concurrency", "-2", "precis: --concurrency must be 1..64, got -2"},
                {"--host-gap", "soon", "precis: --host-gap soon: expected a duration like 90s, 30m, 2h or 1d"}};
        for (String[] c : cases) {
            CliRun run = c[0].equals("--port") ? CliRun.of("serve", "--data", dir.toString(), c[0], c[1])
                    : CliRun.of("serve", "--data", dir.toString(), c[0], c[1], "--port", "0");
            assertThat(run.exitCode()).as(c[0]).isEqualTo(2);
            assertThat(run.err()).isEqualTo(c[2] + "\n");
            assertThat(run.out()).as(c[0]).isEmpty();
            assertThat(dir.resolve(ServeCommand.TOKEN_FILE)).as(c[0]).doesNotExist();
        }
        // a bad time of day: main printed "cannot convert '25:00' to class java.time.LocalTime (java.time.format...)"
        CliRun at = CliRun.of("serve", "--data", dir.toString(), "--digest-at", "25:00");
        assertThat(at.exitCode()).isEqualTo(2);
        assertThat(at.oneLineError()).as(at.err()).isTrue();
        assertThat(at.err()).contains("'25:00' is not a time of day (HH:MM").doesNotContain("java.");
    }

    @Test
    void aDataPathThatIsAFileIsNamedAsTheOtherCommandsNameIt() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a library");
        // main: "precis: …/notes.txt", exit 1 (the JDK's bare path, from saving the token)
        CliRun run = CliRun.of("serve", "--data", file.toString(), "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: --data " + file + ": is a file, not a library folder\n");
    }
}
