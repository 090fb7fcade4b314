package dev.precis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code precis eval …}: quality measured on real data, one subcommand per capability. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality on evaluation data (see ../shared/EVALUATION.md).",
        subcommands = {
                EvalExtractionCommand.class,
                EvalSummariesCommand.class,
                EvalTimexCommand.class,
                EvalSeedsCommand.class,
                EvalQuotesCommand.class,
                EvalNerCommand.class,
                EvalStoriesCommand.class,
        })
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
