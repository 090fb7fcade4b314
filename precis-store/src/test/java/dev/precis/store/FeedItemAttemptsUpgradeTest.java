package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library written before V1_12 holds feed items stored from the feed's text as ADDED; the upgrade marks those whose
 * article carries a text note {@link Subscriptions#FEED_TEXT}, so their pages are asked for again, and leaves the
 * others. Run on H2 and, when {@code PRECIS_TEST_PG_URL} names one, on PostgreSQL.
 */
class FeedItemAttemptsUpgradeTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Test
    void anEmbeddedLibrarysFeedTextItemsAreMarked() throws Exception {
        upgradesAndMarks(LibraryConfig.embedded(dir));
    }

    @Test
    void aPostgresLibrarysFeedTextItemsAreMarked() throws Exception {
        upgradesAndMarks(new LibraryConfig(dir, schemas.freshUrl()));
    }

    private static void upgradesAndMarks(LibraryConfig config) throws Exception {
        String url = config.effectiveJdbcUrl();
        OldSchemas.flyway(url, config.password()).target("1.10").load().migrate();
        Properties props = new Properties();
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        long teaser;
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            ArticleWriter writer = new ArticleWriter(c);
            AnalyzedArticle t = Fixtures.analyzed("pier", "Pier to be rebuilt", Fixtures.TALKS, null, List.of(), List.of());
            teaser = writer.insertArticle(new LibraryEntry(t, null, "Gazette", "https://example.com/pier"), ContentFingerprint.of(Fixtures.TALKS));
            writer.textNote(teaser, "stored from the feed's own text (the page could not be fetched: HTTP status 503)");
            AnalyzedArticle p = Fixtures.analyzed("ferry", "Ferry times", Fixtures.FOOTBALL, null, List.of(), List.of());
            long page = writer.insertArticle(new LibraryEntry(p, null, "Gazette", "https://example.com/ferry"), ContentFingerprint.of(Fixtures.FOOTBALL));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO stories(title, key_entities, first_published, last_published, size) VALUES ('s', '', NULL, NULL, 1)");
                s.executeUpdate("INSERT INTO story_members(article_id, story_id, score) SELECT id, (SELECT MAX(id) FROM stories), 1.0 FROM articles");
                s.executeUpdate("INSERT INTO feeds(url, interval_seconds, next_poll, not_before, failures, added_at)"
                        + " VALUES ('https://example.com/news.xml', 1800, 0, 0, 0, 0)");
                s.executeUpdate("INSERT INTO feed_items(feed_id, item_key, article_id, status, seen_at)"
                        + " SELECT MAX(id), 'k1', " + teaser + ", 'ADDED', 0 FROM feeds");
                s.executeUpdate("INSERT INTO feed_items(feed_id, item_key, article_id, status, seen_at)"
                        + " SELECT MAX(id), 'k2', " + page + ", 'ADDED', 0 FROM feeds");
            }
            c.commit();
        }
        try (Library lib = Library.open(config)) {
            long feed = lib.subscriptions().list().get(0).id();
            assertThat(lib.subscriptions().feedTextItems(feed, 3, 10)).extracting(Subscriptions.FeedTextItem::articleId)
                    .containsExactly(teaser);
        }
    }
}
