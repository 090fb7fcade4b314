package dev.precis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code precis bench …}: single-threaded throughput of each stage, measured after a warm-up. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput (single-threaded, after warm-up).",
        subcommands = {
                BenchSummarizeCommand.class,
                BenchExtractCommand.class,
                BenchNerCommand.class,
                BenchIngestCommand.class,
                BenchMeaningCommand.class,
                BenchSoakCommand.class,
                BenchSearchCommand.class,
                BenchHttpCommand.class,
                BenchCorpusCommand.class,
                BenchDigestCommand.class,
        })
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
