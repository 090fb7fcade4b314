package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * During a bulk load the open group's rows are committed when H2's unsaved pages reach half of the amount at which H2
 * would write them inside the transaction ({@link BulkStore}); the group goes on (its documents reach the index at its
 * end), and a group lost afterwards keeps the documents of the rows already committed.
 */
class BulkStoreTest {

    @TempDir
    Path dir;

    /** An embedded library's database as the library opens it (its commits written before they return). */
    private Connection open() throws Exception {
        Connection c = DriverManager.getConnection(LibraryConfig.embedded(dir).effectiveJdbcUrl());
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS notes(id INT PRIMARY KEY, text VARCHAR(1000))");
        }
        c.commit();
        return c;
    }

    private static int next;

    /** Inserts rows of made-up text until {@code due} says so (at most 400,000 rows); returns the rows inserted. */
    private static int fillUntil(Connection c, java.util.function.BooleanSupplier due) throws Exception {
        String text = "The council met on a wet Tuesday to weigh the new tram line, the harbour wall and the library's roof. ".repeat(4);
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes VALUES (?, ?)")) {
            while (!due.getAsBoolean() && rows < 400_000) {
                ps.setInt(1, next++);
                ps.setString(2, text + rows);
                ps.executeUpdate();
                rows++;
            }
        }
        return rows;
    }

    private static int count(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notes")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void anEmbeddedStoreIsDueAtHalfOfH2sAmountAndNoLongerOnceCommitted() throws Exception {
        try (Connection c = open()) {
            org.h2.mvstore.MVStore store = BulkCache.database(c).getStore().getMvStore();
            BulkStore rows = BulkStore.of(c);
            assertThat(store.getAutoCommitMemory()).isPositive();
            assertThat(rows.mark()).isEqualTo(store.getAutoCommitMemory() / BulkStore.SHARE);
            assertThat(rows.due()).isFalse();

            int inserted = fillUntil(c, rows::due);
            assertThat(rows.due()).as("due after %d rows", inserted).isTrue();
            // below H2's own amount: H2 has not written the open transaction's pages
            assertThat(rows.unsaved()).isGreaterThanOrEqualTo(rows.mark()).isLessThan(store.getAutoCommitMemory());

            c.commit();
            assertThat(rows.due()).as("the commit wrote the pages").isFalse();
            assertThat(rows.unsaved()).isLessThan(rows.mark() / 10);
        }
    }

    @Test
    void aDatabaseWithoutAFileStoreIsNeverDue() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:bulkstore")) {
            BulkStore rows = BulkStore.of(c);
            assertThat(rows.mark()).isZero();
            assertThat(rows.due()).isFalse();
        }
    }

    @Test
    void aBulkGroupCommitsItsRowsAheadAndKeepsItsDocumentsForItsEnd() throws Exception {
        try (Connection c = open()) {
            GroupCommit group = new GroupCommit(c, new ArticleWriter(c), null, () -> { });
            assertThat(group.rowsDue()).as("no bulk load").isFalse();
            group.startBulk();
            assertThat(group.rowsDue()).as("no write yet").isFalse();

            IndexDocument first = document(1);
            IndexDocument second = document(2);
            group.touch();
            group.indexAfterCommit(first);
            group.touch();
            group.indexAfterCommit(second);
            int rows = fillUntil(c, group::rowsDue);
            assertThat(group.rowsDue()).isTrue();
            group.commitRows();
            assertThat(group.rowsDue()).isFalse();
            assertThat(group.holdsWrites()).as("the group stays open").isTrue();
            assertThat(group.dueAt(System.nanoTime())).as("its end is by size, as before").isFalse();
            try (Connection other = DriverManager.getConnection(LibraryConfig.embedded(dir).effectiveJdbcUrl())) {
                assertThat(count(other)).as("the rows are committed").isEqualTo(rows);
            }

            // a write after it, then the group is lost: that write's rows and document go, the committed ones' stay
            group.touch();
            group.indexAfterCommit(document(3));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO notes VALUES (-1, 'a late note')");
            }
            group.rollback();
            group.forget();
            assertThat(count(c)).isEqualTo(rows);
            assertThat(group.commit()).containsExactly(first, second);

            // a group ended by its size or a flush hands over every document of it, committed ahead or not
            group.touch();
            group.indexAfterCommit(document(4));
            group.commitRows();
            group.touch();
            group.indexAfterCommit(document(5));
            assertThat(group.commit()).containsExactlyElementsOf(List.of(document(4), document(5)));
            group.stopBulkIndexer();
            group.stopTimer();
        }
    }

    private static IndexDocument document(long id) {
        return new IndexDocument(id, "Tram line " + id, "The council weighed the tram line.", "Harbour Gazette", null, List.of(), 0);
    }
}
