package dev.precis.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements kept open for the connection's life, one per SQL text, so each write is only
 * bound and executed instead of parsed again (H2 keeps just a handful of parsed statements per session;
 * the writer alone uses more than a dozen). Statements close with the connection. Not thread-safe: the
 * library serialises its writers.
 */
final class StatementCache {

    private final Connection c;
    private final String idColumn;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StatementCache(Connection c, String idColumn) {
        this.c = c;
        this.idColumn = idColumn;
    }

    /** The statement for {@code sql}, prepared on first use. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** The statement for an INSERT whose generated id is read back, prepared on first use. */
    PreparedStatement returningId(String sql) throws SQLException {
        String key = "\u0000id " + sql;
        PreparedStatement ps = statements.get(key);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(sql, new String[] {idColumn});
            statements.put(key, ps);
        }
        return ps;
    }
}
