package dev.precis.cli;

import dev.precis.pipeline.Precis;
import dev.precis.ingest.FeedPoller;
import dev.precis.server.digest.DigestLinks;
import dev.precis.server.digest.DigestMail;
import dev.precis.server.digest.DigestSchedule;
import dev.precis.ingest.FeedResult;
import dev.precis.ingest.FeedWatch;
import dev.precis.ingest.PollClock;
import dev.precis.pipeline.ShippedModels;
import java.time.Duration;
import dev.precis.server.ArticleIntake;
import dev.precis.server.FeedPolls;
import dev.precis.server.PrecisServer;
import dev.precis.server.QuietConsolidation;
import dev.precis.server.Security;
import dev.precis.server.ServerConfig;
import dev.precis.server.ServerContext;
import dev.precis.store.Library;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis serve}: the web reader and the REST API over the library, until Ctrl-C or SIGTERM,
 * which stop it gracefully (requests in flight finish, then the library is closed).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web reader and the REST API (/api, /openapi.json, /health, /metrics) over the library.")
final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_FILE = "server-token";

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions library = new LibraryOptions();
    @Mixin
    MeaningOptions meaning = new MeaningOptions();

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Write token. Default: env PRECIS_TOKEN, else the token file in the data directory (created at first start).")
    String token;

    @Option(names = "--protect-reads", description = "Reading needs the token too (or a login in the reader).")
    boolean protectReads;

    @Option(names = "--max-request-bytes", defaultValue = "2097152", description = "Largest request body (default ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--no-poll", description = "Do not read the subscribed feeds on their schedules (POST /api/feeds/poll still reads them on request; see 'precis watch').")
    boolean noPoll;

    @Mixin
    PollOptions poll = new PollOptions();

    @Mixin
    MailOptions mail = new MailOptions();

    @Option(names = "--digest-at", defaultValue = "07:00", paramLabel = "HH:MM",
            description = "With --smtp-url: mail the last 24 hours' digest every day at this UTC time (default ${DEFAULT-VALUE}).")
    java.time.LocalTime digestAt;

    @Option(names = "--base-url", defaultValue = "", paramLabel = "URL",
            description = "With --smtp-url: the reader's address as the mail's readers reach it, e.g. https://news.example.org, for the"
                    + " mailed digest's links (default: each article's own URL; stories and articles without one link to this server's address).")
    String baseUrl;

    @Option(names = "--max-active", description = "Requests processed at once; more wait in the queue (default 8).")
    Integer maxActive;

    @Option(names = "--max-queued", description = "Requests waiting for a turn; more are refused with 503 and Retry-After (default 32).")
    Integer maxQueued;

    @Option(names = "--max-queue-wait-ms", description = "Longest wait for a turn, in ms; longer waits are refused with 503 (default 50).")
    Long maxQueueWaitMs;

    /** The request limits: the defaults with what the options change. */
    dev.precis.server.HttpLimits limits() {
        dev.precis.server.HttpLimits d = dev.precis.server.HttpLimits.DEFAULT;
        try {
            return new dev.precis.server.HttpLimits(d.maxConnections(), maxActive != null ? maxActive : d.maxActive(),
                    maxQueued != null ? maxQueued : d.maxQueued(),
                    maxQueueWaitMs != null ? java.time.Duration.ofMillis(maxQueueWaitMs) : d.maxQueueWait(), d.requestTimeout());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--max-active, --max-queued, --max-queue-wait-ms: " + e.getMessage());
        }
    }

    /** What "now" is for the digest's schedule, and the timer that runs it (tests replace both; null: a real timer). */
    java.time.Clock clock = java.time.Clock.systemUTC();
    DigestSchedule.Timer digestTimer;

    /** A running server and what it holds; {@code polling} is null with --no-poll, {@code mailing} without --smtp-url. */
    record Running(Javalin app, Library library, ArticleIntake intake, String url, FeedWatch polling, FeedPoller poller, FeedPolls pollNow,
                   DigestSchedule mailing) {
        void stop() throws IOException {
            poller.stop(); // the schedule's and the API's reads end between items
            if (mailing != null) {
                mailing.close();
            }
            pollNow.close();
            if (polling != null) {
                polling.close();
            }
            poller.close();
            PrecisServer.stopGracefully(app, PrecisServer.GRACE);
            try {
                intake.close();
            } finally {
                library.close();
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        Running running = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.stop();
            } catch (IOException | RuntimeException e) {
                System.err.println("precis: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "precis-shutdown"));
        stopped.await();
        return 0;
    }

    /** Opens the library and starts the server; prints the URL (and a new token once). */
    Running start() throws IOException {
        // defaults only: -D settings given by the user (or simplelogger.properties) win
        LogDefaults.set("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        LogDefaults.set("org.slf4j.simpleLogger.log.io.javalin", "warn");
        LogDefaults.set("org.slf4j.simpleLogger.showDateTime", "true");
        LogDefaults.set("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        PrintWriter out = spec.commandLine().getOut();
        // every option is checked, in its own name, before anything is written (a first start saves a token)
        if (port < 0 || port > 65535) {
            throw new UserInputException("--port must be from 0 to 65535 (0 picks a free one), got " + port);
        }
        checkHost(host);
        ListenPort.checkFree(host, port);
        if (maxRequestBytes < 1024) {
            throw new UserInputException("--max-request-bytes must be at least 1024, got " + maxRequestBytes);
        }
        DigestMail mailer = mail.mail();
        DigestCommand.checkBaseUrl(baseUrl);
        if (mailer == null && !baseUrl.isEmpty()) {
            throw new UserInputException("--base-url sets the mailed digest's links: it needs --smtp-url");
        }
        dev.precis.server.HttpLimits checkedLimits = limits();
        poll.check(); // else a bad --concurrency or --host-gap stops the server after it has started
        // the API's ingest reads internal addresses only with the same option as the feed poller
        dev.precis.extract.InternalAllowList unsafeAllowed = poll.allowList();
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, resolveToken(out), protectReads, maxRequestBytes);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        // models load now (while the library opens), not at the first article someone adds
        ShippedModels models = ShippedModels.loadInBackground();
        Library lib = library.open(meaning);
        Javalin app;
        ServerContext context;
        ArticleIntake intake;
        try {
            Precis precis = models.precis();
            intake = ArticleIntake.builder(lib, precis).withShippedModels(models).consolidateWhenQuiet(QuietConsolidation.QUIET)
                    .unsafeAllowInternalAddresses(unsafeAllowed).build();
            context = new ServerContext(lib, precis, config, intake);
            app = PrecisServer.create(context, checkedLimits);
            ListenPort.start(app, host, port);
        } catch (RuntimeException e) {
            lib.close();
            throw e;
        }
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/";
        out.println("Precis is serving " + lib.size() + " articles at " + url + " (API " + url + "api, " + url + "openapi.json); Ctrl-C stops");
        if (lib.size() == 0) {
            // a mistyped --data serves a new empty library: say where it is and how articles get in
            dev.precis.store.LibraryConfig where = library.config();
            out.println("note: the library " + (where.jdbcUrl() == null ? "in " + where.dataDir() : "in the --db database")
                    + " is empty; add articles with 'precis ingest"
                    + library.dataOption() + " FILE|URL' or POST " + url + "api/articles");
        }
        if (!isLoopback(host) && !protectReads) {
            out.println("note: listening on " + host + " with open reads; use --protect-reads to require the token for reading");
        }
        FeedWatch watch = null;
        // one poller for the schedule and the API's "poll now": a feed is never read twice at once
        FeedPoller poller = poll.poller(lib, models);
        FeedPolls pollNow = new FeedPolls(poller, lib.subscriptions());
        context.feedPolls(pollNow);
        if (!noPoll) {
            org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("dev.precis.feeds");
            watch = new FeedWatch(poller, lib.subscriptions(), PollClock.system(), Duration.ofSeconds(30), report -> {
                for (FeedResult f : report.feeds()) {
                    if (f.ok()) {
                        log.info("{}", FeedsCommand.line(f));
                    } else {
                        log.warn("{}", FeedsCommand.line(f));
                    }
                }
            }, e -> log.warn("feed polling: {}", e.getMessage()));
            watch.start();
            context.polling(true);
            out.println("polling " + lib.subscriptions().list().size() + " subscribed feeds on their schedules (--no-poll to turn off)");
        }
        DigestSchedule mailing = null;
        if (mailer != null) {
            org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("dev.precis.digest");
            mailing = new DigestSchedule(lib, mailer, digestAt, DigestLinks.portable(baseUrl, url), clock,
                    digestTimer != null ? digestTimer : DigestSchedule.Timer.system(clock), log::info);
            out.println("mailing the digest to " + String.join(", ", mail.to) + " daily at " + digestAt + " UTC, first "
                    + mailing.start());
            if (baseUrl.isEmpty()) {
                // the server's own address is often 127.0.0.1 or an inner name: a link a reader elsewhere cannot open
                out.println("note: the mailed digest links each article's own URL; stories and articles without one (files, pasted text)"
                        + " link to " + url + ", which mail readers elsewhere may not reach: give --base-url with the reader's public address");
            }
        }
        out.flush();
        return new Running(app, lib, intake, url, watch, poller, pollNow, mailing);
    }

    /** --token, else PRECIS_TOKEN, else the token file (created with a random token, mode 0600, printed once). */
    String resolveToken(PrintWriter out) throws IOException {
        if (token != null) {
            if (token.isBlank()) {
                throw new UserInputException("--token: empty");
            }
            return token;
        }
        String env = System.getenv("PRECIS_TOKEN");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        Path file = library.config().dataDir().resolve(TOKEN_FILE);
        if (Files.exists(file)) {
            String t = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (t.isEmpty()) {
                throw new UserInputException(file + ": the token file is empty; delete it to get a new token");
            }
            out.println("write token: in " + file);
            return t;
        }
        String t = Security.randomToken();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.nio.file.FileSystemException e) {
            // the bare path is the JDK's whole message ("precis: /home/me/notes.txt" for a --data that is a file)
            throw new UserInputException(LibraryOptions.folderProblem(library.config().dataDir(), e), e);
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return resolveToken(out);
        }
        Files.writeString(file, t + "\n", StandardCharsets.UTF_8);
        out.println("new write token (saved in " + file + ", readable only by you): " + t);
        return t;
    }

    /**
     * The interface must be one of this machine's (or the wildcard 0.0.0.0 / ::): a failed bind would otherwise be
     * reported as a busy port, after the token was saved.
     */
    static void checkHost(String host) {
        java.net.InetAddress a;
        try {
            a = java.net.InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            throw new UserInputException("--host " + host + ": unknown host; give an address of this machine, e.g. 127.0.0.1 or 0.0.0.0");
        }
        boolean own;
        try {
            own = a.isAnyLocalAddress() || a.isLoopbackAddress() || java.net.NetworkInterface.getByInetAddress(a) != null;
        } catch (java.net.SocketException e) {
            own = true; // the interfaces cannot be listed: the bind decides
        }
        if (!own) {
            throw new UserInputException("--host " + host + ": not an address of this machine; give one of its addresses, e.g. 127.0.0.1 or 0.0.0.0");
        }
    }

    private static boolean isLoopback(String h) {
        return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("::1") || h.startsWith("127.");
    }
}
