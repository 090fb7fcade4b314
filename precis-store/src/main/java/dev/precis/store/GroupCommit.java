package dev.precis.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The open write group of a {@link Library}: one transaction holding several writes (articles, copies,
 * log lines, story moves), committed when it holds {@link #size} articles or {@code 4 × size} writes, when
 * its first write is older than the window, or when a reader needs it; the search index receives the
 * group's articles only after the commit. During a bulk load the groups are larger, made by size alone (no time
 * window: a group's end then does not depend on how fast the host runs, so a loaded host commits as many groups
 * as a quiet one, each an H2 page store and a Lucene segment), a {@link BulkIndexer} feeds the index on a thread
 * of its own, and H2's page cache is larger ({@link BulkCache}).
 * Not thread-safe: the library calls it
 * under its lock, except {@link #mayHoldWrites()}, the lock-free test before a search.
 */
final class GroupCommit {

    /** Articles per transaction at most. */
    static final int GROUP_SIZE = 64;
    /** Longest time an added article stays uncommitted, in milliseconds. */
    static final long GROUP_WINDOW_MS = 250;
    /** Articles per transaction at most during a {@link Library#bulkLoad bulk load}. */
    static final int BULK_GROUP_SIZE = 1024;
    /**
     * Time window during a bulk load: none (0). A bulk load commits a group when it holds {@link #BULK_GROUP_SIZE}
     * articles or {@code 4 ×} that many writes, and at its end: a crash loses at most that group, which a rerun stores.
     * A window of wall-clock time (10 s until speed52) made a loaded host commit 10–17 groups of a 2,225-line load
     * where a quiet one committed 2–3.
     */
    static final long BULK_WINDOW_MS = 0;

    private final Connection connection;
    private final ArticleWriter writer;
    private final SearchIndex index;
    /** What the library does when the group is lost (a failed commit): forget what it holds in memory. */
    private final Runnable lost;
    /** Index documents of articles written in the open (uncommitted) group. */
    private final List<IndexDocument> pending = new ArrayList<>();
    private int writes;
    /** True while the group holds writes; lets searches skip the lock when nothing is pending. */
    private volatile boolean open;
    private long start;
    private int size = GROUP_SIZE;
    private long windowMs = GROUP_WINDOW_MS;
    /** The window of a plain (not bulk) group: {@link #GROUP_WINDOW_MS}, or 0 when {@link #sizeOnly} is on. */
    private long plainWindowMs = GROUP_WINDOW_MS;
    /** Indexes committed groups on its own thread during a bulk load; null otherwise. */
    private volatile BulkIndexer bulk;
    /** Documents put into the index since its last commit. */
    private int unindexed;
    /** Articles the index refused (each its own failure, the rest of the group indexed), until the library's caller takes them. */
    final IndexFailures indexFailures = new IndexFailures();
    /** H2's page cache, larger during a bulk load. */
    private final BulkCache cache;

    /** Commits a group whose first write is older than the window, while no call comes to do it. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "precis-library-commit");
        t.setDaemon(true);
        return t;
    });

    GroupCommit(Connection connection, ArticleWriter writer, SearchIndex index, Runnable lost) {
        this.connection = connection;
        this.writer = writer;
        this.index = index;
        this.lost = lost;
        this.cache = new BulkCache(connection);
    }

    /**
     * Starts the timer that commits a stale group under {@code lock} (the library's) until {@code closed};
     * a failure there is left to the next add, flush or read, which commits again and reports it.
     */
    void startTimer(Object lock, BooleanSupplier closed) {
        timer.scheduleWithFixedDelay(() -> {
            synchronized (lock) {
                try {
                    if (!closed.getAsBoolean() && due()) {
                        commitAndIndex();
                    }
                } catch (IOException | RuntimeException e) {
                    // reported to the next caller that commits
                }
            }
        }, GROUP_WINDOW_MS, GROUP_WINDOW_MS / 2, TimeUnit.MILLISECONDS);
    }

    void stopTimer() {
        timer.shutdownNow();
    }

    /**
     * An article inserted in the group (a new id, see {@link SearchIndex#putNew}), for the index once the
     * group commits. A document that may already be indexed goes through {@link SearchIndex#put} instead.
     */
    void indexAfterCommit(IndexDocument document) {
        pending.add(document);
    }

    /** Marks the group as holding writes (its age bounds how long they stay uncommitted). */
    void touch() {
        if (writes++ == 0) {
            start = System.nanoTime();
            open = true;
        }
    }

    /** True when the group should commit now (a window of 0: by size alone). */
    boolean due() {
        return dueAt(System.nanoTime());
    }

    /** {@link #due()} at {@code now} ({@link System#nanoTime()}'s clock). */
    boolean dueAt(long now) {
        return writes > 0 && (pending.size() >= size || writes >= 4 * size
                || windowMs > 0 && now - start >= windowMs * 1_000_000L);
    }

    /** Lock-free: false only when no write waits and no bulk load runs (a search need not commit). */
    boolean mayHoldWrites() {
        return open || bulk != null;
    }

    /** Under the lock: a write waits in the group or a bulk load runs. */
    boolean holdsWrites() {
        return writes > 0 || bulk != null;
    }

    /** Ends a write: {@code savepoint} is released into the group, which now holds it. */
    void release(Savepoint savepoint) {
        touch();
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException ignored) {
            // released at commit anyway
        }
    }

    /** Undoes a failed write back to its savepoint (null: nothing was written); a broken connection loses the group. */
    void undo(Savepoint savepoint) {
        if (savepoint == null) {
            return;
        }
        try {
            connection.rollback(savepoint);
            writer.rolledBack();
        } catch (SQLException e) {
            // the savepoint is gone (the connection broke): drop the whole group
            rollback();
            lost.run();
        }
    }

    /** Rolls the open transaction back (its writes are lost); the writer forgets what it cached for them. */
    void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the next call reports it
        }
        writer.rolledBack();
    }

    /** Forgets the group (after a failed commit, when the library reloads its state). */
    void forget() {
        pending.clear();
        writes = 0;
        open = false;
    }

    /**
     * Commits the group; returns the committed articles' index documents for the caller to put into the
     * index. If the commit fails the group is rolled back and the library told, so memory never claims
     * what the database lacks.
     */
    List<IndexDocument> commit() throws IOException {
        try {
            connection.commit();
            writer.committed();
        } catch (SQLException e) {
            rollback();
            lost.run();
            throw new IOException("cannot commit to the library database: " + e.getMessage(), e);
        }
        writes = 0;
        open = false;
        List<IndexDocument> docs = new ArrayList<>(pending);
        pending.clear();
        return docs;
    }

    /** Commits the group and indexes its articles: on the bulk indexer's thread during a bulk load, else at once. */
    void commitAndIndex() throws IOException {
        BulkIndexer b = bulk;
        if (b != null) {
            b.submit(commit());
        } else {
            putAll(commit());
        }
    }

    /** Commits the group and puts its articles into the index now (a reader or a story move needs them). */
    void commitAndIndexNow() throws IOException {
        putAll(commit());
    }

    /**
     * Puts committed articles into the index (under the lock, so a search after a commit sees them),
     * after the groups of a bulk load still being indexed: every other index update follows them.
     */
    void putAll(List<IndexDocument> docs) throws IOException {
        BulkIndexer b = bulk;
        if (b != null) {
            b.drain();
        }
        for (IndexDocument d : docs) {
            index.putNew(d, indexFailures); // new ids (see indexAfterCommit); a refused document is its article's failure
        }
        unindexed += docs.size();
        if (unindexed >= 500) {
            index.commit();
            unindexed = 0;
        }
    }

    /** Commits the group and makes index updates durable and visible to searches. */
    void flush() throws IOException {
        putAll(commit());
        index.commit();
        unindexed = 0;
    }

    /**
     * Plain groups by size alone ({@code true}: at most {@value #GROUP_SIZE} articles, however long they take, no time
     * window) or by size and window ({@code false}, the default). A bulk load's groups are by size alone either way.
     */
    void sizeOnly(boolean on) {
        plainWindowMs = on ? 0 : GROUP_WINDOW_MS;
        if (bulk == null) {
            windowMs = plainWindowMs;
        }
    }

    /** Starts a bulk load: larger groups, the index fed on its own thread. No-op when one runs. */
    void startBulk() throws IOException {
        if (bulk == null) {
            putAll(commit());
            size = BULK_GROUP_SIZE;
            windowMs = BULK_WINDOW_MS;
            writer.bulk(true);
            cache.start();
            bulk = new BulkIndexer(index, indexFailures);
        }
    }

    /** Ends a bulk load (flushing); no-op when none runs. */
    void endBulk() throws IOException {
        if (bulk != null) {
            try {
                flush();
            } finally {
                stopBulkIndexer();
                writer.bulk(false);
                cache.stop();
                size = GROUP_SIZE;
                windowMs = plainWindowMs;
            }
        }
    }

    /** Stops the bulk indexer, if any, without flushing (close and crash). */
    void stopBulkIndexer() {
        BulkIndexer b = bulk;
        if (b != null) {
            b.close();
            bulk = null;
        }
    }

    /** Drops the open transaction and what the index has not committed, as a crash would (tests only). */
    void abandon() throws IOException {
        stopTimer();
        stopBulkIndexer();
        index.abandon();
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new IOException("cannot drop the open transaction: " + e.getMessage(), e);
        }
    }

    /** Commits the open group, then stops the timer and the bulk indexer and closes the index and the database. */
    void close() throws IOException {
        stopTimer();
        try {
            try {
                commitAndIndexNow();
            } finally {
                stopBulkIndexer();
                index.close();
            }
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IOException("cannot close the library database: " + e.getMessage(), e);
            }
        }
    }
}
