package dev.precis.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * During a bulk load of an embedded H2 file database, lets H2 write its pages on threads of its own. The
 * library's URL sets {@code WRITE_DELAY=0}, so each commit is on disk before it returns, and H2 then also
 * writes the pages of a large open transaction on the writing thread itself (most of the database's share
 * of that thread in a profile of {@code ingest --analyzed}). With a delay, H2's background writer does that
 * work and the writing thread goes on storing and planning the next articles. What a crash loses grows by the
 * commits of the last {@value #DELAY_MS} ms, which a rerun of the same load stores again (the index drops
 * what the database lost when the library next opens, {@link IndexSync#reconcile}). The delay in force
 * before is put back when the bulk load ends. Other databases are left as they are.
 */
final class BulkWriteDelay {

    /** H2's write delay during a bulk load, in milliseconds (H2's own default). */
    static final int DELAY_MS = 500;

    private final Connection connection;
    /** The delay to put back; null while no bulk load changed it. */
    private Integer before;

    BulkWriteDelay(Connection connection) {
        this.connection = connection;
    }

    /** Sets the bulk load's delay (the caller has just committed: H2 commits before a setting). */
    void start() throws IOException {
        try {
            if (before != null || !connection.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
                return;
            }
            try (Statement s = connection.createStatement();
                    ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                int now = r.next() ? Integer.parseInt(r.getString(1)) : 0;
                s.execute("SET WRITE_DELAY " + DELAY_MS);
                before = now;
            }
        } catch (SQLException | NumberFormatException e) {
            throw new IOException("cannot set the library database's write delay: " + e.getMessage(), e);
        }
    }

    /** Puts the delay back and writes what H2 still holds (the caller has just committed). */
    void stop() throws IOException {
        Integer b = before;
        if (b == null) {
            return;
        }
        before = null;
        try (Statement s = connection.createStatement()) {
            s.execute("SET WRITE_DELAY " + b);
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IOException("cannot set the library database's write delay: " + e.getMessage(), e);
        }
    }
}
