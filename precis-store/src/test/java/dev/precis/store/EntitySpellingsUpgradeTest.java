package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.EntityType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library written before V1_13 has no spelling counts; the upgrade counts them from the stored mentions, so a page
 * stored under a slip is shown under the spelling most met. Run on H2 and, when {@code PRECIS_TEST_PG_URL} names one,
 * on PostgreSQL.
 */
class EntitySpellingsUpgradeTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Test
    void anEmbeddedLibrarysSpellingsAreCounted() throws Exception {
        upgradesAndCounts(LibraryConfig.embedded(dir));
    }

    @Test
    void aPostgresLibrarysSpellingsAreCounted() throws Exception {
        upgradesAndCounts(new LibraryConfig(dir, schemas.freshUrl()));
    }

    private static void upgradesAndCounts(LibraryConfig config) throws Exception {
        String url = config.effectiveJdbcUrl();
        Database.flyway(url, config.password()).target("1.12").load().migrate();
        Properties props = new Properties();
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        String slip = "Dorit Hallam bought a stake in the ferry line.";
        String right = "Dorrit Hallam sold it. Dorrit Hallam smiled. Hallam left.";
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            ArticleWriter writer = new ArticleWriter(c);
            long first = writer.insertArticle(entry("a", slip), ContentFingerprint.of(slip));
            long second = writer.insertArticle(entry("b", right), ContentFingerprint.of(right));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO entities(canonical, type) VALUES ('Dorit Hallam', 'PERSON')");
            }
            // the mentions as the writer of that version packed them: idx,start,end per mention
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity_mentions(article_id, entity_id, mention_count, spans, titles)"
                    + " SELECT ?, id, ?, ?, NULL FROM entities WHERE canonical = 'Dorit Hallam'")) {
                ps.setLong(1, first);
                ps.setInt(2, 1);
                ps.setString(3, "0,0,12");
                ps.executeUpdate();
                ps.setLong(1, second);
                ps.setInt(2, 3);
                ps.setString(3, "0,0,13,1,23,36,2,45,51");
                ps.executeUpdate();
            }
            c.commit();
        }
        try (Library lib = Library.open(config)) {
            EntityView page = lib.entity("Dorit Hallam", EntityType.PERSON).orElseThrow();
            assertThat(page.canonical()).isEqualTo("Dorrit Hallam");
            assertThat(page.articles()).hasSize(2);
            assertThat(lib.entity("Dorrit Hallam", EntityType.PERSON).orElseThrow().canonical()).isEqualTo("Dorrit Hallam");
        }
    }

    private static LibraryEntry entry(String id, String text) {
        AnalyzedArticle a = Fixtures.analyzed(id, id, text, null, List.of(), List.of());
        return new LibraryEntry(a, null, "Gazette", "https://example.com/" + id);
    }
}
