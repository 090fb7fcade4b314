package dev.precis.store;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Binds article bodies (a CLOB column) during a {@link Library#bulkLoad bulk load} into H2. A string longer
 * than H2's in-row limit is made a temporary LOB, copied into the table's and freed at once; a freed LOB waits
 * for the store's next version, and meanwhile every statement's end asks H2's single LOB cleaner to run and,
 * with the cleaner busy, is refused with an exception built and dropped (about 20 per article). Bound as a
 * character stream of known length, the body's temporary LOB is instead kept by the session and freed at its
 * close (or at a commit after H2's LOB timeout), so nothing waits while the load runs. Only bodies longer
 * in characters than the limit are streamed: those have more bytes than it too, so H2 keeps each body where
 * it would otherwise (in the row or in its LOB store). Nothing is set in the database; other databases, and
 * loads outside a bulk load, bind plain strings.
 */
final class BulkBodies {

    private static final String SETTING = "MAX_LENGTH_INPLACE_LOB";
    /** H2's in-row limit, in bytes, when the database has no value of its own. */
    private static final int H2_DEFAULT = 256;
    /** Bodies streamed: off. */
    private static final int OFF = Integer.MAX_VALUE;

    private final Connection connection;
    /** Longest body, in characters, bound as a string; longer ones are streamed. */
    private int longestString = OFF;

    BulkBodies(Connection connection) {
        this.connection = connection;
    }

    /** A bulk load starts: bodies over the database's in-row limit are streamed from now on (H2 only). */
    void start() {
        try {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                longestString = inRowLimit();
            }
        } catch (SQLException e) {
            longestString = OFF; // the limit cannot be read: bind strings, as outside a bulk load
        }
    }

    /** The bulk load ended: bodies are bound as strings again. */
    void stop() {
        longestString = OFF;
    }

    /** True when {@code body} is bound as a character stream. */
    boolean streams(String body) {
        return body != null && body.length() > longestString;
    }

    void bind(PreparedStatement ps, int index, String body) throws SQLException {
        if (streams(body)) {
            ps.setCharacterStream(index, new StringReader(body), body.length());
        } else {
            ps.setString(index, body);
        }
    }

    private int inRowLimit() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                     + SETTING + "'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : H2_DEFAULT;
        } catch (NumberFormatException e) {
            return OFF;
        }
    }
}
