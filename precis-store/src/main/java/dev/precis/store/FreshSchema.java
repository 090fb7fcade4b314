package dev.precis.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the schema of a new embedded (H2) library without starting Flyway: the very migrations Flyway would run
 * ({@link #H2_MIGRATIONS}, in version order, the same scripts and the same Java migration), each followed by the
 * history row Flyway would write into {@code flyway_schema_history} (same table, same ranks, descriptions, types,
 * script names and checksums), so a later open's Flyway finds the library current and validates it. Starting
 * Flyway (scanning the jar, parsing the scripts, locking and reading its history table once per migration) cost
 * about 7% of the writing thread of a bulk load into a new library. Only for a database file that does not exist
 * yet; every other open, and PostgreSQL, goes through Flyway. {@code FreshSchemaTest} compares the schema and the
 * history with Flyway's own run and fails when a migration is added here or there but not both.
 */
final class FreshSchema {

    /** The H2 migrations, in version order: what {@link Database#flyway} resolves for a {@code jdbc:h2:} URL. */
    static final List<String> H2_MIGRATIONS = List.of(
            "db/migration/V1__library.sql",
            "db/h2/V1_1__identity_cache.sql",
            "db/h2/V1_2__article_body_lob.sql",
            "db/migration/V1_3__feeds.sql",
            "db/migration/V1_4__story_redirects.sql",
            "db/migration/V1_6__article_meaning.sql",
            "db/h2/V1_7__identity_cache_larger.sql",
            "db/h2/V1_8__article_ranges.sql",
            PackMentionsMigration.class.getName(),
            "db/migration/V1_10__article_text_note.sql",
            H2RedundantIndexesMigration.class.getName());

    private static final String HISTORY = "\"PUBLIC\".\"flyway_schema_history\"";

    private FreshSchema() {
    }

    /** Runs every migration on {@code c}, a connection to a database that has no table yet. */
    static void create(Connection c) throws SQLException {
        c.setAutoCommit(false);
        String user;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CURRENT_USER")) {
            rs.next();
            user = rs.getString(1);
        }
        try (PreparedStatement s = c.prepareStatement("CREATE TABLE IF NOT EXISTS " + HISTORY + " (\n"
                + "    \"installed_rank\" INT NOT NULL CONSTRAINT \"flyway_schema_history_pk\" PRIMARY KEY,\n"
                + "    \"version\" VARCHAR(50),\n"
                + "    \"description\" VARCHAR(200) NOT NULL,\n"
                + "    \"type\" VARCHAR(20) NOT NULL,\n"
                + "    \"script\" VARCHAR(1000) NOT NULL,\n"
                + "    \"checksum\" INT,\n"
                + "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                + "    \"installed_on\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,\n"
                + "    \"execution_time\" INT NOT NULL,\n"
                + "    \"success\" BOOLEAN NOT NULL\n"
                + ")")) {
            s.execute();
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX \"flyway_schema_history_s_idx\" ON " + HISTORY + " (\"success\")");
        }
        record(c, -1, null, "<< Flyway Schema History table created >>", "TABLE", "", null, user, 0);
        c.commit();
        int rank = 1;
        for (String migration : H2_MIGRATIONS) {
            long start = System.nanoTime();
            if (migration.endsWith(".sql")) {
                String script = script(migration);
                try (Statement s = c.createStatement()) {
                    s.execute(script);
                }
                String file = migration.substring(migration.lastIndexOf('/') + 1);
                record(c, rank, version(file), description(file), "SQL", file, checksum(script), user, millis(start));
            } else {
                FixedJavaMigration java = migration.equals(PackMentionsMigration.class.getName())
                        ? new PackMentionsMigration() : new H2RedundantIndexesMigration();
                java.migrate(context(c));
                record(c, rank, java.getVersion().getVersion(), java.getDescription(), "JDBC", migration,
                        java.getChecksum(), user, millis(start));
            }
            c.commit();
            rank++;
        }
    }

    private static void record(Connection c, int rank, String version, String description, String type,
            String script, Integer checksum, String user, int millis) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + HISTORY + " (\"installed_rank\", \"version\","
                + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE)")) {
            s.setInt(1, rank);
            s.setString(2, version);
            s.setString(3, description);
            s.setString(4, type);
            s.setString(5, script);
            s.setObject(6, checksum, java.sql.Types.INTEGER);
            s.setString(7, user);
            s.setInt(8, millis);
            s.executeUpdate();
        }
    }

    /** {@code V1_8__article_ranges.sql} → {@code 1.8}. */
    static String version(String file) {
        return file.substring(1, file.indexOf("__")).replace('_', '.');
    }

    /** {@code V1_8__article_ranges.sql} → {@code article ranges}. */
    static String description(String file) {
        return file.substring(file.indexOf("__") + 2, file.length() - ".sql".length()).replace('_', ' ');
    }

    /** Flyway's checksum of a script: CRC-32 of its lines' UTF-8 bytes without line breaks (and without a BOM). */
    static int checksum(String script) {
        CRC32 crc = new CRC32();
        String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    private static String script(String resource) {
        try (InputStream in = FreshSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int millis(long start) {
        return (int) ((System.nanoTime() - start) / 1_000_000);
    }

    /** The context a Java migration needs: only its connection is read ({@link PackMentionsMigration}, {@link H2RedundantIndexesMigration}). */
    private static Context context(Connection c) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                throw new UnsupportedOperationException("no Flyway configuration when creating a new library");
            }

            @Override
            public Connection getConnection() {
                return c;
            }
        };
    }
}
