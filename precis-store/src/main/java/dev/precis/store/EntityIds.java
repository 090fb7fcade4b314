package dev.precis.store;

import dev.precis.model.EntityMention;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The ids of entities (type and canonical name) for {@link ArticleWriter}: cached for the writer's life,
 * looked up or inserted on a miss. Ids first inserted by the open transaction are tracked so that a
 * rollback forgets exactly those. Not thread-safe: the library serialises writers.
 */
final class EntityIds {

    private final StatementCache statements;
    private final MultiRowInsert rows;
    private final Map<String, Long> ids = new HashMap<>();
    /** Cache keys whose rows the open transaction inserted. */
    private final List<String> uncommitted = new ArrayList<>();
    /**
     * Whether this writer's connection is the only one that can write: an embedded H2 file, which one
     * process opens at a time (its file lock) and the library opens with one connection.
     */
    private final boolean soleWriter;
    /**
     * Whether the cache holds every stored entity, so that a miss needs no SELECT before its INSERT
     * (half the cost of a new entity in a first load of a library): true when the writer is the sole one
     * and the table was empty at its first look, until a rollback makes the cache forget rows that may
     * still exist (a rolled-back savepoint); null before that first look.
     */
    private Boolean allCached;

    EntityIds(StatementCache statements, MultiRowInsert rows, boolean soleWriter) {
        this.statements = statements;
        this.rows = rows;
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

    /**
     * The ids of the mentions' entities, in mention order; {@code storedName} gives the canonical name each
     * mention's entity is stored under. The entities new to the library are inserted together, one multi-row
     * statement in the order of their first mentions, so they are numbered as one INSERT each numbered them
     * (a statement per new entity was most of their cost in a first load).
     */
    long[] ids(List<EntityMention> mentions, UnaryOperator<String> storedName) throws SQLException {
        int n = mentions.size();
        long[] out = new long[n];
        String[] names = new String[n];
        String[] keys = new String[n];
        // the first mention of each entity the cache lacks, in mention order
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            EntityMention m = mentions.get(i);
            names[i] = ArticleWriter.clip(storedName.apply(m.canonical()), 1000);
            keys[i] = m.type().name() + "|" + names[i];
            Long cached = ids.get(keys[i]);
            if (cached != null) {
                out[i] = cached;
            } else {
                missing.putIfAbsent(keys[i], i);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        if (allCached == null) {
            allCached = soleWriter && !anyStored();
        }
        List<Integer> fresh = new ArrayList<>();
        for (int i : missing.values()) {
            if (allCached || !lookUp(keys[i], names[i], mentions.get(i).type().name())) {
                fresh.add(i);
            }
        }
        insert(fresh, names, keys, mentions);
        for (int i = 0; i < n; i++) {
            out[i] = ids.get(keys[i]);
        }
        return out;
    }

    /** Caches a stored entity's id; false when no row has that name and type. */
    private boolean lookUp(String key, String canonical, String type) throws SQLException {
        PreparedStatement find = statements.get("SELECT id FROM entities WHERE canonical = ? AND type = ?");
        find.setString(1, canonical);
        find.setString(2, type);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                ids.put(key, rs.getLong(1));
                return true;
            }
            return false;
        }
    }

    /** Inserts the entities of these mentions (positions, in order) and caches their ids. */
    private void insert(List<Integer> fresh, String[] names, String[] keys, List<EntityMention> mentions) throws SQLException {
        long[] inserted = rows.insertReturningIds("INSERT INTO entities(canonical, type)", 2, fresh.size(), (ps, p, r) -> {
            ps.setString(p, names[fresh.get(r)]);
            ps.setString(p + 1, mentions.get(fresh.get(r)).type().name());
        });
        for (int r = 0; r < inserted.length; r++) {
            String key = keys[fresh.get(r)];
            ids.put(key, inserted[r]);
            uncommitted.add(key);
        }
    }

    private boolean anyStored() throws SQLException {
        try (ResultSet rs = statements.get("SELECT id FROM entities FETCH FIRST 1 ROWS ONLY").executeQuery()) {
            return rs.next();
        }
    }
}
