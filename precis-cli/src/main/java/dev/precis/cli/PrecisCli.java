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
                ExportCommand.class,
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
        return configured(new CommandLine(new PrecisCli()));
    }

    /**
     * The command line that runs {@code args}: when they start with a subcommand's name (not {@code help}),
     * the top command holds that subcommand alone, so that picocli reflects over one command's options
     * instead of every command's (about half a CPU-second of every run, a twentieth of an {@code ingest
     * --analyzed} load's writing thread); otherwise {@link #commandLine()}. What the subcommand parses,
     * prints and answers is the same either way (its usage names it {@code precis NAME} as before).
     */
    public static CommandLine commandLine(String... args) {
        Class<?> only = args.length == 0 ? null : subcommandNamed(args[0]);
        if (only == null) {
            return commandLine();
        }
        CommandLine cl = new CommandLine(new One());
        cl.addSubcommand(only);
        return configured(cl);
    }

    /** The subcommand class {@code name} names (its name or an alias), or null (also for {@code help}). */
    static Class<?> subcommandNamed(String name) {
        for (Class<?> c : PrecisCli.class.getAnnotation(Command.class).subcommands()) {
            Command command = c.getAnnotation(Command.class);
            if (c == CommandLine.HelpCommand.class || command == null) {
                continue;
            }
            if (command.name().equals(name) || java.util.Arrays.asList(command.aliases()).contains(name)) {
                return c;
            }
        }
        return null;
    }

    /** The top command as {@link PrecisCli} declares it, without its subcommands (see {@link #commandLine(String...)}). */
    @Command(name = "precis", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
            description = "Self-hosted news digest engine: extract, analyse, summarize and link news.")
    static final class One implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(System.out);
        }
    }

    private static CommandLine configured(CommandLine cl) {
        // the sentence encoder's tokenizer (DJL) logs a GPU probe and its platform at every start
        LogDefaults.set("org.slf4j.simpleLogger.log.ai.djl", "error");
        // every subcommand answers --version with the build's version, not only the top command
        cl.getCommandSpec().subcommands().values().forEach(PrecisCli::stampVersion);
        cl.setExecutionExceptionHandler(new OneLineErrors());
        // --format Markdown, --format JSON: a choice's case does not matter to a user
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // a bad date option reads as the user's mistake, not as a Java exception and class name
        cl.registerConverter(java.time.LocalDate.class, text -> {
            try {
                return java.time.LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
            }
        });
        // and a bad time of day (serve --digest-at 25:00)
        cl.registerConverter(java.time.LocalTime.class, text -> {
            try {
                return java.time.LocalTime.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a time of day (HH:MM, 00:00 to 23:59)");
            }
        });
        // and so does a bad number: "'abc' is not a whole number", not "is not a long"
        CommandLine.ITypeConverter<Long> whole = text -> {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                if (text.strip().matches("[+-]?\\d+")) {
                    throw new CommandLine.TypeConversionException("'" + text + "' is out of range (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")");
                }
                throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
            }
        };
        CommandLine.ITypeConverter<Integer> small = text -> {
            if (text.strip().matches("[+-]?\\d+")) {
                java.math.BigInteger n = new java.math.BigInteger(text.strip());
                if (n.bitLength() >= Integer.SIZE) {
                    throw new CommandLine.TypeConversionException("'" + text + "' is out of range (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
                }
                return n.intValue();
            }
            return (int) (long) whole.convert(text);
        };
        CommandLine.ITypeConverter<Double> number = text -> {
            try {
                double d = Double.parseDouble(text.strip());
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a number");
            }
        };
        cl.registerConverter(Long.class, whole).registerConverter(long.class, whole)
                .registerConverter(Integer.class, small).registerConverter(int.class, small)
                .registerConverter(Double.class, number).registerConverter(double.class, number);
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
        System.exit(run(args));
    }

    /** Runs one command as {@link #main} does and returns its exit code (for {@link StartupTraining}, which runs several). */
    static int run(String... args) {
        LUCENE_NOTES.setLevel(java.util.logging.Level.WARNING);
        LUCENE_VECTOR_NOTE.setLevel(java.util.logging.Level.SEVERE);
        return commandLine(args).execute(args);
    }
}
