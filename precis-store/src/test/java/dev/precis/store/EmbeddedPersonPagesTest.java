package dev.precis.store;

import java.nio.file.Path;

/** The person pages on the embedded database. */
class EmbeddedPersonPagesTest extends PersonPagesContract {

    @Override
    LibraryConfig config(Path dataDir) {
        return LibraryConfig.embedded(dataDir);
    }
}
