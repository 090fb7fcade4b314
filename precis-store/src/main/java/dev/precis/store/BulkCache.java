package dev.precis.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * H2's page cache during a {@link Library#bulkLoad bulk load}. H2 keeps 16 MB of pages by default; a bulk load of
 * a few thousand articles writes a file several times that, so pages it had written and let go were read back
 * and decoded again for the next inserts, the group commits and the store's own rewriting (H2's page reads were
 * about 8% of the writing thread's samples in a 1x load of the BBC set). The cache is raised for the load and set
 * back to the value it had when it ends. An embedded database (H2's engine in this process) is given the size
 * directly, so nothing is written into the library: H2's {@code SET CACHE_SIZE} stores a setting in the database, and
 * every library a bulk load made kept an explicit {@code CACHE_SIZE} of its own afterwards (H2's default, written
 * down; the larger one after a load cut short by a crash). A server's H2 is sent {@code SET CACHE_SIZE}. Pages cached
 * change no answer. Other databases: nothing.
 */
final class BulkCache {

    /** The cache during a bulk load, in KB, at most (and at most an eighth of the heap). */
    static final long BULK_KB = 256 * 1024;

    private final Connection connection;
    /** The cache size before the load (KB); -1 when nothing was changed. */
    private long before = -1;

    BulkCache(Connection connection) {
        this.connection = connection;
    }

    /** The bulk load's cache size for a heap of {@code maxHeapBytes}, in KB; never below {@code current}. */
    static long bulkKb(long current, long maxHeapBytes) {
        return Math.max(current, Math.min(BULK_KB, maxHeapBytes / 8 / 1024));
    }

    /** A bulk load starts (the open group is committed): raises an H2 database's cache. */
    void start() {
        try {
            if (before >= 0 || !"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            long current = current();
            long kb = bulkKb(current, Runtime.getRuntime().maxMemory());
            if (kb > current) {
                set(kb);
                before = current;
            }
        } catch (SQLException | NumberFormatException e) {
            before = -1; // the cache stays as it was
        }
    }

    /** The bulk load ended (its last group committed): the cache it had before. */
    void stop() {
        if (before < 0) {
            return;
        }
        try {
            set(before);
        } catch (SQLException e) {
            // the larger cache stays until the next bulk load ends
        } finally {
            before = -1;
        }
    }

    /**
     * H2's cache size now, in KB: the store's own figure (whole MB), which H2 reports whether or not the database
     * has a {@code CACHE_SIZE} of its own (it has none until one is set).
     */
    long current() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no info.CACHE_MAX_SIZE");
            }
            return Long.parseLong(rs.getString(1).trim()) * 1024;
        }
    }

    /**
     * Sets the open database's page cache to {@code kb}: an embedded database's directly, without writing a setting
     * into it; a server's by {@code SET CACHE_SIZE}.
     */
    private void set(long kb) throws SQLException {
        org.h2.engine.Database db = database(connection);
        if (db != null) {
            db.setCacheSize((int) Math.min(Integer.MAX_VALUE, kb));
            return;
        }
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SET CACHE_SIZE " + kb);
        }
    }

    /** The H2 engine behind {@code c} when it runs in this process (an embedded database), else null. */
    static org.h2.engine.Database database(Connection c) {
        try {
            org.h2.engine.Session session = c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            return session instanceof org.h2.engine.SessionLocal local ? local.getDatabase() : null;
        } catch (SQLException | RuntimeException | LinkageError e) {
            return null; // a server's H2 (or one without these classes)
        }
    }
}
