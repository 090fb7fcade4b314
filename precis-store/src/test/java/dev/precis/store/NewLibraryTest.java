package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new embedded library is made without Flyway ({@link NewLibrary}) exactly as Flyway makes it: the same schema
 * statement for statement (H2's {@code SCRIPT NODATA}), the same history rows but their times, and Flyway then
 * validates it and finds nothing to apply. When the class path holds a migration the baseline does not stand for,
 * Flyway makes the library again.
 */
class NewLibraryTest {

    @TempDir
    Path dir;

    @Test
    void aLibraryMadeWithoutFlywayIsTheOneFlywayMakes() throws Exception {
        String direct = url("direct");
        String flyway = url("flyway");
        Files.createDirectories(dir.resolve("direct"));
        try (Connection c = NewLibrary.create(dir.resolve("direct").resolve("library.mv.db"), direct, new Properties())) {
            assertThat(c).as("a new file is made here").isNotNull();
        }
        Database.flyway(flyway, null).load().migrate();

        List<String> script = rows(direct, "SCRIPT NODATA");
        assertThat(script).as("the schema").hasSizeGreaterThan(40).containsExactlyElementsOf(rows(flyway, "SCRIPT NODATA"));
        String history = "SELECT \"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                + " \"installed_by\", \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";
        assertThat(rows(direct, history)).as("the history but its times")
                .hasSize(2).containsExactlyElementsOf(rows(flyway, history));

        // every later open is Flyway's: it validates the history and applies nothing
        assertThat(Database.flyway(direct, null).load().validateWithResult().validationSuccessful).isTrue();
        assertThat(Database.flyway(direct, null).load().migrate().migrationsExecuted).isZero();
    }

    @Test
    void theBaselineStandsForEveryMigrationOnTheClassPath() throws Exception {
        assertThat(NewLibrary.scripts()).as("add a new migration to NewLibrary.COVERED (and check the baseline covers it)")
                .containsExactlyElementsOf(new TreeSet<>(NewLibrary.COVERED));
        assertThat(NewLibrary.covered()).isTrue();
        // Flyway's own view, Java migrations included: nothing newer than the baseline
        MigrationVersion baseline = MigrationVersion.fromVersion(NewLibrary.BASELINE_VERSION);
        for (MigrationInfo m : OldSchemas.flyway(url("info"), null).load().info().all()) {
            assertThat(m.getVersion().compareTo(baseline)).as(m.getScript()).isLessThanOrEqualTo(0);
        }
        assertThat(NewLibrary.checksum("\uFEFFa\r\nb\nc")).isEqualTo(NewLibrary.checksum("a\nb\nc\n"));
    }

    @Test
    void anExistingFileIsLeftToFlyway() throws Exception {
        Path d = Files.createDirectories(dir.resolve("old"));
        String old = url("old");
        Database.flyway(old, null).load().migrate();
        assertThat(NewLibrary.create(d.resolve("library.mv.db"), old, new Properties())).isNull();
    }

    @Test
    void aLibraryOpensClosesAndReopens() throws Exception {
        LibraryConfig config = LibraryConfig.embedded(dir.resolve("lib"));
        try (Library lib = Library.open(config)) {
            assertThat(lib).isNotNull();
        }
        try (Library lib = Library.open(config)) {
            assertThat(lib).isNotNull();
        }
        String url = config.effectiveJdbcUrl();
        assertThat(rows(url, "SELECT \"version\" || ' ' || \"type\" || ' ' || \"script\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\""))
                .containsExactly("1.12 SQL_BASELINE B1_12__library.sql");
    }

    private String url(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).resolve("library").toAbsolutePath().toString().replace('\\', '/')
                + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE";
    }

    private static List<String> rows(String url, String query) throws SQLException {
        return BaselineSchemaTest.rows(url, query);
    }
}
