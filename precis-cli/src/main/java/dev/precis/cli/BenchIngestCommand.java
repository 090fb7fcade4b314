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
 * {@code precis bench ingest INPUT... --data EMPTY_DIR}: end-to-end ingestion (read, analyse, summarize,
 * store, index) into a library, reported as items per wall-clock second and per CPU-second of the whole
 * process (which stays meaningful when other processes share the cores).
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

    @Option(names = "--threads")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        IngestReport r;
        int size;
        try (Library lib = library.open()) {
            r = IngestCommand.run(lib, inputs, null, threads, 20, null, null);
            size = lib.size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bench ingest: %d items (%d added, %d duplicates, %d near-duplicates, %d failed) in %.2f s wall,"
                        + " %.2f s process CPU on %d cores: %.1f items/s wall, %.1f items per CPU-second; library %d articles%n",
                r.items(), r.added(), r.duplicates(), r.nearDuplicates(), r.failures().size(), secs, cpu,
                Runtime.getRuntime().availableProcessors(), r.items() / secs, r.items() / cpu, size);
        out.flush();
        return 0;
    }
}
