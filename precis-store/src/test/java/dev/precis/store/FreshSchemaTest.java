package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new embedded library created by {@link FreshSchema} has Flyway's schema and history: the same DDL (H2's
 * {@code SCRIPT NODATA}), the same history rows but for their times, and a later Flyway run finds nothing to do and
 * validates it. Adding a migration without listing it in {@link FreshSchema#H2_MIGRATIONS} fails here.
 */
class FreshSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aNewLibraryHasFlywaysSchemaAndHistory() throws Exception {
        String byFlyway = LibraryConfig.embedded(dir.resolve("flyway")).effectiveJdbcUrl();
        Database.flyway(byFlyway, null).load().migrate();
        LibraryConfig fresh = LibraryConfig.embedded(dir.resolve("fresh"));
        Database.open(fresh).close();
        String byFresh = fresh.effectiveJdbcUrl();

        assertThat(rows(byFresh, "SCRIPT NODATA")).isEqualTo(rows(byFlyway, "SCRIPT NODATA")).hasSizeGreaterThan(40);
        String history = "SELECT \"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                + " \"installed_by\", \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";
        List<String> expected = rows(byFlyway, history);
        assertThat(rows(byFresh, history)).isEqualTo(expected);
        assertThat(expected).hasSize(FreshSchema.H2_MIGRATIONS.size() + 1);
    }

    @Test
    void flywayFindsANewLibraryCurrentAndValid() throws Exception {
        LibraryConfig fresh = LibraryConfig.embedded(dir);
        Database.open(fresh).close();
        Flyway flyway = Database.flyway(fresh.effectiveJdbcUrl(), null).load();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("1.11");
    }

    @Test
    void anExistingLibraryIsLeftToFlyway() throws Exception {
        LibraryConfig config = LibraryConfig.embedded(dir);
        Database.flyway(config.effectiveJdbcUrl(), null).target("1.8").load().migrate();
        Database.open(config).close();
        List<String> versions = rows(config.effectiveJdbcUrl(),
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" = '1.9'");
        assertThat(versions).containsExactly("1.9");
    }

    @Test
    void checksumsAreFlywaysCrcOfTheLinesWithoutBreaks() {
        String unix = "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n";
        assertThat(FreshSchema.checksum(unix)).isEqualTo(FreshSchema.checksum(unix.replace("\n", "\r\n")))
                .isEqualTo(FreshSchema.checksum("\uFEFF" + unix))
                .isNotEqualTo(FreshSchema.checksum(unix.replace("b (y", "b (z")));
        assertThat(FreshSchema.version("V1_8__article_ranges.sql")).isEqualTo("1.8");
        assertThat(FreshSchema.version("V1__library.sql")).isEqualTo("1");
        assertThat(FreshSchema.description("V1_8__article_ranges.sql")).isEqualTo("article ranges");
    }

    private static List<String> rows(String url, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(n == 1 ? rs.getString(1) : row.toString());
            }
        }
        return out;
    }
}
