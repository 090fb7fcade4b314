package dev.precis.cli;

import dev.precis.ingest.FeedPoller;
import dev.precis.ingest.FeedResult;
import dev.precis.ingest.FeedWatch;
import dev.precis.ingest.PollClock;
import dev.precis.pipeline.ShippedModels;
import dev.precis.store.Library;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis watch}: keeps the subscriptions fresh until stopped, without the web server. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll the subscribed feeds on their schedules until Ctrl-C or SIGTERM, storing new articles (no web server).",
                "A stop ends the reads between items and exits with 130 (Ctrl-C) or 143 (SIGTERM), the JVM's codes for a signal.",
                "It watches feeds only, not folders: to keep a folder in the library, run 'precis ingest FOLDER' again (by hand"
                        + " or from cron); files already stored count as duplicates, new and changed files are added (a changed"
                        + " file is a new article, the old one stays) and removed files are left in the library."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions library = new LibraryOptions();
    @Mixin
    MeaningOptions meaning = new MeaningOptions();

    @Mixin
    PollOptions poll = new PollOptions();

    @Override
    public Integer call() throws Exception {
        ShippedModels models = ShippedModels.loadInBackground();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Library lib = library.openExisting(meaning); FeedPoller poller = poll.poller(lib, models)) {
            out.println("watching " + lib.subscriptions().list().size() + " subscriptions; Ctrl-C to stop");
            out.flush();
            FeedWatch watch = new FeedWatch(poller, lib.subscriptions(), PollClock.system(), Duration.ofSeconds(30), report -> {
                for (FeedResult f : report.feeds()) {
                    out.println(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " " + FeedsCommand.line(f));
                }
                out.flush();
            }, e -> {
                err.println("precis watch: " + e.getMessage());
                err.flush();
            });
            // SIGTERM or Ctrl-C: the loop ends (reads stop between items), then this thread closes the library
            Thread hook = new Thread(() -> {
                watch.stop();
                try {
                    stopped.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }, "precis-watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            watch.runUntil(Instant.MAX); // until the shutdown hook stops it
            poller.close(); // waits for the item in progress
            lib.flush();
            out.println("precis watch: stopped; the library has " + lib.size() + " articles");
            out.flush();
        } finally {
            stopped.countDown();
        }
        return 0;
    }
}
