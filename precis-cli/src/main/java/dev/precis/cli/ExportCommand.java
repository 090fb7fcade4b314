package dev.precis.cli;

import dev.precis.ingest.LibraryExport;
import dev.precis.model.Counts;
import dev.precis.store.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis export}: the whole library as the JSON lines {@code precis ingest --analyzed} loads. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write every article of the library, with its analysis, summary, source and meaning vector, as the JSON lines"
                + " 'precis ingest --analyzed' loads (precis-batch's format): a backup, or the way to move a library to another"
                + " store (the embedded one to PostgreSQL). Loaded into an empty library, the articles keep their ids and"
                + " form the same stories. Copies seen elsewhere and the ingestion log are not written."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Option(names = "--output", required = true, paramLabel = "FILE.jsonl[.gz]",
            description = "Where to write (gzip when it ends in .gz; '-' for standard output, plain JSON lines).")
    Path output;

    @Option(names = "--overwrite", description = "Replace FILE when it exists (refused otherwise).")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        if (StdStreams.isStd(output)) {
            return toStandardOutput();
        }
        Path parent = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new UserInputException("--output " + output + ": the folder " + parent + " does not exist");
        }
        if (Files.isDirectory(output)) {
            throw new UserInputException("--output " + output + ": is a folder, give a file name such as library.jsonl.gz");
        }
        if (Files.exists(output) && !overwrite) {
            throw new UserInputException("--output " + output + ": exists; add --overwrite to replace it");
        }
        try (Library lib = library.openExisting()) {
            int n = LibraryExport.write(lib, output);
            spec.commandLine().getOut().println("exported " + Counts.of(n, "article", "articles") + " to " + output);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /**
     * {@code --output -}: the lines on standard output as written (not through the terminal filter, which
     * would drop characters of the stored texts), so the count goes to standard error.
     */
    private int toStandardOutput() throws Exception {
        try (Library lib = library.openExisting(); java.io.Writer out = StdStreams.writer(output)) {
            int n = LibraryExport.write(lib, out);
            spec.commandLine().getErr().println("exported " + Counts.of(n, "article", "articles") + " to standard output");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}
