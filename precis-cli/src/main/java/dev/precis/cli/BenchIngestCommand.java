package dev.precis.cli;

import dev.precis.pipeline.ShippedModels;
import dev.precis.ingest.IngestReport;
import dev.precis.store.Library;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
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
 * {@code precis bench ingest INPUT... --data EMPTY_DIR [--warmup W] [--rounds N]}: end-to-end ingestion
 * (read, analyse, summarize, store, index) into a library, reported as items per wall-clock second and per
 * CPU-second of the whole process (which stays meaningful when other processes share the cores). Each
 * round ingests the same inputs into a fresh library ({@code DIR/warmup-K}, {@code DIR/round-K}) in the
 * same JVM, loading the models and opening the library inside the timed part. The first round is the
 * cold figure a one-off run sees (class loading and JIT compilation included); as with JMH, warm-up
 * rounds are run and printed but left out of the summary, so that the measured rounds give the steady
 * rate of a long-running ingest.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest INPUTs (use an empty --data dir) and report articles per second, wall clock and CPU; "
                + "with --warmup and --rounds, the steady rate over fresh libraries in one JVM.")
final class BenchIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or URLs to ingest in every round.")
    List<String> inputs = new ArrayList<>();

    @Mixin
    LibraryOptions library = new LibraryOptions();
    @Mixin
    MeaningOptions meaning = new MeaningOptions();

    @Option(names = "--threads", description = "Worker threads (default: number of cores + 1).")
    Integer threads;

    @Option(names = "--rounds", defaultValue = "1",
            description = "Measured rounds: ingest the inputs this many times, each into a fresh library DIR/round-K (default 1: into DIR).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "0",
            description = "Warm-up rounds before the measured ones, each into DIR/warmup-K; printed, left out of the summary (default 0).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new UserInputException("--rounds must be at least 1, got " + rounds);
        }
        if (warmup < 0) {
            throw new UserInputException("--warmup must not be negative, got " + warmup);
        }
        IngestCommand.checkOptions(threads, 20);
        IngestInputs.check(inputs, false);
        boolean several = rounds + warmup > 1;
        if (several && library.db != null) {
            throw new UserInputException("--rounds and --warmup need the embedded store: every round would ingest into the same --db");
        }
        inputs = IngestInputs.withContent(inputs, false, spec.commandLine().getErr()); // an empty input is no work to time
        PrintWriter out = spec.commandLine().getOut();
        for (int round = 1; round <= warmup; round++) {
            out.println("warm-up " + round + ": " + measure(fresh("warmup-" + round)).line());
            out.flush();
        }
        List<Round> measured = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Round r = measure(several ? fresh("round-" + round) : library);
            measured.add(r);
            out.println((several ? "round " + round + ": " : "") + r.line());
            out.flush();
        }
        if (rounds > 1) {
            out.println(summary(measured, warmup));
        }
        return 0;
    }

    /** A fresh embedded library in a sub-directory of --data. */
    private LibraryOptions fresh(String name) {
        LibraryOptions target = new LibraryOptions();
        target.data = library.config().dataDir().resolve(name);
        return target;
    }

    /** One round's figures. */
    record Round(IngestReport report, int librarySize, double wallSeconds, double cpuSeconds) {

        double perSecond() {
            return report.items() / wallSeconds;
        }

        double perCpuSecond() {
            return report.items() / cpuSeconds;
        }

        String line() {
            return String.format(Locale.ROOT, "bench ingest: %d items (%d added, %d duplicates, %d near-duplicates, %d failed) in %.2f s wall,"
                            + " %.2f s process CPU on %d cores: %.1f items/s wall, %.1f items per CPU-second; library %d articles",
                    report.items(), report.added(), report.duplicates(), report.nearDuplicates(), report.failures().size(),
                    wallSeconds, cpuSeconds, Runtime.getRuntime().availableProcessors(), perSecond(), perCpuSecond(), librarySize);
        }
    }

    /** Mean, standard deviation and range of the measured rounds' rates. */
    static String summary(List<Round> measured, int warmup) {
        double[] wall = measured.stream().mapToDouble(Round::perSecond).toArray();
        double[] cpu = measured.stream().mapToDouble(Round::perCpuSecond).toArray();
        return String.format(Locale.ROOT, "summary of %d measured rounds after %d warm-up: %s items/s wall; %s items per CPU-second",
                measured.size(), warmup, stats(wall), stats(cpu));
    }

    private static String stats(double[] v) {
        double mean = Arrays.stream(v).average().orElse(0);
        double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.length - 1);
        return String.format(Locale.ROOT, "mean %.1f ± %.1f (min %.1f, max %.1f)", mean, Math.sqrt(var),
                Arrays.stream(v).min().orElse(0), Arrays.stream(v).max().orElse(0));
    }

    private Round measure(LibraryOptions target) throws Exception {
        // Like JMH's -gc option: the earlier rounds' libraries and models are garbage now; collect them
        // before the clock starts, so that a round does not pay for its predecessors (without this the
        // heap grew past 1 GB over six rounds and the later rounds slowed by a fifth).
        System.gc();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        IngestReport r;
        int size;
        ShippedModels models = ShippedModels.loadInBackground();
        try (Library lib = target.open(meaning)) {
            lib.commitBySize(true); // as `precis ingest` does
            r = IngestCommand.run(lib, models, inputs, null, threads, 20, null, null);
            size = lib.size();
        }
        return new Round(r, size, (System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9);
    }
}
