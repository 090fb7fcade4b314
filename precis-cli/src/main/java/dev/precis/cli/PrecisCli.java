package dev.precis.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code precis} command line. Each capability is a subcommand; errors caused by the user's input
 * are printed as one line on standard error with a non-zero exit code, never as a stack trace.
 */
@Command(name = "precis", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
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
                FeedsCommand.class,
                WatchCommand.class,
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
        // the sentence encoder's tokenizer (DJL) logs a GPU probe and its platform at every start
        LogDefaults.set("org.slf4j.simpleLogger.log.ai.djl", "error");
        CommandLine cl = new CommandLine(new PrecisCli());
        // every subcommand answers --version with the build's version, not only the top command
        cl.getCommandSpec().subcommands().values().forEach(PrecisCli::stampVersion);
        cl.setExecutionExceptionHandler(new OneLineErrors());
        // stored articles are untrusted text: whatever a command prints passes through TerminalText
        cl.setExecutionStrategy(parseResult -> {
            for (CommandLine c : parseResult.asCommandLineList()) {
                c.setOut(new PrintWriter(new TerminalText(c.getOut(), false), true));
                c.setErr(new PrintWriter(new TerminalText(c.getErr(), true), true));
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("precis: " + String.valueOf(ex.getMessage()).replace('\n', ' ')
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        return cl;
    }

    private static void stampVersion(CommandLine sub) {
        if (sub.getCommandSpec().versionProvider() == null && sub.getCommandSpec().version().length == 0) {
            sub.getCommandSpec().versionProvider(new BuildVersion());
        }
        sub.getCommandSpec().subcommands().values().forEach(PrecisCli::stampVersion);
    }

    /**
     * On Java 21 and later Lucene 9 notes on every run, through java.util.logging, how it maps index files
     * (INFO) and, from Java 23, that a newer Lucene would use the JVM's vector API (WARNING); nothing for a
     * user to do, so both stay off the console, Lucene's real warnings do not. Held here: JUL keeps only
     * weak references to loggers, and a collected logger would forget its level.
     */
    private static final java.util.logging.Logger LUCENE_NOTES = java.util.logging.Logger.getLogger("org.apache.lucene");
    private static final java.util.logging.Logger LUCENE_VECTOR_NOTE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_NOTES.setLevel(java.util.logging.Level.WARNING);
        LUCENE_VECTOR_NOTE.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }
}
