package dev.precis.store;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * During a bulk load ({@link Library#bulkLoad}), puts committed articles into the search index on a
 * thread of its own, so that the writer goes on storing the next group meanwhile. Groups are indexed in
 * the order they were handed over (one thread), each group then committed to the index; {@link #drain()} waits for all of them and reports the
 * first failure of the index itself (its commit). A document the index refuses is that article's failure alone
 * ({@link IndexFailures}): the group's later documents are still indexed. The index is derived: what a crash keeps from being indexed is indexed again when the
 * library next opens. Used under the library's lock only.
 */
final class BulkIndexer implements AutoCloseable {

    private final SearchIndex index;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "precis-library-index");
        t.setDaemon(true);
        return t;
    });
    private Future<?> last;
    private volatile IOException failure;
    /** The articles the index refused, by id, each with its one-line reason (shared with the group commit). */
    private final IndexFailures failed;

    BulkIndexer(SearchIndex index, IndexFailures failed) {
        this.index = index;
        this.failed = failed;
    }

    /** Hands a committed group's documents to the index thread. */
    void submit(List<IndexDocument> docs) {
        if (docs.isEmpty()) {
            return;
        }
        last = thread.submit(() -> {
            try {
                for (IndexDocument d : docs) {
                    index.putNew(d, failed); // committed just now as new articles; a failure is that article's
                }
                // durable and searchable group by group, here rather than all at the writer's final flush
                index.commit();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        });
    }

    /** Waits until every group handed over is in the index; throws the first failure since the last drain. */
    void drain() throws IOException {
        Future<?> f = last;
        last = null;
        if (f != null) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while indexing", e);
            } catch (ExecutionException e) {
                throw new IOException("cannot index: " + e.getCause().getMessage(), e.getCause());
            }
        }
        IOException e = failure;
        if (e != null) {
            failure = null;
            throw new IOException("cannot index: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
