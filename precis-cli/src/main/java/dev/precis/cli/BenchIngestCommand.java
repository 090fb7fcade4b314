package dev.precis.cli;

import dev.precis.pipeline.ingest.IngestReport;
import dev.precis.store.Library;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis bench ingest INPUT... --data EMPTY_DIR [--rounds N]}: end-to-end ingestion (read, analyse,
 * summarize, store, index) into a library, reported as items per wall-clock second and per CPU-second of
 * the whole process (which stays meaningful when other processes share the cores). With several rounds,
 * each round ingests the same inputs into a fresh library ({@code DIR/round-K}) in the same JVM: the
 * first round is the cold figure a one-off run sees (class loading and JIT compilation included), the
 * later ones the steady rate of a long-running ingest.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest INPUTs (use an empty --data dir) and report articles per second, wall clock and CPU.")
final class BenchIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*")
    List<String> inputs = new ArrayList<>();

    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Option(names = "--threads", description = "Worker threads (default: number of cores + 1).")
    Integer threads;

    @Option(names = "--rounds", defaultValue = "1",
            description = "Ingest the inputs this many times, each into a fresh library DIR/round-K (default 1: into DIR).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new UserInputException("--rounds must be at least 1, got " + rounds);
        }
        if (rounds > 1 && library.db != null) {
            throw new UserInputException("--rounds needs the embedded store: every round would ingest into the same --db");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int round = 1; round <= rounds; round++) {
            LibraryOptions target = library;
            if (rounds > 1) {
                target = new LibraryOptions();
                target.data = library.config().dataDir().resolve("round-" + round);
            }
            out.println((rounds > 1 ? "round " + round + ": " : "") + measure(target));
            out.flush();
        }
        return 0;
    }

    private String measure(LibraryOptions target) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        IngestReport r;
        int size;
        try (Library lib = target.open()) {
            r = IngestCommand.run(lib, inputs, null, threads, 20, null, null);
            size = lib.size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        return String.format(Locale.ROOT, "bench ingest: %d items (%d added, %d duplicates, %d near-duplicates, %d failed) in %.2f s wall,"
                        + " %.2f s process CPU on %d cores: %.1f items/s wall, %.1f items per CPU-second; library %d articles",
                r.items(), r.added(), r.duplicates(), r.nearDuplicates(), r.failures().size(), secs, cpu,
                Runtime.getRuntime().availableProcessors(), r.items() / secs, r.items() / cpu, size);
    }
}
