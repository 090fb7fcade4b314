package dev.precis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code precis} command line. Each capability is a subcommand; errors caused by the user's input
 * are printed as one line on standard error with a non-zero exit code, never as a stack trace.
 */
@Command(name = "precis", mixinStandardHelpOptions = true, version = "precis 0.1.0",
        description = "Self-hosted news digest engine: extract, analyse, summarize and link news.",
        subcommands = {
                CommandLine.HelpCommand.class,
                SummarizeCommand.class,
                AnalyzeCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                ShowCommand.class,
                StoriesCommand.class,
                StoryCommand.class,
                DigestCommand.class,
                ReindexCommand.class,
                EvalCommand.class,
                ExtractCommand.class,
                BenchCommand.class,
                TrainCommand.class,
                ServeCommand.class,
        })
public final class PrecisCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with Precis' error handling, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PrecisCli());
        cl.setExecutionExceptionHandler(new OneLineErrors());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("precis: " + String.valueOf(ex.getMessage()).replace('\n', ' ')
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
