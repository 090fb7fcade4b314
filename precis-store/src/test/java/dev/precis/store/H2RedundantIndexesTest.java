package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link H2RedundantIndexesMigration}: an H2 library, new or written before V1_11, keeps no two indexes of a table
 * on the same columns, and every foreign key still has its index (the by-entity, by-story and redirect reads).
 */
class H2RedundantIndexesTest {

    @TempDir
    Path dir;

    @Test
    void aNewLibraryHasNoTwoIndexesOnTheSameColumns() throws Exception {
        LibraryConfig config = LibraryConfig.embedded(dir);
        Database.open(config).close();
        Map<String, List<String>> byColumns = indexesByColumns(config.effectiveJdbcUrl());
        assertThat(byColumns).allSatisfy((columns, names) -> assertThat(names).as(columns).hasSize(1));
        assertThat(byColumns).containsKeys("ENTITY_MENTIONS(ENTITY_ID)", "RELATED(RELATED_ID)",
                "STORY_MEMBERS(STORY_ID)", "STORY_REDIRECTS(TO_ID)");
    }

    @Test
    void anOlderLibraryLosesOnlyTheDuplicates() throws Exception {
        LibraryConfig config = LibraryConfig.embedded(dir);
        String url = config.effectiveJdbcUrl();
        Database.flyway(url, null).target("1.10").load().migrate();
        Map<String, List<String>> before = indexesByColumns(url);
        assertThat(before.get("ENTITY_MENTIONS(ENTITY_ID)")).hasSize(2);
        Database.open(config).close();
        Map<String, List<String>> after = indexesByColumns(url);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((columns, names) -> assertThat(after.get(columns)).as(columns)
                .hasSize(1).isSubsetOf(names)
                .doesNotContainAnyElementsOf(H2RedundantIndexesMigration.DUPLICATES));
    }

    /** "TABLE(COL,…)" → the names of the indexes of that table on exactly those columns, in order. */
    private static Map<String, List<String>> indexesByColumns(String url) throws Exception {
        Map<String, List<String>> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT i.TABLE_NAME, i.INDEX_NAME, LISTAGG(c.COLUMN_NAME, ',')"
                     + " WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)"
                     + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                     + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
                     + " WHERE i.TABLE_SCHEMA = 'PUBLIC' GROUP BY i.TABLE_NAME, i.INDEX_NAME")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1) + "(" + rs.getString(3) + ")", k -> new ArrayList<>())
                        .add(rs.getString(2));
            }
        }
        return out;
    }
}
