package dev.precis.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Inserts the rows of one table with multi-row {@code INSERT … VALUES (…),(…)} statements, in row order,
 * instead of one JDBC batch element per row. H2 runs every batch element as a statement of its own, and
 * its per-statement work was a measurable share of storing an article's 60-odd annotation rows ({@code ingest
 * --analyzed} profile: each statement's end also offered H2's LOB cleaner a task it refused, building an
 * exception every time, 16% of the load's allocation). PostgreSQL is sent fewer statements too. Both
 * databases accept the syntax unchanged; the rows written are the same. Statements of a few fixed sizes
 * (see {@link #CHUNKS}) are prepared, so a table needs at most seven, and a count below 64 takes one statement
 * per bit set in it. Not thread-safe, like the writer.
 */
final class MultiRowInsert {

    /** Rows per statement, largest first; the rows of a call are split greedily into these. */
    private static final int[] CHUNKS = {64, 32, 16, 8, 4, 2, 1};

    /** Binds one row's values from parameter {@code first} on. */
    @FunctionalInterface
    interface Row {
        void bind(PreparedStatement ps, int first, int row) throws SQLException;
    }

    private final StatementCache statements;
    /** Per statement head, the SQL text for each chunk size (built once). */
    private final Map<String, String[]> texts = new HashMap<>();

    MultiRowInsert(StatementCache statements) {
        this.statements = statements;
    }

    /**
     * Inserts rows {@code 0 … rows-1}: {@code head} is {@code INSERT INTO table(c1, …, cN)}, {@code columns}
     * its N; {@code row} binds row r's N values starting at the parameter it is given.
     */
    void insert(String head, int columns, int rows, Row row) throws SQLException {
        run(head, columns, rows, row, null);
    }

    /**
     * {@link #insert} into a table with a generated id: the ids of rows {@code 0 … rows-1}, in row order. Both
     * databases number a multi-row statement's rows in the order of its VALUES and return their keys in that order.
     */
    long[] insertReturningIds(String head, int columns, int rows, Row row) throws SQLException {
        long[] ids = new long[rows];
        run(head, columns, rows, row, ids);
        return ids;
    }

    private void run(String head, int columns, int rows, Row row, long[] ids) throws SQLException {
        String[] sql = texts.computeIfAbsent(head, h -> sqlFor(h, columns));
        int done = 0;
        for (int c = 0; c < CHUNKS.length; c++) {
            int size = CHUNKS[c];
            while (rows - done >= size) {
                PreparedStatement ps = ids == null ? statements.get(sql[c]) : statements.returningId(sql[c]);
                for (int r = 0; r < size; r++) {
                    row.bind(ps, r * columns + 1, done + r);
                }
                ps.executeUpdate();
                if (ids != null) {
                    readIds(ps, ids, done, size);
                }
                done += size;
            }
        }
    }

    private static void readIds(PreparedStatement ps, long[] ids, int from, int count) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            for (int r = 0; r < count; r++) {
                if (!keys.next()) {
                    throw new SQLException("the database returned " + r + " generated ids for " + count + " rows");
                }
                ids[from + r] = keys.getLong(1);
            }
        }
    }

    private static String[] sqlFor(String head, int columns) {
        StringBuilder one = new StringBuilder("(");
        for (int i = 0; i < columns; i++) {
            one.append(i == 0 ? "?" : ",?");
        }
        one.append(')');
        String[] out = new String[CHUNKS.length];
        for (int c = 0; c < CHUNKS.length; c++) {
            StringBuilder sb = new StringBuilder(head).append(" VALUES ");
            for (int r = 0; r < CHUNKS[c]; r++) {
                sb.append(r == 0 ? "" : ",").append(one);
            }
            out[c] = sb.toString();
        }
        return out;
    }
}
