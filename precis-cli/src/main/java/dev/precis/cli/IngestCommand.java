package dev.precis.cli;

import dev.precis.extract.InternalAllowList;
import dev.precis.model.Counts;
import dev.precis.pipeline.ShippedModels;
import dev.precis.ingest.AnalyzedLoader;
import dev.precis.ingest.IngestFailure;
import dev.precis.ingest.IngestProgress;
import dev.precis.ingest.IngestReport;
import dev.precis.ingest.Ingester;
import dev.precis.store.Library;
import java.io.PrintWriter;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.time.RuleTimeResolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis ingest}: files, folders, URLs, feeds, OPML, JSONL and WARC into the library. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add articles to the library: folders or files (.txt .html .htm .gz .jsonl .warc .xml/.rss/.atom .opml .urls) and URLs.",
                "A WARC file (.warc, .warc.gz) gives one page per HTML response record: its URL is the WARC-Target-URI,"
                        + " relative dates count from the WARC-Date; other records (images, revisits, requests) are skipped and counted.",
                "A text of fewer than 5 words is no article: it is skipped with a 'failed:' line naming it, as the server's"
                        + " REST API and feed polling skip it; the rest of the batch is stored."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders, page or feed URLs.")
    List<String> inputs = new ArrayList<>();

    @Mixin
    LibraryOptions library = new LibraryOptions();
    @Mixin
    MeaningOptions meaning = new MeaningOptions();

    @Option(names = "--source", description = "Source name for every article (default: folder name, feed title or host).")
    String source;

    @Option(names = "--threads", description = "Worker threads (default: number of cores + 1).")
    Integer threads;

    @Option(names = "--timeout", defaultValue = "20", description = "Seconds before a URL fetch gives up (default ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) assumed for items that carry none, e.g. plain-text files.")
    java.time.LocalDate published;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--keep-non-articles",
            description = "Also take web pages that are no article (listings, product, forum, documentation pages); skipped by default.")
    boolean keepNonArticles;

    @Option(names = PollOptions.UNSAFE_INTERNAL, paramLabel = "IP_OR_CIDR", description = PollOptions.UNSAFE_INTERNAL_HELP)
    List<String> unsafeInternal = new ArrayList<>();

    @Option(names = "--analyzed",
            description = "INPUTs are precis-batch output (OUT/json): store its articles as analysed there, without analysing again.")
    boolean analyzed;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        InternalAllowList allowed = PollOptions.allowList(unsafeInternal);
        checkOptions(threads, timeout);
        IngestInputs.check(inputs, analyzed);
        List<String> toRead = IngestInputs.withContent(inputs, analyzed, err);
        ShippedModels models = analyzed ? null : ShippedModels.loadInBackground();
        try (Library lib = library.open(meaning)) {
            ProgressBar bar = quiet ? null : new ProgressBar(err);
            IngestReport report;
            if (analyzed) {
                report = new AnalyzedLoader(lib, bar == null ? p -> { } : bar::update).load(toRead, source);
                if (bar != null) {
                    bar.finish();
                }
            } else {
                lib.commitBySize(true); // this command is the library's only user while it runs
                report = run(lib, models, toRead, source, threads, timeout, published, keepNonArticles, allowed, bar);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("ingested %s in %.1f s (%.1f items/s): %d added, %s, %s grouped, %d without text, %d failed%n",
                    Counts.of(report.items(), "item", "items"), report.elapsed().toMillis() / 1000.0, report.itemsPerSecond(),
                    report.added(), Counts.of(report.duplicates(), "duplicate", "duplicates"),
                    Counts.of(report.nearDuplicates(), "near-duplicate", "near-duplicates"), report.empty(), report.failures().size());
            for (IngestFailure f : report.failures()) {
                // a fetch error already names its URL: say it once
                String reason = f.reason().startsWith(f.origin() + ": ") ? f.reason().substring(f.origin().length() + 2) : f.reason();
                out.println("  failed: " + f.origin() + ": " + withAllowHint(reason));
            }
            out.println("library: " + Counts.of(lib.size(), "article", "articles"));
            out.flush();
            // what an input held that is no article, passed over on purpose (a WARC file's images, revisits)
            for (String note : report.notes()) {
                err.println("precis: " + note);
            }
            // an item without text (an empty file) is named, as a failure is, and skipped
            for (String origin : report.withoutText()) {
                err.println("precis: " + origin + ": no article text (empty or only markup), skipped");
            }
            err.flush();
            // bad items are reported and skipped; a batch that took nothing in is an error
            if (nothingIngested(report)) {
                String from = toRead.size() == 1 ? " from " + toRead.get(0) : "";
                List<String> why = new ArrayList<>();
                if (report.empty() > 0) {
                    why.add(Counts.of(report.empty(), "item", "items") + " without text");
                }
                if (!report.failures().isEmpty()) {
                    why.add(report.failures().size() + " failed");
                }
                throw new UserInputException("nothing ingested" + from + ": "
                        + (why.isEmpty() ? "no file, page or feed item found to read" : String.join(", ", why)));
            }
            // some items failed, the rest was taken in: exit 2 as the batch forms do for bad lines, so a script sees it
            if (!report.failures().isEmpty()) {
                err.println("precis: " + Counts.of(report.failures().size(), "item", "items") + " failed (each named above in a"
                        + " 'failed:' line); the rest was ingested");
                err.flush();
                return 2;
            }
            return 0;
        }
    }

    /** --threads and --timeout in their own names, before a library is made (main: "threads must be >= 1", after it was). */
    static void checkOptions(Integer threads, int timeout) {
        if (threads != null && threads < 1) {
            throw new UserInputException("--threads must be at least 1, got " + threads);
        }
        if (timeout < 1) {
            throw new UserInputException("--timeout must be at least 1 second, got " + timeout);
        }
    }

    private static final java.util.regex.Pattern INTERNAL = java.util.regex.Pattern.compile("resolves to the internal address (\\S+)$");

    /** A fetch refused for its internal address, followed by the option that would allow it (off by default, on purpose). */
    static String withAllowHint(String reason) {
        java.util.regex.Matcher m = INTERNAL.matcher(reason);
        return m.find() ? reason + " (to read it anyway, on a test or private network only: " + PollOptions.UNSAFE_INTERNAL + " "
                + m.group(1) + ")" : reason;
    }

    /**
     * True when nothing was taken in: no item was found (an empty folder), or every one failed or held no
     * text (a duplicate of a stored article counts as taken in: the library has it).
     */
    static boolean nothingIngested(IngestReport r) {
        return r.nothingIngested() && (r.items() == 0 || r.failures().size() + r.empty() > 0);
    }

    /** Ingests INPUTs into the open library with models started by {@link ShippedModels#loadInBackground()}. */
    static IngestReport run(Library lib, ShippedModels models, List<String> inputs, String source, Integer threads, int timeout,
                            java.time.LocalDate published, ProgressBar bar)
            throws java.io.IOException {
        return run(lib, models, inputs, source, threads, timeout, published, false, InternalAllowList.NONE, bar);
    }

    /** As above; {@code keepNonArticles} also takes web pages that are no article, {@code allowed} internal addresses are fetched. */
    static IngestReport run(Library lib, ShippedModels models, List<String> inputs, String source, Integer threads, int timeout,
                            java.time.LocalDate published, boolean keepNonArticles, InternalAllowList allowed, ProgressBar bar)
            throws java.io.IOException {
        Ingester.Builder b = Ingester.builder(lib, models.precis())
                .extractor(models.extractor())
                .entities(models.entities())
                .quotes(new RuleQuoteFinder())
                .times(new RuleTimeResolver())
                .fetchTimeout(Duration.ofSeconds(timeout))
                .defaultPublished(published)
                .keepNonArticles(keepNonArticles)
                .unsafeAllowInternalAddresses(allowed);
        if (threads != null) {
            b.threads(threads);
        }
        if (bar != null) {
            b.listener(bar::update);
        }
        IngestReport report = b.build().ingest(inputs, source);
        if (bar != null) {
            bar.finish();
        }
        return report;
    }

    /**
     * Progress on standard error: on a terminal a one-line bar redrawn in place (done/total, items/s, ETA);
     * otherwise (a log file, a pipe) a plain line every {@value #LINE_SECONDS} seconds, so logs get no
     * carriage returns. Thread-safe.
     */
    static final class ProgressBar {
        static final int LINE_SECONDS = 10;
        private final PrintWriter err;
        private final boolean terminal;
        private long lastDraw = System.nanoTime();
        private boolean drawn;

        ProgressBar(PrintWriter err) {
            this(err, System.console() != null);
        }

        ProgressBar(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        synchronized void update(IngestProgress p) {
            long now = System.nanoTime();
            long interval = terminal ? 200_000_000L : LINE_SECONDS * 1_000_000_000L;
            boolean last = p.done() >= p.total();
            if (terminal ? now - lastDraw < interval && !last : now - lastDraw < interval || last) {
                return;
            }
            lastDraw = now;
            long eta = p.etaSeconds();
            String etaText = eta < 0 ? "?" : eta / 60 + ":" + String.format("%02d", eta % 60);
            if (!terminal) {
                err.printf("ingest: %d/%d items, %.0f items/s, ETA %s, added %d, failed %d%n", p.done(), p.total(), p.rate(),
                        etaText, p.added(), p.failed());
                err.flush();
                return;
            }
            int width = 30;
            int filled = p.total() == 0 ? width : (int) ((long) p.done() * width / p.total());
            err.printf("\r[%s%s] %d/%d  %.0f items/s  ETA %s  added %d  failed %d ", "#".repeat(filled), " ".repeat(width - filled),
                    p.done(), p.total(), p.rate(), etaText, p.added(), p.failed());
            err.flush();
            drawn = true;
        }

        synchronized void finish() {
            if (drawn) {
                err.print("\r" + " ".repeat(100) + "\r");
                err.flush();
            }
        }
    }
}
