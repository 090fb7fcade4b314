package dev.precis.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway V1_9: the {@code mentions} table (a row per mention) becomes {@code entity_mentions} (a row per article
 * and entity, the mentions packed by {@link MentionPack}, their count kept as a column for the by-entity reads).
 * Existing rows are packed here, in Java, so that H2 and PostgreSQL get the very same values (their string
 * aggregates and their string lengths differ); a new library runs it on an empty table. Registered explicitly
 * by {@link Database#flyway}, not found by a class-path scan, so a shaded jar needs nothing more.
 */
final class PackMentionsMigration extends StoreMigration {

    /** Rows read per round trip from PostgreSQL (the old table can hold millions of rows). */
    private static final int FETCH = 10_000;

    PackMentionsMigration() {
        super("1.9", "pack mentions");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE entity_mentions ("
                    + " article_id BIGINT NOT NULL REFERENCES articles(id),"
                    + " entity_id BIGINT NOT NULL REFERENCES entities(id),"
                    + " mention_count INT NOT NULL,"
                    + " spans VARCHAR NOT NULL,"
                    + " titles VARCHAR,"
                    + " PRIMARY KEY (article_id, entity_id))");
        }
        pack(c);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id)");
            s.execute("DROP TABLE mentions");
        }
    }

    /** Reads the old rows article by article in mention order and writes one packed row per entity. */
    private static void pack(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement(
                "SELECT article_id, idx, entity_id, start_pos, end_pos, title FROM mentions ORDER BY article_id, idx");
             PreparedStatement write = c.prepareStatement(
                     "INSERT INTO entity_mentions(article_id, entity_id, mention_count, spans, titles) VALUES (?,?,?,?,?)")) {
            read.setFetchSize(FETCH);
            long article = -1;
            Map<Long, MentionPack> packs = new LinkedHashMap<>();
            int batched = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long a = rs.getLong(1);
                    if (a != article) {
                        batched += flush(write, article, packs);
                        article = a;
                    }
                    packs.computeIfAbsent(rs.getLong(3), k -> new MentionPack()).add(rs.getInt(2), rs.getInt(4), rs.getInt(5), rs.getString(6));
                    if (batched >= FETCH) {
                        write.executeBatch();
                        batched = 0;
                    }
                }
            }
            flush(write, article, packs);
            write.executeBatch();
        }
    }

    private static int flush(PreparedStatement write, long article, Map<Long, MentionPack> packs) throws SQLException {
        int n = packs.size();
        for (Map.Entry<Long, MentionPack> e : packs.entrySet()) {
            write.setLong(1, article);
            write.setLong(2, e.getKey());
            write.setInt(3, e.getValue().count());
            write.setString(4, e.getValue().spans());
            write.setString(5, e.getValue().titles());
            write.addBatch();
        }
        packs.clear();
        return n;
    }
}
