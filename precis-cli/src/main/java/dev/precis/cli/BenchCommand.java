package dev.precis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code precis bench …}: speed measurements, one subcommand per stage. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed (single-threaded words/s).",
        subcommands = {
                BenchNerCommand.class,
        })
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
