package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publication date a page declares apart from its article's date ({@link LibraryEntry#declaredPublished},
 * V1_14) is kept with the article, read back in its view and its export, follows a text refresh, and a library
 * made before V1_14 opens with its articles and the date null. Run on H2 and, when {@code PRECIS_TEST_PG_URL}
 * names one, on PostgreSQL. Invented texts.
 */
class DeclaredPublishedStoreTest {

    private static final String DECLARED = "2022-05-03T08:15:00-04:00";

    @TempDir
    Path dir;

    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    private static AnalyzedArticle starter() {
        return Fixtures.analyzed("starter", "Keeping a sourdough starter", "A sourdough starter needs only flour, water and"
                + " patience, but the first week decides whether it rises.\n\nFeed it at the same hour every day with equal"
                + " weights of flour and water.", "2023-11-08T10:00:00-05:00", List.of(), List.of());
    }

    private static LibraryEntry entry(AnalyzedArticle a, String source) {
        return new LibraryEntry(a, null, source, source + "/" + a.article().id());
    }

    @Test
    void anEmbeddedLibraryKeepsTheDeclaredDate() throws Exception {
        keepsReadsExportsAndRefreshes(LibraryConfig.embedded(dir));
    }

    @Test
    void aPostgresLibraryKeepsTheDeclaredDate() throws Exception {
        keepsReadsExportsAndRefreshes(new LibraryConfig(dir, schemas.freshUrl()));
    }

    @Test
    void anEmbeddedLibraryMadeBeforeV1_14OpensWithItsArticles() throws Exception {
        upgrades(LibraryConfig.embedded(dir));
    }

    @Test
    void aPostgresLibraryMadeBeforeV1_14OpensWithItsArticles() throws Exception {
        upgrades(new LibraryConfig(dir, schemas.freshUrl()));
    }

    private static void keepsReadsExportsAndRefreshes(LibraryConfig config) throws Exception {
        long declared;
        long plain;
        long teaser;
        try (Library lib = Library.open(config)) {
            declared = lib.add(entry(starter(), "kitchen").withDeclaredPublished(DECLARED)).articleId();
            plain = lib.add(entry(Fixtures.analyzed("talks", "Border treaty talks", Fixtures.TALKS, "2021-12-06", List.of(),
                    List.of()), "wire")).articleId();
            teaser = lib.add(entry(Fixtures.analyzed("pier", "Pier to be rebuilt", "A short teaser about the old stone pier"
                    + " of the harbour town.", null, List.of(), List.of()), "gazette").withTextNote("stored from the feed's own text"))
                    .articleId();
            assertThat(lib.article(declared).orElseThrow().declaredPublished()).isEqualTo(DECLARED);
            assertThat(lib.article(declared).orElseThrow().article().published()).isEqualTo("2023-11-08T10:00:00-05:00");
            assertThat(lib.article(plain).orElseThrow().declaredPublished()).isNull();
        }
        try (Library lib = Library.open(config)) {
            assertThat(lib.article(declared).orElseThrow().declaredPublished()).as("after reopening").isEqualTo(DECLARED);
            List<ExportedArticle> all = lib.exportPage(0, 10);
            assertThat(all).extracting(ExportedArticle::id).containsExactly(declared, plain, teaser);
            assertThat(all).extracting(a -> a.entry().declaredPublished()).containsExactly(DECLARED, null, null);
            // the page read in place of a feed's text brings its own declared date, and a page without one clears it
            AnalyzedArticle page = Fixtures.analyzed("pier-page", "Pier to be rebuilt", Fixtures.FOOTBALL, "2024-03-10", List.of(),
                    List.of());
            assertThat(lib.replaceText(teaser, entry(page, "gazette").withDeclaredPublished("2024-01-02")).status())
                    .isEqualTo(AddResult.Status.REFRESHED);
            assertThat(lib.article(teaser).orElseThrow().declaredPublished()).isEqualTo("2024-01-02");
            AnalyzedArticle again = Fixtures.analyzed("pier-page", "Pier to be rebuilt", Fixtures.TALKS_LATER, "2024-03-13",
                    List.of(), List.of());
            lib.replaceText(teaser, entry(again, "gazette"));
            assertThat(lib.article(teaser).orElseThrow().declaredPublished()).isNull();
        }
    }

    /**
     * A library of the schema main's code builds (V1_12: on H2 the baseline script a new library starts from) with two
     * articles written into it, then opened by the library: both are there, with no declared date, and it takes new ones.
     */
    private static void upgrades(LibraryConfig config) throws Exception {
        String url = config.effectiveJdbcUrl();
        Database.flyway(url, config.password()).target("1.12").load().migrate();
        Properties props = new Properties();
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        long talks;
        long football;
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            assertThat(columns(c)).as("the schema before V1_14").doesNotContain("declared_published");
            ArticleWriter writer = new ArticleWriter(c);
            talks = writer.insertArticle(entry(Fixtures.analyzed("talks", "Border treaty talks", Fixtures.TALKS, "2021-12-06",
                    List.of(), List.of()), "wire"), ContentFingerprint.of(Fixtures.TALKS));
            football = writer.insertArticle(entry(Fixtures.analyzed("match", "Rovers go top", Fixtures.FOOTBALL, "2024-03-10",
                    List.of(), List.of()), "sport"), ContentFingerprint.of(Fixtures.FOOTBALL));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO stories(title, key_entities, first_published, last_published, size) VALUES ('s', '', NULL, NULL, 2)");
                s.executeUpdate("INSERT INTO story_members(article_id, story_id, score) SELECT id, (SELECT MAX(id) FROM stories), 1.0 FROM articles");
            }
            c.commit();
        }
        long added;
        try (Library lib = Library.open(config)) {
            assertThat(lib.size()).isEqualTo(2);
            ArticleView t = lib.article(talks).orElseThrow();
            assertThat(t.article().text()).isEqualTo(Fixtures.TALKS);
            assertThat(t.article().published()).isEqualTo("2021-12-06");
            assertThat(t.declaredPublished()).isNull();
            assertThat(lib.article(football).orElseThrow().declaredPublished()).isNull();
            added = lib.add(entry(starter(), "kitchen").withDeclaredPublished(DECLARED)).articleId();
        }
        try (Library lib = Library.open(config)) {
            assertThat(lib.size()).isEqualTo(3);
            assertThat(lib.article(added).orElseThrow().declaredPublished()).isEqualTo(DECLARED);
            assertThat(lib.article(talks).orElseThrow().article().title()).isEqualTo("Border treaty talks");
        }
    }

    private static List<String> columns(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), "%", "%")) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase("articles")) {
                    out.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }
}
