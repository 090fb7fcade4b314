package dev.precis.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2's page cache during a {@link Library#bulkLoad bulk load}. H2 keeps 16 MB of pages by default; a bulk load of
 * a few thousand articles writes a file several times that, so pages it had written and let go were read back
 * and decoded again for the next inserts, the group commits and the store's own rewriting (H2's page reads were
 * about 8% of the writing thread's samples in a 1x load of the BBC set). The cache is raised for the load and set
 * back to the value it had when it ends. H2 keeps a set value in the database (a library that had none keeps its
 * default as its own value afterwards), so a load cut short by a crash leaves the larger cache until the next bulk
 * load ends. Pages cached change no answer. Other databases: nothing.
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

    private void set(long kb) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET CACHE_SIZE " + kb);
        }
    }
}
