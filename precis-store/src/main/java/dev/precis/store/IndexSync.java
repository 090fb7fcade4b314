package dev.precis.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a {@link Library}'s search index in line with its database, the truth: repairs it at open,
 * rebuilds it on demand, and compares the two. Stateless; the library calls it under its lock.
 */
final class IndexSync {

    private IndexSync() {
    }

    /**
     * Brings the index in line with the database: indexes what is missing, drops what is not in the database. A document
     * the index refuses is kept in {@code refused} and the repair goes on (that article stays unsearchable until an open
     * indexes it).
     */
    static void reconcile(Connection connection, ArticleReader reader, SearchIndex index, IndexFailures refused)
            throws SQLException, IOException {
        Set<Long> indexed = index.ids();
        Set<Long> stored = new HashSet<>(storedIds(connection));
        boolean changed = false;
        for (long id : indexed) {
            if (!stored.contains(id)) {
                index.delete(id);
                changed = true;
            }
        }
        for (long id : stored) {
            if (!indexed.contains(id)) {
                Optional<IndexDocument> d = reader.indexDocument(id);
                if (d.isPresent()) {
                    index.put(d.get(), refused);
                }
                changed = true;
            }
        }
        connection.commit();
        if (changed) {
            index.commit();
        }
    }

    /**
     * Indexes every stored article into an emptied index and commits it; returns the number of articles. A document the
     * index refuses is kept in {@code refused} and the others are indexed.
     */
    static int indexAll(Connection connection, ArticleReader reader, SearchIndex index, IndexFailures refused) throws SQLException {
        List<Long> ids = storedIds(connection);
        try {
            for (long id : ids) {
                Optional<IndexDocument> d = reader.indexDocument(id);
                if (d.isPresent()) {
                    index.put(d.get(), refused);
                }
            }
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids.size();
    }

    /**
     * Compares the stored articles with the {@code indexed} ids and the index's number of {@code documents}
     * (more documents than ids: an article indexed twice) and with the story memberships.
     */
    static LibraryCheck check(Connection connection, Set<Long> indexed, int documents) throws SQLException {
        Set<Long> stored = new HashSet<>(storedIds(connection));
        int members;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM story_members")) {
            rs.next();
            members = rs.getInt(1);
        }
        Set<Long> missing = new HashSet<>(stored);
        missing.removeAll(indexed);
        Set<Long> extra = new HashSet<>(indexed);
        extra.removeAll(stored);
        return new LibraryCheck(stored.size(), documents, missing.size(), extra.size(), stored.size() - members);
    }

    private static List<Long> storedIds(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM articles ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
