package dev.precis.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway V1_13, H2 only: every annotation row went into B-trees that repeat one another, and most of a bulk
 * load's writing is annotation rows. H2 backs each foreign key with an index of exactly its columns, so (1) the
 * explicit by-entity, by-related-article, by-story and redirect-target indexes of V1, V1_4 and V1_9 are second
 * copies of the index of the foreign key on the same column, and are dropped here (queries use the other copy);
 * and (2) the foreign key of each per-article table whose primary key begins with its article id (summaries,
 * mentions, quotes, times, events, related articles, copies) kept a single-column index beside that primary key,
 * and checked every row by reading its article's row. The library writes those rows only with the id it has just
 * inserted the article under, and never deletes an article, so these seven keys are dropped with their indexes;
 * the keys on entities, stories, sources and related articles' other end stay. PostgreSQL makes no index for a
 * foreign key and keeps all of its keys: there this migration does nothing. No stored value changes.
 */
final class H2LeanKeysMigration extends StoreMigration {

    /** Explicit indexes with exactly the columns of the index H2 made for a foreign key. */
    static final List<String> REPEATED_INDEXES = List.of(
            "ENTITY_MENTIONS_ENTITY", "RELATED_BACK", "STORY_MEMBERS_STORY", "STORY_REDIRECTS_TO");
    /** Tables whose primary key begins with ARTICLE_ID: their foreign key on it is dropped. */
    static final List<String> KEYED_BY_ARTICLE = List.of(
            "SUMMARIES", "ENTITY_MENTIONS", "QUOTES", "TIME_EXPRESSIONS", "EVENTS", "RELATED", "ARTICLE_COPIES");

    H2LeanKeysMigration() {
        super("1.13", "h2 lean keys");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String index : REPEATED_INDEXES) {
                s.execute("DROP INDEX IF EXISTS " + index);
            }
            for (String table : KEYED_BY_ARTICLE) {
                for (String key : articleKeys(c, table)) {
                    s.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + key);
                }
            }
        }
    }

    /** Names of {@code table}'s foreign keys on its ARTICLE_ID column alone (H2 names them itself: CONSTRAINT_…). */
    static List<String> articleKeys(Connection c, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " WHERE t.TABLE_SCHEMA = SCHEMA() AND t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'FOREIGN KEY'"
                + " GROUP BY t.CONSTRAINT_NAME HAVING COUNT(*) = 1 AND MAX(k.COLUMN_NAME) = 'ARTICLE_ID'"
                + " ORDER BY t.CONSTRAINT_NAME")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }
}
