package dev.precis.cli;

import dev.precis.ingest.FeedPoller;
import dev.precis.ingest.FeedResult;
import dev.precis.ingest.OpmlSubscriptions;
import dev.precis.model.Counts;
import dev.precis.ingest.PollReport;
import dev.precis.pipeline.ShippedModels;
import dev.precis.store.Feed;
import dev.precis.store.Library;
import dev.precis.store.Subscriptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis feeds}: the subscriptions the library keeps fresh. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Manage feed subscriptions: add, list, remove, import and export OPML, poll now.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Remove.class, FeedsCommand.Import.class,
                FeedsCommand.Export.class, FeedsCommand.Poll.class})
final class FeedsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Refuses what no poll could read: not http(s), white space or another character a URL cannot hold, no
     * host. A local feed file is pointed to {@code precis ingest}, which reads one once.
     */
    static void checkUrl(String url) {
        boolean web = url.strip().matches("(?i)https?://[^\\s/]+\\S*");
        if (web) {
            try {
                web = new java.net.URI(url.strip()).getHost() != null;
            } catch (java.net.URISyntaxException e) {
                web = false;
            }
        }
        if (!web) {
            throw new UserInputException(url + ": not an http(s) feed URL"
                    + (Files.isRegularFile(Path.of(url)) ? " (to read a feed file once, run 'precis ingest " + url + "')" : ""));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Subscribe to a feed.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOptions library = new LibraryOptions();
        @Parameters(paramLabel = "URL", description = "The feed's URL (RSS or Atom).")
        String url;
        @Option(names = "--every", defaultValue = "30m", paramLabel = "DURATION", description = "How often to read it (default ${DEFAULT-VALUE}; from 1m to 30d).")
        String every;
        @Option(names = "--category", description = "A category to file it under.")
        String category;
        @Option(names = "--title", description = "A title to show until the feed gives its own.")
        String title;

        @Override
        public Integer call() throws IOException {
            checkUrl(url);
            Duration interval = interval(every);
            try (Library lib = library.open()) {
                Optional<Feed> f = lib.subscriptions().add(url.strip(), title, category, interval, Instant.now());
                PrintWriter out = spec.commandLine().getOut();
                if (f.isEmpty()) {
                    throw new UserInputException(url + ": already subscribed");
                }
                out.println("subscribed: #" + f.get().id() + " " + f.get().url() + " every " + human(interval));
                return 0;
            }
        }
    }

    /** The poll interval, in the range the server's feeds API accepts (1m to 30d; one parser for both). */
    static Duration interval(String every) {
        PollOptions.duration("--every", every); // the shape first, with the CLI's wording
        try {
            return FeedPoller.parseInterval(every);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--every " + e.getMessage());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the subscriptions and their health.")
    static final class ListFeeds implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOptions library = new LibraryOptions();

        @Override
        public Integer call() throws IOException {
            try (Library lib = library.openExisting()) {
                PrintWriter out = spec.commandLine().getOut();
                List<Feed> feeds = lib.subscriptions().list();
                for (Feed f : feeds) {
                    out.printf("#%d %-7s %s%n", f.id(), f.health(), f.url());
                    out.printf("    %s%s, every %s, %s, last read %s, next %s%n",
                            f.title() == null ? "(untitled)" : f.title(), f.category() == null ? "" : " [" + f.category() + "]",
                            human(f.interval()), Counts.of(f.items(), "article", "articles"), when(f.lastPolled()), when(f.nextPoll()));
                    if (f.lastError() != null) {
                        out.println("    " + (f.failures() > 0 ? Counts.of(f.failures(), "failed read", "failed reads in a row") + ": " : "note: ") + f.lastError());
                    }
                }
                out.println(Counts.of(feeds.size(), "subscription", "subscriptions"));
                return 0;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Unsubscribe (by id or URL); stored articles stay.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOptions library = new LibraryOptions();
        @Parameters(paramLabel = "ID_OR_URL", description = "The subscription's id (as 'feeds list' shows it) or its URL.")
        String which;

        @Override
        public Integer call() throws IOException {
            try (Library lib = library.openExisting()) {
                Subscriptions subs = lib.subscriptions();
                Optional<Feed> f = which.matches("#?\\d{1,18}") ? subs.byId(Long.parseLong(which.replace("#", ""))) : subs.byUrl(which.strip());
                if (f.isEmpty() || !subs.remove(f.get().id())) {
                    throw new UserInputException(which + ": no such subscription");
                }
                spec.commandLine().getOut().println("unsubscribed: #" + f.get().id() + " " + f.get().url());
                return 0;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Subscribe to every feed of an OPML file (with its categories).")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOptions library = new LibraryOptions();
        @Parameters(paramLabel = "FILE.opml", description = "An OPML file (1.0 or 2.0) listing feeds, e.g. another reader's export.")
        Path file;
        @Option(names = "--every", defaultValue = "30m", paramLabel = "DURATION",
                description = "Interval for feeds the file gives none (default ${DEFAULT-VALUE}).")
        String every;

        @Override
        public Integer call() throws IOException {
            Duration interval = interval(every);
            List<OpmlSubscriptions.Entry> entries;
            try {
                // missing, a directory, empty or binary: one line naming the file (TextInput's checks)
                entries = OpmlSubscriptions.read(TextInput.read(file.toString()).text());
            } catch (IOException e) {
                throw new UserInputException(file + ": " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            OpmlSubscriptions.Imported imported;
            try (Library lib = library.open()) {
                imported = OpmlSubscriptions.subscribe(lib.subscriptions(), entries, interval, Instant.now());
            }
            imported.notWeb().forEach(url -> out.println("  skipped: " + url + ": not an http(s) URL"));
            out.println("imported " + Counts.of(imported.added(), "feed", "feeds") + " from " + file + " (" + imported.skipped() + " skipped: already subscribed or not http)");
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print the subscriptions as OPML 2.0 (categories as folders).")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOptions library = new LibraryOptions();

        @Override
        public Integer call() throws IOException {
            try (Library lib = library.openExisting()) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(OpmlSubscriptions.write(lib.subscriptions().list(), "Precis subscriptions", Date.from(Instant.now())));
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "poll", mixinStandardHelpOptions = true,
            description = {"Read every feed once, now (except those whose publisher asked to wait), and store new articles.",
                    "Exit code 2 when every feed read failed; 0 when at least one was read (the failures are listed) or none was due."})
    static final class Poll implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOptions library = new LibraryOptions();
        @Mixin
        MeaningOptions meaning = new MeaningOptions();
        @Mixin
        PollOptions poll = new PollOptions();
        @Option(names = "--force", description = "Also read feeds that are waiting (backoff, Retry-After, cache lifetime).")
        boolean force;

        @Override
        public Integer call() throws IOException {
            ShippedModels models = ShippedModels.loadInBackground();
            try (Library lib = library.openExisting(meaning); FeedPoller poller = poll.poller(lib, models)) {
                PollReport r = force ? poller.pollAll(lib.subscriptions().list()) : poller.pollNow();
                PrintWriter out = spec.commandLine().getOut();
                for (FeedResult f : r.feeds()) {
                    out.println(line(f));
                }
                out.println("polled " + Counts.of(r.feeds().size(), "feed", "feeds") + ": " + Counts.of(r.added(), "new article", "new articles")
                        + ", " + r.failedFeeds() + (r.failedFeeds() == 1 ? " feed" : " feeds") + " failed");
                out.println("library: " + Counts.of(lib.size(), "article", "articles"));
                if (!r.feeds().isEmpty() && r.failedFeeds() == r.feeds().size()) {
                    // every read failed: like an ingest that read nothing, exit 2 (some read, or none due: 0)
                    spec.commandLine().getErr().println("precis feeds poll: " + (r.feeds().size() == 1 ? "the one feed" : "all " + r.feeds().size() + " feeds")
                            + " failed (see the lines above and 'precis feeds list')");
                    return 2;
                }
                return 0;
            }
        }
    }

    static String line(FeedResult f) {
        String what = f.status() == 304 ? "unchanged (304)"
                : f.ok() ? f.added() + " new, " + f.known() + " known, " + Counts.of(f.failed(), "failed item", "failed items") + ", "
                        + Counts.of(f.pagesFetched(), "page", "pages") + " fetched"
                : "failed";
        return "#" + f.feedId() + " " + f.url() + ": " + what + (f.error() == null ? "" : ": " + f.error())
                + "; next " + when(f.nextPoll());
    }

    static String when(Instant t) {
        return t == null ? "never" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s % 86_400 == 0 ? s / 86_400 + "d" : s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
