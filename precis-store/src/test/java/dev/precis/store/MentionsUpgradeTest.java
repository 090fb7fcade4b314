package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library written before V1_9 (a row per mention in {@code mentions}) is packed when it is opened: the article's
 * mentions (interleaved entities, titles and none), its entity counts, the entity page's articles and counts and the
 * catalogue's counts read as written, and a later article is stored packed. Run on H2 and, when
 * {@code PRECIS_TEST_PG_URL} names one, on PostgreSQL.
 */
class MentionsUpgradeTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Test
    void anEmbeddedLibraryOfTheOldSchemaIsPacked() throws Exception {
        upgradesAndReadsAsWritten(LibraryConfig.embedded(dir));
    }

    @Test
    void aPostgresLibraryOfTheOldSchemaIsPacked() throws Exception {
        upgradesAndReadsAsWritten(new LibraryConfig(dir, schemas.freshUrl()));
    }

    private static void upgradesAndReadsAsWritten(LibraryConfig config) throws Exception {
        String url = config.effectiveJdbcUrl();
        OldSchemas.flyway(url, config.password()).target("1.8").load().migrate();
        AnalyzedArticle a = Fixtures.analyzed("old", "Veldoria and Ostmark open border treaty talks in Valletta", Fixtures.TALKS,
                "2021-12-06", List.of("Anna Kessel"), List.of());
        // two entities interleaved, one with titles on some mentions (a comma, a colon and a tilde in one)
        List<EntityMention> written = List.of(
                new EntityMention(new TextRange(0, 7), EntityType.PERSON, "Anna Kessel", null),
                new EntityMention(new TextRange(12, 20), EntityType.LOCATION, "Valletta", null),
                new EntityMention(new TextRange(30, 35), EntityType.PERSON, "Anna Kessel", "Foreign Minister, 2nd: ~acting"),
                new EntityMention(new TextRange(40, 48), EntityType.LOCATION, "Valletta", null),
                new EntityMention(new TextRange(50, 55), EntityType.PERSON, "Anna Kessel", null),
                new EntityMention(new TextRange(60, 66), EntityType.LOCATION, "Valletta", null));
        long id;
        Properties props = new Properties();
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            id = new ArticleWriter(c).insertArticle(new LibraryEntry(a, null, "wire", "wire/old"), ContentFingerprint.of(Fixtures.TALKS));
            long kessel = entity(c, "Anna Kessel", "PERSON");
            long valletta = entity(c, "Valletta", "LOCATION");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO mentions(article_id, idx, entity_id, start_pos, end_pos, title) VALUES (?,?,?,?,?,?)")) {
                for (int i = written.size() - 1; i >= 0; i--) { // out of order: the packing orders by idx
                    EntityMention m = written.get(i);
                    ps.setLong(1, id);
                    ps.setInt(2, i);
                    ps.setLong(3, m.type() == EntityType.PERSON ? kessel : valletta);
                    ps.setInt(4, m.range().start());
                    ps.setInt(5, m.range().end());
                    ps.setString(6, m.title());
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
        try (Library lib = Library.open(config)) {
            assertThat(lib.mentions(id)).isEqualTo(written);
            assertThat(lib.article(id).orElseThrow().entities()).containsExactly(
                    new EntityCount("Anna Kessel", EntityType.PERSON, 3), new EntityCount("Valletta", EntityType.LOCATION, 3));
            EntityView v = lib.entity("Valletta", EntityType.LOCATION).orElseThrow();
            assertThat(v.articles()).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo(id);
                assertThat(r.score()).isEqualTo(3.0);
            });
            assertThat(lib.entities(null, 10)).containsExactly(
                    new EntityCount("Anna Kessel", EntityType.PERSON, 1), new EntityCount("Valletta", EntityType.LOCATION, 1));
            AnalyzedArticle later = Fixtures.analyzed("new", "Rovers go top after beating Harbour City", Fixtures.FOOTBALL, "2024-03-10",
                    List.of("Tom Baxter"), List.of());
            AddResult r = lib.add(new LibraryEntry(later, null, "wire", "wire/new"));
            assertThat(lib.mentions(r.articleId())).isEqualTo(later.entities()).isNotEmpty();
            assertThat(lib.entities(EntityType.PERSON, 10)).extracting(EntityCount::canonical).containsExactly("Anna Kessel", "Tom Baxter");
        }
        try (Connection c = DriverManager.getConnection(url, props); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(mention_count) FROM entity_mentions WHERE article_id = " + id)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getInt(2)).isEqualTo(written.size());
        }
    }

    private static long entity(Connection c, String canonical, String type) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entities(canonical, type) VALUES (?, ?)", new String[] {"id"})) {
            ps.setString(1, canonical);
            ps.setString(2, type);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
