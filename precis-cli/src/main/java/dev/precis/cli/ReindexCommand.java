package dev.precis.cli;

import dev.precis.store.Library;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis reindex}: rebuild the search index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the database.")
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Override
    public Integer call() throws Exception {
        try (Library lib = library.openExisting()) {
            int n = lib.reindex();
            spec.commandLine().getOut().println("reindexed " + n + " articles; " + lib.check());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
