package dev.precis.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The person pages on PostgreSQL ({@code PRECIS_TEST_PG_URL}); skipped with a message when it is unset. */
class PostgresPersonPagesTest extends PersonPagesContract {

    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    LibraryConfig config(Path dataDir) {
        return new LibraryConfig(dataDir, schemas.freshUrl());
    }
}
