package dev.precis.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * During a {@link Library#bulkLoad bulk load} into H2, article bodies (a CLOB column) of up to
 * {@value #BULK_LIMIT} bytes are stored in their row instead of H2's LOB store. For each body H2 otherwise
 * writes a temporary LOB, copies it into the table's and frees the first one; while freed LOBs wait for the
 * open transaction to end, every later statement asks H2's single LOB cleaner to run and, with the cleaner
 * busy, is refused with an exception (about 43,000 for the 2,060 BBC articles of an {@code ingest --analyzed},
 * 8–15% of its CPU). Rows hold the same values either way: only where H2 keeps the text differs. The
 * setting is the database's own (H2 keeps it in the file), so the previous value is put back when the load
 * ends; a load that crashes leaves it on, which changes no answer. Other databases, or a user H2 refuses
 * the setting to, load as before.
 */
final class BulkInplaceTexts {

    /** Longest body, in bytes, kept in its row during a bulk load (H2's default is 256). */
    static final int BULK_LIMIT = 1 << 16;
    private static final String SETTING = "MAX_LENGTH_INPLACE_LOB";
    /** H2's value when the database has none of its own. */
    private static final int H2_DEFAULT = 256;

    private final Connection connection;
    /** The value to put back at {@link #end()}; null when nothing was changed. */
    private final Integer before;

    private BulkInplaceTexts(Connection connection, Integer before) {
        this.connection = connection;
        this.before = before;
    }

    /** Raises the limit for a load (the caller has just committed: H2's {@code SET} commits). */
    static BulkInplaceTexts start(Connection connection) {
        Integer before = null;
        try {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                int current = current(connection);
                if (current < BULK_LIMIT) {
                    set(connection, BULK_LIMIT);
                    before = current;
                }
            }
        } catch (SQLException e) {
            // no admin rights or an older H2: the load stores its texts as H2 always does
        }
        return new BulkInplaceTexts(connection, before);
    }

    /** Puts the previous limit back (the caller has just committed the load's last group). */
    void end() {
        if (before != null) {
            try {
                set(connection, before);
            } catch (SQLException e) {
                // the raised limit stays: later texts of up to BULK_LIMIT bytes are kept in their row, the same values
            }
        }
    }

    private static int current(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                     + SETTING + "'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : H2_DEFAULT;
        } catch (NumberFormatException e) {
            throw new SQLException("unreadable " + SETTING, e);
        }
    }

    private static void set(Connection connection, int bytes) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET " + SETTING + " " + bytes);
        }
    }
}
