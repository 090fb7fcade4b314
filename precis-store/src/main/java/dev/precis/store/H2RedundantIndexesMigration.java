package dev.precis.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway V1_11, H2 only: drops the explicit indexes that repeat one H2 already keeps. H2 backs each foreign key
 * with an index on its columns; the by-entity, by-related-article, by-story and redirect-target indexes declared
 * by V1, V1_4 and V1_9 have exactly those columns, so every row of those tables went into two identical B-trees
 * (a bulk load's 29,000 entity rows among them). Queries that used the dropped index use the foreign key's, which
 * has the same columns and order, so results and their order are unchanged. PostgreSQL makes no index for a
 * foreign key and keeps its explicit ones: this migration runs on H2 only ({@link Database#flyway}).
 */
final class H2RedundantIndexesMigration extends FixedJavaMigration {

    /** Explicit indexes with the same columns as the index H2 made for a foreign key. */
    static final List<String> DUPLICATES = List.of(
            "ENTITY_MENTIONS_ENTITY", "RELATED_BACK", "STORY_MEMBERS_STORY", "STORY_REDIRECTS_TO");

    H2RedundantIndexesMigration() {
        super("1.11", "h2 redundant indexes");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement s = context.getConnection().createStatement()) {
            for (String index : DUPLICATES) {
                s.execute("DROP INDEX IF EXISTS " + index);
            }
        }
    }
}
