package dev.precis.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A schema of its own for each library a test opens on the PostgreSQL server named by {@code PRECIS_TEST_PG_URL}
 * (see {@code .ci/postgres.sh}), dropped after the test: two builds on one server (two developers, or CI beside
 * one) then never empty each other's tables. The library itself creates the schema its URL names, as it would
 * for a user. Register as an instance field with {@code @RegisterExtension}; {@link #freshUrl} skips the test
 * with a message when the variable is unset.
 */
final class PostgresSchemas implements AfterEachCallback {

    private final List<String> created = new ArrayList<>();

    /** The server's URL with {@code currentSchema} naming a new schema, not yet created. */
    String freshUrl() {
        String url = serverUrl();
        String schema = "precis_test_" + UUID.randomUUID().toString().replace("-", "");
        created.add(schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        List<String> schemas = List.copyOf(created);
        created.clear();
        try (Connection c = DriverManager.getConnection(serverUrl()); Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = '30s'"); // a library a failed test left open fails the drop, not hangs it
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static String serverUrl() {
        String url = System.getenv("PRECIS_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "PRECIS_TEST_PG_URL is not set: skipping the PostgreSQL store tests (run .ci/postgres.sh to get one)");
        return url;
    }
}
