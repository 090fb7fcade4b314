package dev.precis.cli;

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

/** {@code precis ingest}: files, folders, URLs, feeds, OPML and JSONL into the library. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add articles to the library: folders or files (.txt .html .htm .gz .jsonl .xml/.rss/.atom .opml .urls) and URLs.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders, page or feed URLs.")
    List<String> inputs = new ArrayList<>();

    @Mixin
    LibraryOptions library = new LibraryOptions();

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

    @Option(names = "--analyzed",
            description = "INPUTs are precis-batch output (OUT/json): store its articles as analysed there, without analysing again.")
    boolean analyzed;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ShippedModels models = analyzed ? null : ShippedModels.loadInBackground();
        try (Library lib = library.open()) {
            ProgressBar bar = quiet ? null : new ProgressBar(err);
            IngestReport report;
            if (analyzed) {
                report = new AnalyzedLoader(lib, bar == null ? p -> { } : bar::update).load(inputs, source);
                if (bar != null) {
                    bar.finish();
                }
            } else {
                report = run(lib, models, inputs, source, threads, timeout, published, keepNonArticles, bar);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("ingested %d items in %.1f s (%.0f items/s): %d added, %d duplicates, %d near-duplicates grouped, %d without text, %d failed%n",
                    report.items(), report.elapsed().toMillis() / 1000.0, report.itemsPerSecond(), report.added(),
                    report.duplicates(), report.nearDuplicates(), report.empty(), report.failures().size());
            for (IngestFailure f : report.failures()) {
                out.println("  failed: " + f.origin() + ": " + f.reason());
            }
            out.println("library: " + lib.size() + " articles");
            out.flush();
            // bad items are reported and skipped; only a batch where nothing could be read is an error
            return report.items() == 0 && !report.failures().isEmpty() ? 2 : 0;
        }
    }

    /** Ingests INPUTs into the open library with models started by {@link ShippedModels#loadInBackground()}. */
    static IngestReport run(Library lib, ShippedModels models, List<String> inputs, String source, Integer threads, int timeout,
                            java.time.LocalDate published, ProgressBar bar)
            throws java.io.IOException {
        return run(lib, models, inputs, source, threads, timeout, published, false, bar);
    }

    /** As above; {@code keepNonArticles} also takes web pages that are no article. */
    static IngestReport run(Library lib, ShippedModels models, List<String> inputs, String source, Integer threads, int timeout,
                            java.time.LocalDate published, boolean keepNonArticles, ProgressBar bar)
            throws java.io.IOException {
        Ingester.Builder b = Ingester.builder(lib, models.precis())
                .extractor(models.extractor())
                .entities(models.entities())
                .quotes(new RuleQuoteFinder())
                .times(new RuleTimeResolver())
                .fetchTimeout(Duration.ofSeconds(timeout))
                .defaultPublished(published)
                .keepNonArticles(keepNonArticles);
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

    /** A one-line progress bar on standard error: done/total, items/s, ETA. Thread-safe. */
    static final class ProgressBar {
        private final PrintWriter err;
        private long lastDraw;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        synchronized void update(IngestProgress p) {
            long now = System.nanoTime();
            if (now - lastDraw < 200_000_000L && p.done() < p.total()) {
                return;
            }
            lastDraw = now;
            int width = 30;
            int filled = p.total() == 0 ? width : (int) ((long) p.done() * width / p.total());
            long eta = p.etaSeconds();
            err.printf("\r[%s%s] %d/%d  %.0f items/s  ETA %s  added %d  failed %d ", "#".repeat(filled), " ".repeat(width - filled),
                    p.done(), p.total(), p.rate(), eta < 0 ? "?" : eta / 60 + ":" + String.format("%02d", eta % 60), p.added(), p.failed());
            err.flush();
        }

        synchronized void finish() {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
