package dev.precis.store;

import java.nio.file.Path;

/** The subscriptions on the embedded database. */
class EmbeddedSubscriptionsTest extends SubscriptionsContract {

    @Override
    LibraryConfig config(Path dataDir) {
        return LibraryConfig.embedded(dataDir);
    }
}
