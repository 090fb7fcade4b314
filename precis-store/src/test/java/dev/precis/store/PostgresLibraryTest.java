package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The library on a real PostgreSQL server named by {@code PRECIS_TEST_PG_URL} (see {@code .ci/postgres.sh});
 * skipped with a message when the variable is unset. Each configuration is a new schema of its own.
 */
class PostgresLibraryTest extends LibraryContract {

    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    LibraryConfig config(Path dataDir) {
        return new LibraryConfig(dataDir, schemas.freshUrl());
    }

    @Test
    void aLibraryLivesInTheSchemaItsUrlNamesAndCreatesIt() throws Exception {
        LibraryConfig one = config(dir.resolve("one"));
        LibraryConfig other = config(dir.resolve("other"));
        try (Library a = Library.open(one); Library b = Library.open(other)) {
            a.add(new LibraryEntry(Fixtures.analyzed("f1", "Rovers go top after beating Harbour City", Fixtures.FOOTBALL,
                    "2024-03-10", List.of("Tom Baxter"), List.of()), null, "sport", "sport/f1"));
        }
        assertThat(articles(one)).isEqualTo(1);
        assertThat(articles(other)).isZero();
    }

    /** The articles in the schema {@code config}'s URL names (which must exist: the library made it). */
    private static int articles(LibraryConfig config) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl());
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM articles");
             ResultSet rs = ps.executeQuery()) {
            assertThat(c.getSchema()).isEqualTo(config.jdbcUrl().substring(config.jdbcUrl().indexOf("currentSchema=") + 14));
            rs.next();
            return rs.getInt(1);
        }
    }
}
