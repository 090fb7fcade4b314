package dev.precis.store;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway V1_13: the column {@code entity_mentions.spellings} ({@link EntitySpellings}) and {@code entity_redirects}
 * (a surname page joined into its person's page, {@link SurnamePages}: the old name still leads there). The spellings of the persons a
 * library already holds are counted here from the stored mentions' spans in the article texts, in Java, so that H2
 * and PostgreSQL get the same counts; a new library runs it on empty tables. Plain SQL both databases accept.
 * Registered by {@link Database#flyway} like {@link PackMentionsMigration}.
 */
final class EntitySpellingsMigration implements JavaMigration {

    /** Rows read per round trip from PostgreSQL. */
    private static final int FETCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1.13");
    }

    @Override
    public String getDescription() {
        return "entity spellings";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE entity_mentions ADD COLUMN spellings VARCHAR");
            // no reference to entities: the page joined into may itself go when no article names it any more
            s.execute("CREATE TABLE entity_redirects ("
                    + " from_id BIGINT NOT NULL PRIMARY KEY,"
                    + " canonical VARCHAR(1000) NOT NULL,"
                    + " type VARCHAR(20) NOT NULL,"
                    + " to_id BIGINT NOT NULL)");
            s.execute("CREATE INDEX entity_redirects_name ON entity_redirects(canonical, type)");
        }
        count(c);
    }

    /** Counts the stored persons' spellings, one (article, person) row at a time. */
    private static void count(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT m.article_id, m.entity_id, m.spans, a.body FROM entity_mentions m"
                + " JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id WHERE e.type = ?");
             PreparedStatement write = c.prepareStatement("UPDATE entity_mentions SET spellings = ? WHERE article_id = ? AND entity_id = ?")) {
            read.setString(1, EntityType.PERSON.name());
            read.setFetchSize(FETCH);
            int batched = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long entity = rs.getLong(2);
                    List<MentionPack.Indexed> rows = new ArrayList<>();
                    MentionPack.decode(rs.getString(3), null, EntityType.PERSON, "", rows);
                    List<EntityMention> mentions = rows.stream().map(MentionPack.Indexed::mention).toList();
                    long[] ids = new long[mentions.size()];
                    Arrays.fill(ids, entity);
                    String spellings = EntitySpellings.perEntity(rs.getString(4), mentions, ids).get(entity);
                    if (spellings != null) {
                        write.setString(1, spellings);
                        write.setLong(2, rs.getLong(1));
                        write.setLong(3, entity);
                        write.addBatch();
                        batched++;
                    }
                    if (batched >= FETCH) {
                        write.executeBatch();
                        batched = 0;
                    }
                }
            }
            write.executeBatch();
        }
    }
}
