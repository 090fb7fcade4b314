package dev.precis.eval.store;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.analysis.Analyzer;
import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.nlp.time.RuleTimeResolver;
import dev.precis.pipeline.Precis;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.LibraryEntry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The store's own cost per article, apart from analysis: analyses every {@code .txt} file under the given
 * folders once, then adds the analysed entries to a fresh embedded library in each round (one thread,
 * as the ingester's workers call {@link Library#add}), with a flush and story consolidation at the end.
 * Reports CPU milliseconds per item of the adding thread and of the whole process, and the heap the open
 * library holds (in use after a full GC with the library open, less the same before it opened).
 * Run: {@code java -cp precis-cli/target/precis.jar dev.precis.eval.store.StoreBenchmark WORK_DIR ROUNDS FOLDER...}.
 * Prints the figures; not a library API.
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: StoreBenchmark WORK_DIR ROUNDS FOLDER...");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Precis precis = Precis.builder().build();
        Analyzer analyzer = new Analyzer(new NewsSentenceSplitter(), new StatisticalEntityRecognizer(EntityModels.loadDefault()),
                new RuleQuoteFinder(), new RuleTimeResolver());
        List<LibraryEntry> entries = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Article a = precis.readText(f.toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                    AnalyzedArticle analyzed = analyzer.analyze(a);
                    entries.add(new LibraryEntry(analyzed, precis.summarize(analyzed, SummaryLength.DEFAULT),
                            f.getParent().getFileName().toString(), f.toString()));
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Runtime rt = Runtime.getRuntime();
        for (int r = 1; r <= rounds; r++) {
            System.gc();
            long heap0 = rt.totalMemory() - rt.freeMemory();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long proc0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long heap;
            int size;
            try (Library lib = Library.open(LibraryConfig.embedded(work.resolve("round-" + r)))) {
                for (LibraryEntry e : entries) {
                    lib.add(e);
                }
                lib.flush();
                lib.consolidateStories();
                size = lib.size();
                System.gc();
                heap = rt.totalMemory() - rt.freeMemory() - heap0;
            }
            double n = entries.size();
            System.out.printf(Locale.ROOT, "round %d: %d items, %d articles: %.2f ms CPU per item (adding thread), %.2f ms (process),"
                            + " %.2f ms wall; heap the open library holds %.1f MB%n", r, entries.size(), size,
                    (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / n, (os.getProcessCpuTime() - proc0) / 1e6 / n,
                    (System.nanoTime() - t0) / 1e6 / n, heap / 1048576.0);
        }
    }
}
