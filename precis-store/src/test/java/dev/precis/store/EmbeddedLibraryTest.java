package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The library on the embedded H2 database. */
class EmbeddedLibraryTest extends LibraryContract {

    @Override
    LibraryConfig config(Path dataDir) {
        return LibraryConfig.embedded(dataDir);
    }

    /**
     * Every annotation row's foreign key makes H2 read the whole article row; with the body inline a 4 MB
     * page's 15,400 ranges read it 15,400 times (minutes, see LargeArticleBench). The body lives out of the row.
     */
    @Test
    void articleBodiesAreStoredOutsideTheArticleRow() throws Exception {
        try (Connection c = Database.open(config(dir)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                     + " WHERE TABLE_NAME = 'ARTICLES' AND COLUMN_NAME = 'BODY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("CHARACTER LARGE OBJECT");
        }
    }

    @Test
    void aNewLibraryIsReadableByItsOwnerOnly() throws Exception {
        Path lib = dir.resolve("private/lib");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null,
                "the file system has no POSIX permissions");
        try (Library l = Library.open(config(lib))) {
            assertThat(perms(lib)).isEqualTo("rwx------");
            assertThat(perms(lib.resolve("library.mv.db"))).isEqualTo("rw-------");
            assertThat(perms(lib.resolve("index"))).isEqualTo("rwx------");
        }
    }

    private static String perms(Path p) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(p));
    }

    @Test
    void aLibraryWrittenBeforeTheBodyMovedIsConvertedAndKeepsItsArticles() throws Exception {
        LibraryConfig config = config(dir);
        String url = config.effectiveJdbcUrl();
        OldSchemas.replay(Flyway.configure(Database.class.getClassLoader()).dataSource(url, null, null)
                .locations("classpath:db/migration", "classpath:db/h2").target("1.1")).load().migrate();
        AnalyzedArticle a = Fixtures.analyzed("old", "An article stored by the previous version", Fixtures.TALKS, "2021-12-06",
                List.of("Anna Kessel"), List.of());
        LibraryEntry e = new LibraryEntry(a, null, "wire", "wire/old");
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            ArticleWriter w = new ArticleWriter(c);
            long id = w.insertArticle(e, ContentFingerprint.of(Fixtures.TALKS));
            // that schema's rows: one per paragraph (ArticleRangesUpgradeTest covers the ranges' conversion)
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO paragraphs(article_id, idx, start_pos, end_pos) VALUES (?,?,?,?)")) {
                for (int i = 0; i < a.article().paragraphs().size(); i++) {
                    ps.setLong(1, id);
                    ps.setInt(2, i);
                    ps.setInt(3, a.article().paragraphs().get(i).start());
                    ps.setInt(4, a.article().paragraphs().get(i).end());
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
        try (Library lib = Library.open(config)) {
            assertThat(lib.size()).isEqualTo(1);
            ArticleView v = lib.article(lib.latest(0, 1).get(0).id()).orElseThrow();
            assertThat(v.article().text()).isEqualTo(Fixtures.TALKS);
            assertThat(v.article().paragraphs()).hasSize(3);
        }
    }
}
