package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run the launcher ({@code ./precis}) records its start-up archive from (HotSpot AppCDS,
 * {@code -XX:ArchiveClassesAtExit}): the archive holds the classes this one JVM loaded, so it runs the commands
 * whose start matters in turn — a full {@code ingest} of the example text into a throw-away library, its
 * {@code export}, and an {@code ingest --analyzed} of that export into a second library. Trained on the first
 * alone, an {@code ingest --analyzed} load read about 250 classes of its own from the jar on every run (the JSON
 * tree reader, the bulk loader and indexer, Lucene's packed-integer writers) and spun their lambdas again.
 *
 * <pre>{@code java -XX:ArchiveClassesAtExit=precis.jsa -cp precis.jar dev.precis.cli.StartupTraining WORK EXAMPLE.txt}</pre>
 *
 * WORK must be an empty or missing folder; the exit code is the first command's that failed, else 0.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StartupTraining WORK-FOLDER EXAMPLE-TEXT");
            System.exit(2);
        }
        System.exit(train(Path.of(args[0]), Path.of(args[1])));
    }

    /** Runs the three commands in {@code work}; the first non-zero exit code, or 0. */
    static int train(Path work, Path example) throws Exception {
        Files.createDirectories(work);
        String full = work.resolve("library").toString();
        String exported = work.resolve("example.jsonl").toString();
        String[][] commands = {
            {"ingest", "--quiet", "--data", full, example.toString()},
            {"export", "--data", full, "--output", exported},
            {"ingest", "--quiet", "--analyzed", exported, "--data", work.resolve("analyzed").toString()},
        };
        for (String[] command : commands) {
            int code = PrecisCli.run(command);
            if (code != 0) {
                return code;
            }
        }
        return 0;
    }
}
