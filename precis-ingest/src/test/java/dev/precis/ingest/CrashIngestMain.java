package dev.precis.ingest;

import dev.precis.pipeline.Precis;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.nio.file.Path;
import java.util.List;

/** Child process of {@link KillDuringIngestIT}: ingests a folder into a library, to be killed midway. */
public final class CrashIngestMain {

    private CrashIngestMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(Path.of(args[0])))) {
            IngestReport r = Ingester.builder(lib, Precis.builder().build())
                    .listener(p -> System.out.println("ITEM " + p.done() + " ADDED " + p.added())).build().ingest(List.of(args[1]), "synthetic");
            System.out.println("DONE added=" + r.added() + " duplicates=" + r.duplicates() + " failed=" + r.failures().size());
        }
    }
}
