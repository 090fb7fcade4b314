package dev.precis.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * A {@link Library}'s reads: a query on its connection, after which the open write group commits (and the index
 * receives its articles); a failing query rolls the group back and is an {@link IOException}.
 */
final class LibraryReads {

    private final GroupCommit group;

    LibraryReads(GroupCommit group) {
        this.group = group;
    }

    interface Query<T> {
        T run() throws SQLException;
    }

    <T> T read(Query<T> q) throws IOException {
        try {
            T result = q.run();
            // commits the open group too: the index then receives its articles
            group.commitAndIndexNow();
            return result;
        } catch (SQLException e) {
            group.rollback();
            throw new IOException("library query failed: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            group.rollback();
            throw e.getCause();
        }
    }
}
