package dev.precis.store;

import dev.precis.model.EntityMention;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of entities (type and canonical name) for {@link ArticleWriter}: cached for the writer's life,
 * looked up or inserted on a miss. Ids first inserted by the open transaction are tracked so that a
 * rollback forgets exactly those. Not thread-safe: the library serialises writers.
 */
final class EntityIds {

    private final StatementCache statements;
    private final Map<String, Long> ids = new HashMap<>();
    /** Cache keys whose rows the open transaction inserted. */
    private final List<String> uncommitted = new ArrayList<>();
    /**
     * Whether this writer's connection is the only one that can write: an embedded H2 file, which one
     * process opens at a time (its file lock) and the library opens with one connection.
     */
    private final boolean soleWriter;
    /**
     * Whether {@link #ids} holds every stored entity, so that a miss needs no SELECT before its INSERT
     * (half the cost of a new entity in a first load of a library): true when the writer is the sole one
     * and the table was empty at its first look, until a rollback makes the cache forget rows that may
     * still exist (a rolled-back savepoint); null before that first look.
     */
    private Boolean allCached;

    EntityIds(StatementCache statements, boolean soleWriter) {
        this.statements = statements;
        this.soleWriter = soleWriter;
    }

    /** The open transaction committed: the ids it inserted are now durable. */
    void committed() {
        uncommitted.clear();
    }

    /** The open transaction, or part of it, was rolled back: forgets the ids it inserted. */
    void rolledBack() {
        for (String k : uncommitted) {
            ids.remove(k);
        }
        uncommitted.clear();
        if (Boolean.TRUE.equals(allCached)) {
            allCached = false;
        }
    }

    /**
     * These ids' rows were deleted by the open transaction: they are no longer cached (the cache still holds every
     * stored entity when it did; a rollback that brings the rows back ends that, {@link #rolledBack}).
     */
    void dropped(Set<Long> deleted) {
        ids.values().removeIf(deleted::contains);
    }

    long id(EntityMention m) throws SQLException {
        String canonical = ArticleWriter.clip(m.canonical(), 1000);
        String key = m.type().name() + "|" + canonical;
        Long cached = ids.get(key);
        if (cached != null) {
            return cached;
        }
        if (allCached == null) {
            allCached = soleWriter && !anyStored();
        }
        if (!allCached) {
            PreparedStatement find = statements.get("SELECT id FROM entities WHERE canonical = ? AND type = ?");
            find.setString(1, canonical);
            find.setString(2, m.type().name());
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    ids.put(key, rs.getLong(1));
                    return rs.getLong(1);
                }
            }
        }
        PreparedStatement ps = statements.returningId("INSERT INTO entities(canonical, type) VALUES (?,?)");
        ps.setString(1, canonical);
        ps.setString(2, m.type().name());
        ps.executeUpdate();
        long id;
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            id = rs.getLong(1);
        }
        ids.put(key, id);
        uncommitted.add(key);
        return id;
    }

    private boolean anyStored() throws SQLException {
        try (ResultSet rs = statements.get("SELECT id FROM entities FETCH FIRST 1 ROWS ONLY").executeQuery()) {
            return rs.next();
        }
    }
}
