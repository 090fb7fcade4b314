package dev.precis.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The library on a real PostgreSQL server named by {@code PRECIS_TEST_PG_URL} (see {@code .ci/postgres.sh});
 * skipped with a message when the variable is unset. Each test starts from an empty schema.
 */
class PostgresLibraryTest extends LibraryContract {

    @Override
    LibraryConfig config(Path dataDir) throws Exception {
        String url = System.getenv("PRECIS_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "PRECIS_TEST_PG_URL is not set: skipping the PostgreSQL store tests (run .ci/postgres.sh to get one)");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return new LibraryConfig(dataDir, url);
    }
}
