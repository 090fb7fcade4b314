package dev.precis.store;

import java.nio.file.Path;

/** The library on the embedded H2 database. */
class EmbeddedLibraryTest extends LibraryContract {

    @Override
    LibraryConfig config(Path dataDir) {
        return LibraryConfig.embedded(dataDir);
    }
}
