package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new H2 library is created by one baseline script ({@code db/h2/B1_12__library.sql}) instead of replaying the
 * migrations V1 to V1_12; both ways must give the same schema: the same columns (order, types, lengths, nullability,
 * defaults, identity and its cache), the same indexes (by table, kind and columns; H2 names them itself) and the
 * same constraints (kind, columns, referenced table and columns, delete rule). A library with a schema history
 * migrates as before: one made by the replay takes the later migrations, never the baseline.
 */
class BaselineSchemaTest {

    @TempDir
    Path dir;

    /** Columns of the library's tables (not Flyway's own). */
    private static final String COLUMNS = "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE,"
            + " CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, IDENTITY_GENERATION,"
            + " IDENTITY_START, IDENTITY_INCREMENT, IDENTITY_MAXIMUM, IDENTITY_MINIMUM, IDENTITY_CYCLE, IDENTITY_CACHE"
            + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME NOT LIKE 'flyway%'"
            + " ORDER BY TABLE_NAME, ORDINAL_POSITION";
    /** Indexes by table, kind and columns in order. */
    private static final String INDEXES = "SELECT i.TABLE_NAME, i.INDEX_TYPE_NAME,"
            + " LISTAGG(c.COLUMN_NAME || ' ' || c.ORDERING_SPECIFICATION || ' ' || c.NULL_ORDERING, ',')"
            + " WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) AS COLS"
            + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
            + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
            + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.TABLE_NAME NOT LIKE 'flyway%'"
            + " GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME ORDER BY 1, 2, 3";
    /** Constraints by table, kind, columns, and for a foreign key what it references and its rules. */
    private static final String CONSTRAINTS = "SELECT t.TABLE_NAME, t.CONSTRAINT_TYPE,"
            + " (SELECT LISTAGG(k.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY k.ORDINAL_POSITION)"
            + "  FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k WHERE k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
            + "  AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME) AS COLS,"
            + " (SELECT u.TABLE_NAME || '(' || LISTAGG(u.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY u.ORDINAL_POSITION) || ')'"
            + "  FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE u"
            + "  ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME"
            + "  WHERE r.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
            + "  GROUP BY u.TABLE_NAME) AS REFS,"
            + " (SELECT r.UPDATE_RULE || ' ' || r.DELETE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r"
            + "  WHERE r.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = t.CONSTRAINT_NAME) AS RULES"
            + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
            + " WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_NAME NOT LIKE 'flyway%' ORDER BY 1, 2, 3, 4";

    @Test
    void aNewLibraryFromTheBaselineHasTheSchemaTheMigrationsBuild() throws Exception {
        String baseline = url("baseline");
        String replayed = url("replayed");
        Database.flyway(baseline, null).load().migrate();
        replay(replayed).load().migrate();

        assertThat(history(baseline)).as("a new library runs the baseline script, then the migrations after it")
                .containsExactly("1.12 SQL_BASELINE B1_12__library.sql", "1.14 SQL V1_14__article_declared_published.sql");
        assertThat(history(replayed)).as("the replay runs every migration")
                .hasSize(12).startsWith("1 SQL V1__library.sql").endsWith("1.14 SQL V1_14__article_declared_published.sql");

        for (String query : List.of(COLUMNS, INDEXES, CONSTRAINTS)) {
            List<String> a = rows(baseline, query);
            assertThat(a).as("the baseline's rows of " + query).hasSizeGreaterThan(15);
            assertThat(a).as(query).containsExactlyElementsOf(rows(replayed, query));
        }
        // the identity caches of V1_1 and V1_7 are the baseline's too
        assertThat(rows(baseline, "SELECT TABLE_NAME, IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES' AND TABLE_NAME = 'ARTICLES'"))
                .containsExactly("ARTICLES|1000000");
    }

    @Test
    void aLibraryWithAHistoryMigratesAsBeforeAndTheBaselineLibraryReopens() throws Exception {
        String old = url("old");
        // a library made before the baseline existed: migrated up to V1_8 only
        replay(old).target("1.8").load().migrate();
        Database.flyway(old, null).load().migrate();
        List<String> h = history(old);
        assertThat(h).as("the later migrations, not the baseline").doesNotContain("1.12 SQL_BASELINE B1_12__library.sql")
                .contains("1.9 JDBC dev.precis.store.PackMentionsMigration", "1.12 SQL V1_12__feed_item_attempts.sql",
                        "1.14 SQL V1_14__article_declared_published.sql");

        String fresh = url("fresh");
        Database.flyway(fresh, null).load().migrate();
        // a second open validates and applies nothing more
        assertThat(Database.flyway(fresh, null).load().migrate().migrationsExecuted).isZero();
        assertThat(rows(fresh, COLUMNS)).containsExactlyElementsOf(rows(old, COLUMNS));
        assertThat(rows(fresh, INDEXES)).containsExactlyElementsOf(rows(old, INDEXES));
    }

    /** Flyway as the library configures it, but replaying every migration. */
    private static FluentConfiguration replay(String url) {
        return OldSchemas.flyway(url, null);
    }

    private String url(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).resolve("library").toAbsolutePath().toString().replace('\\', '/')
                + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE";
    }

    private static List<String> history(String url) throws SQLException {
        return rows(url, "SELECT \"version\" || ' ' || \"type\" || ' ' || \"script\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
    }

    private static List<String> rows(String url, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
