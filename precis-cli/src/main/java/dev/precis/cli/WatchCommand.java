package dev.precis.cli;

import dev.precis.ingest.FeedPoller;
import dev.precis.ingest.FeedResult;
import dev.precis.ingest.FeedWatch;
import dev.precis.ingest.PollClock;
import dev.precis.pipeline.ShippedModels;
import dev.precis.store.Library;
import dev.precis.model.Counts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis watch}: keeps the subscriptions fresh until stopped, without the web server. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll the subscribed feeds on their schedules until Ctrl-C or SIGTERM, storing new articles (no web server).",
                "A stop ends the reads between items and exits with 130 (Ctrl-C) or 143 (SIGTERM), the JVM's codes for a signal.",
                "With --folder DIR it also looks into DIR every --folder-every (polling, not change notifications) and ingests"
                        + " the files that are new or changed once they stand still between two looks (a file being copied waits);"
                        + " a changed file is a new article (the old one stays), removed files are left in the library, hidden"
                        + " files are passed over. The first look's files are taken too: those already stored count as duplicates."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions library = new LibraryOptions();
    @Mixin
    MeaningOptions meaning = new MeaningOptions();

    @Mixin
    PollOptions poll = new PollOptions();

    @Option(names = "--folder", paramLabel = "DIR", description = "Also ingest the files dropped into this folder (repeatable).")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--folder-every", defaultValue = "30s", paramLabel = "DURATION",
            description = "How often to look into the folders (default ${DEFAULT-VALUE}; 1s to 1d).")
    String folderEvery;

    @Override
    public Integer call() throws Exception {
        Duration every = PollOptions.duration("--folder-every", folderEvery);
        if (every.compareTo(Duration.ofSeconds(1)) < 0 || every.compareTo(Duration.ofDays(1)) > 0) {
            throw new UserInputException("--folder-every " + folderEvery + ": must be from 1s to 1d");
        }
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new UserInputException("--folder " + f + (Files.exists(f) ? ": is a file, not a folder" : ": no such folder"));
            }
        }
        ShippedModels models = ShippedModels.loadInBackground();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Library lib = library.openExisting(meaning); FeedPoller poller = poll.poller(lib, models);
             FolderLooks looks = new FolderLooks(folders, every, files -> IngestCommand.run(lib, models, files, null, null, 30, null, null), out, err)) {
            out.println("watching " + lib.subscriptions().list().size() + " subscriptions"
                    + (folders.isEmpty() ? "" : " and " + Counts.of(folders.size(), "folder", "folders")) + "; Ctrl-C to stop");
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
            looks.close(); // waits for a look in progress
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
