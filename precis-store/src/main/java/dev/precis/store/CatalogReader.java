package dev.precis.store;

import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read queries for browsing the library: the latest articles, the most mentioned entities and one
 * entity's page. Not thread-safe (the {@link Library} serialises calls on its connection).
 */
final class CatalogReader {

    private static final String PUBLISHED = "COALESCE(a.published, '')";
    private static final String REF_COLUMNS = "a.id, a.title, a.published, s.name";
    private final Connection c;

    CatalogReader(Connection c) {
        this.c = c;
    }

    List<ArticleRef> latest(int offset, int limit) throws SQLException {
        List<ArticleRef> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REF_COLUMNS + " FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                + " ORDER BY " + PUBLISHED + " DESC, a.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            ps.setInt(1, Math.max(0, offset));
            ps.setInt(2, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ref(rs));
                }
            }
        }
        return out;
    }

    /** Entities by the number of articles that mention them, most first; {@code type} null for all. */
    List<EntityCount> entities(EntityType type, int limit) throws SQLException {
        List<EntityCount> out = new ArrayList<>();
        String where = type == null ? "" : " WHERE e.type = ?";
        try (PreparedStatement ps = c.prepareStatement("SELECT e.canonical, e.type, COUNT(*) n, e.id FROM entities e"
                + " JOIN entity_mentions m ON m.entity_id = e.id" + where
                + " GROUP BY e.canonical, e.type, e.id ORDER BY n DESC, e.canonical FETCH FIRST ? ROWS ONLY")) {
            int i = 1;
            if (type != null) {
                ps.setString(i++, type.name());
            }
            ps.setInt(i, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EntityType t = EntityType.valueOf(rs.getString(2));
                    out.add(new EntityCount(shownName(rs.getLong(4), rs.getString(1), t), t, rs.getInt(3)));
                }
            }
        }
        return out;
    }

    /** The name a page is shown under: a person's most-met full spelling ({@link EntitySpellings}), else the stored name. */
    private String shownName(long id, String canonical, EntityType type) throws SQLException {
        return type == EntityType.PERSON ? EntitySpellings.displayName(c, id, canonical) : canonical;
    }

    /**
     * One entity's page. A person asked for by another spelling met in the articles, by a surname page since joined
     * into the person's ({@link SurnamePages}), or by a surname alone or a spelling the library would file there gets
     * the page of the stored person, and the view carries the name the page is shown under (its most-met spelling),
     * so one person has one page however a reader spells the name.
     */
    Optional<EntityView> entity(String name, EntityType type) throws SQLException {
        Long entityId = entityId(name, type);
        if (entityId == null && type == EntityType.PERSON) {
            entityId = EntitySpellings.personSpelled(c, name);
        }
        if (entityId == null) {
            entityId = redirected(name, type);
        }
        if (entityId == null && type == EntityType.PERSON) {
            String spelled = PersonIdentities.read(c).spelling(name);
            entityId = spelled == null ? null : entityId(spelled, type);
        }
        if (entityId == null) {
            return Optional.empty();
        }
        String canonical = storedName(entityId);
        List<ArticleRef> articles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REF_COLUMNS + ", m.mention_count FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                + " JOIN entity_mentions m ON m.article_id = a.id WHERE m.entity_id = ?"
                + " ORDER BY " + PUBLISHED + ", a.id")) {
            ps.setLong(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    articles.add(new ArticleRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
        }
        // quotes store the speaker's canonical name (or a description when it was not resolved)
        List<EntityQuote> quotes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REF_COLUMNS + ", q.start_pos, q.end_pos, q.content_start, q.content_end,"
                + " q.kind, q.speaker, q.speaker_start, q.speaker_end, q.cue, SUBSTRING(a.body, q.content_start + 1, q.content_end - q.content_start)"
                + " FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN sources s ON s.id = a.source_id"
                + " WHERE q.speaker = ? ORDER BY " + PUBLISHED + ", a.id, q.idx")) {
            ps.setString(1, canonical);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer ss = (Integer) rs.getObject(11, Integer.class);
                    Integer se = (Integer) rs.getObject(12, Integer.class);
                    Quote q = new Quote(new TextRange(rs.getInt(5), rs.getInt(6)), new TextRange(rs.getInt(7), rs.getInt(8)),
                            QuoteKind.valueOf(rs.getString(9)), rs.getString(10), ss == null || se == null ? null : new TextRange(ss, se),
                            rs.getString(13));
                    quotes.add(new EntityQuote(ref(rs), q, Quote.quotedWords(rs.getString(14))));
                }
            }
        }
        return Optional.of(new EntityView(shownName(entityId, canonical, type), type, articles, quotes));
    }

    /** The page a surname page was joined into, by the surname page's name. */
    private Long redirected(String name, EntityType type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.to_id FROM entity_redirects r JOIN entities e ON e.id = r.to_id"
                + " WHERE r.canonical = ? AND r.type = ? ORDER BY r.from_id DESC")) {
            ps.setString(1, name);
            ps.setString(2, type.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private String storedName(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT canonical FROM entities WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private Long entityId(String canonical, EntityType type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM entities WHERE canonical = ? AND type = ?")) {
            ps.setString(1, canonical);
            ps.setString(2, type.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static ArticleRef ref(ResultSet rs) throws SQLException {
        return new ArticleRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), 0);
    }

    /** Rows of the ingestion log by status. */
    Map<String, Integer> logCounts() throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM ingest_log GROUP BY status")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }
}
