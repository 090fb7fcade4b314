package dev.precis.store;

import java.nio.file.Path;

/** The subscriptions on PostgreSQL ({@code PRECIS_TEST_PG_URL}); skipped with a message when it is unset. */
class PostgresSubscriptionsTest extends SubscriptionsContract {

    @Override
    LibraryConfig config(Path dataDir) throws Exception {
        return new PostgresLibraryTest().config(dataDir);
    }
}
