package dev.precis.store;

import java.sql.Connection;

/**
 * H2's unsaved pages during a {@link Library#bulkLoad bulk load}. H2 writes its changed pages to the file whenever
 * what it holds unsaved passes a fixed amount ({@link org.h2.mvstore.MVStore#getAutoCommitMemory()}: 19 MB with the
 * defaults, for which H2's database engine has no setting), inside an open transaction too. A bulk group of
 * {@link GroupCommit#BULK_GROUP_SIZE} articles passed it several times: each such write stored pages that the group
 * went on changing, and the group's commit then marks every row the group wrote as committed, which changed those
 * pages once more, so most of them were written twice or more (8% of a 1x load's samples in speed59's profile, a
 * third of them during the commit itself). The group's rows are committed instead when the unsaved pages reach
 * {@code 1 / }{@value #SHARE} of H2's amount ({@link #due()}), and H2 writes them once, at that commit, as pages
 * still unsaved. Only an embedded H2 database is read (its engine in this process, as {@link BulkCache} reads it);
 * for any other database, or an H2 store that never writes by amount, never due. Nothing is set in the database.
 */
final class BulkStore {

    /** The rows are committed at {@code 1 / SHARE} of H2's amount: room for the commit's own marks and the next article. */
    static final int SHARE = 2;

    private final org.h2.mvstore.MVStore store;
    /** Unsaved bytes (H2's estimate) at which {@link #due()}; 0 with no store. */
    private final int mark;

    private BulkStore(org.h2.mvstore.MVStore store, int mark) {
        this.store = store;
        this.mark = mark;
    }

    /** The store behind {@code c} when it is an embedded H2 database writing by amount, else one never due. */
    static BulkStore of(Connection c) {
        try {
            org.h2.engine.Database db = BulkCache.database(c);
            org.h2.mvstore.MVStore store = db == null || db.getStore() == null ? null : db.getStore().getMvStore();
            int amount = store == null ? 0 : store.getAutoCommitMemory();
            return amount > 0 ? new BulkStore(store, amount / SHARE) : new BulkStore(null, 0);
        } catch (RuntimeException | LinkageError e) {
            return new BulkStore(null, 0); // another H2 than this one's classes: as before
        }
    }

    /** Whether the unsaved pages have reached the mark (the open group's rows should be committed now). */
    boolean due() {
        return store != null && store.getUnsavedMemory() >= mark;
    }

    /** H2's unsaved bytes now (0 with no store; tests). */
    int unsaved() {
        return store == null ? 0 : store.getUnsavedMemory();
    }

    /** The mark (0 with no store; tests). */
    int mark() {
        return mark;
    }
}
