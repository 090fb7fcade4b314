package dev.precis.cli;

import dev.precis.ingest.IngestReport;
import dev.precis.pipeline.ShippedModels;
import dev.precis.store.Library;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis bench soak --pages N --data EMPTY_DIR}: a long ingest of synthetic web pages
 * ({@link SoakPages}) into one library, in batches, as a long-running ingest would see them; after each
 * batch it prints the pages done, the batch's rate, the process's resident set (VmRSS) and the heap in
 * left after the lightest garbage collection of the batch (an upper bound of the live data), and at the end
 * compares the resident set with the one after warm-up. It answers
 * whether memory stays flat over 100,000 pages, not how fast one run is.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Ingest N synthetic pages in batches into one library and report resident memory (RSS) after every batch.")
final class BenchSoakCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions library = new LibraryOptions();
    @Mixin
    MeaningOptions meaning = new MeaningOptions();

    @Option(names = "--pages", defaultValue = "100000", description = "Pages to ingest in all (default 100000).")
    int pages;

    @Option(names = "--batch", defaultValue = "1000", description = "Pages per batch; memory is sampled after each (default 1000).")
    int batch;

    @Option(names = "--warmup-batches", defaultValue = "5",
            description = "Batches before the reference RSS may be taken (JIT and caches warm; default 5); the reference also waits"
                    + " until the heap is committed to its maximum (run with -Xms equal to -Xmx to have that from the start).")
    int warmupBatches;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic pages (default 1).")
    long seed;

    @Option(names = "--threads", description = "Ingest worker threads (default: number of cores + 1).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (pages < 1 || batch < 1 || warmupBatches < 0) {
            throw new UserInputException("--pages and --batch must be at least 1 and --warmup-batches not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        SoakPages generator = new SoakPages(seed);
        Path input = Files.createTempFile("precis-soak", ".jsonl");
        long t0 = System.nanoTime();
        long reference = 0;
        long peak = 0;
        int done = 0;
        int batchNo = 0;
        ShippedModels models = ShippedModels.loadInBackground();
        HeapAfterGc afterGc = HeapAfterGc.listen();
        int referenceBatch = 0;
        try (Library lib = library.open(meaning)) {
            out.printf(Locale.ROOT, "soak: %,d pages in batches of %,d; RSS at start %s%n", pages, batch, mib(rss()));
            while (done < pages) {
                int n = Math.min(batch, pages - done);
                try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
                    for (int i = done; i < done + n; i++) {
                        w.write(generator.line(i));
                        w.write('\n');
                    }
                }
                long b0 = System.nanoTime();
                IngestReport r = IngestCommand.run(lib, models, List.of(input.toString()), "soak", threads, 20, null, null);
                double secs = (System.nanoTime() - b0) / 1e9;
                done += n;
                batchNo++;
                long rss = rss();
                peak = Math.max(peak, rss);
                MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                // warm-up: the JIT, class loading and caches settle over the first batches, and a JVM's RSS
                // grows until its heap is committed to the maximum; growth after both is what a soak looks for
                if (reference == 0 && batchNo >= warmupBatches && heap.getCommitted() >= heap.getMax()) {
                    reference = rss;
                    referenceBatch = batchNo;
                }
                out.printf(Locale.ROOT, "%,8d pages %7.0f s  batch %6.1f pages/s (%d added, %d copies, %d failed)  RSS %s (anon %s)"
                        + "  heap committed %s, after GC %s  library %,d%n",
                        done, (System.nanoTime() - t0) / 1e9, n / secs, r.added(), r.duplicates() + r.nearDuplicates(),
                        r.failures().size(), mib(rss), mib(status("RssAnon:")), mib(heap.getCommitted()), mib(afterGc.takeLowest()), lib.size());
                out.flush();
            }
        } finally {
            Files.deleteIfExists(input);
        }
        long end = rss();
        if (reference > 0) {
            double change = 100.0 * (end - reference) / reference;
            out.printf(Locale.ROOT, "RSS after warm-up (batch %d) %s, at the end %s (%+.1f%%), peak %s: %s%n", referenceBatch, mib(reference),
                    mib(end), change, mib(peak), Math.abs(change) <= 10 ? "within 10%" : "NOT within 10%");
        } else {
            out.printf(Locale.ROOT, "no RSS after warm-up: the heap never reached its maximum committed size (run with -Xms equal to -Xmx)%n");
        }
        return 0;
    }

    /** The process's resident set in bytes (Linux {@code /proc/self/status}), or 0 where there is none. */
    static long rss() {
        return status("VmRSS:");
    }

    /** A size field of {@code /proc/self/status} ({@code VmRSS:}, {@code RssAnon:}) in bytes, or 0. */
    static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return 0;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}
