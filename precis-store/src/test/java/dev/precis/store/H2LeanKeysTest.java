package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V1_13 on H2 ({@link H2LeanKeysMigration}): no table keeps two indexes of the same columns, the per-article tables
 * keyed by article id lose their foreign key on it, and the other foreign keys still refuse a missing row — in a new
 * library and in one written before V1_13 (the H2 2.3.232 fixture of {@link H2UpgradeTest}).
 */
class H2LeanKeysTest {

    @TempDir
    Path dir;

    @Test
    void aNewLibraryKeepsOneIndexPerColumnListAndNoArticleKeyOnTablesKeyedByArticle() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            AnalyzedArticle a = Fixtures.analyzed("u1", "Veldoria and Ostmark open border treaty talks in Valletta",
                    Fixtures.TALKS, "2021-12-06", List.of("Anna Kessel"), List.<String[]>of());
            assertThat(lib.add(new LibraryEntry(a, null, "wire", "wire/u1")).status()).isEqualTo(AddResult.Status.ADDED);
        }
        try (Connection c = Database.open(LibraryConfig.embedded(dir))) {
            assertLean(c);
            assertThat(count(c, "SELECT COUNT(*) FROM entity_mentions")).isEqualTo(1);
        }
    }

    @Test
    void aLibraryWrittenBeforeV1_13IsMadeLeanAndKeepsItsRows() throws Exception {
        for (String file : List.of("library.mv.db", "index/_0.cfe", "index/_0.cfs", "index/_0.si", "index/segments_1")) {
            try (InputStream in = H2UpgradeTest.class.getResourceAsStream("library-h2-2.3.232/" + file)) {
                assertThat(in).as(file).isNotNull();
                Files.createDirectories(dir.resolve(file).getParent());
                Files.copy(in, dir.resolve(file));
            }
        }
        try (Connection c = Database.open(LibraryConfig.embedded(dir))) {
            assertLean(c);
            assertThat(count(c, "SELECT COUNT(*) FROM articles")).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM entity_mentions")).isPositive();
        }
    }

    private static void assertLean(Connection c) throws SQLException {
        for (String table : H2LeanKeysMigration.KEYED_BY_ARTICLE) {
            assertThat(H2LeanKeysMigration.articleKeys(c, table)).as(table).isEmpty();
        }
        Map<String, List<String>> columnLists = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME, INDEX_NAME,"
                + " LISTAGG(COLUMN_NAME, ',') WITHIN GROUP (ORDER BY ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                + " WHERE TABLE_SCHEMA = SCHEMA() GROUP BY TABLE_NAME, INDEX_NAME")) {
            while (rs.next()) {
                columnLists.computeIfAbsent(rs.getString(1) + "(" + rs.getString(3) + ")", k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        assertThat(columnLists).allSatisfy((columns, indexes) -> assertThat(indexes).as(columns).hasSize(1));
        // the by-entity reads still have an index of their own: the entity key's
        assertThat(columnLists).containsKey("ENTITY_MENTIONS(ENTITY_ID)").containsKey("RELATED(RELATED_ID)");
        // the keys that stay still refuse a row naming what does not exist
        long article = count(c, "SELECT MIN(id) FROM articles");
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_mentions(article_id, entity_id, mention_count, spans) VALUES (?, -7, 1, '0 1')")) {
            ps.setLong(1, article);
            assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("Referential integrity");
        }
        c.rollback();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
