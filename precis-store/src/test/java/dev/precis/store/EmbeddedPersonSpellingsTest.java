package dev.precis.store;

import java.nio.file.Path;

/** Person spellings and surname pages on the embedded database. */
class EmbeddedPersonSpellingsTest extends PersonSpellingsContract {

    @Override
    LibraryConfig config(Path dataDir) {
        return LibraryConfig.embedded(dataDir);
    }
}
