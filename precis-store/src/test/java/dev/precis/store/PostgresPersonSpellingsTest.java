package dev.precis.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Person spellings and surname pages on PostgreSQL ({@code PRECIS_TEST_PG_URL}); skipped with a message when it is unset. */
class PostgresPersonSpellingsTest extends PersonSpellingsContract {

    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    LibraryConfig config(Path dataDir) {
        return new LibraryConfig(dataDir, schemas.freshUrl());
    }
}
