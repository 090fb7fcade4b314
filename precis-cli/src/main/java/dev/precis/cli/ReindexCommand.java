package dev.precis.cli;

import dev.precis.model.Counts;
import dev.precis.store.Library;
import dev.precis.store.LibraryCheck;
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
            spec.commandLine().getOut().println("reindexed " + Counts.of(n, "article", "articles") + "; " + describe(lib.check()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** The check in words, not the record's Java form ("LibraryCheck[articles=0, ...]"). */
    static String describe(LibraryCheck c) {
        if (c.consistent()) {
            return "the index holds every article, and every article is in a story";
        }
        return "the index holds " + Counts.of(c.indexed(), "document", "documents") + " for " + Counts.of(c.articles(), "article", "articles")
                + " (" + c.missingFromIndex() + " missing, " + c.extraInIndex() + " extra); "
                + Counts.of(c.withoutStory(), "article is", "articles are") + " in no story";
    }
}
