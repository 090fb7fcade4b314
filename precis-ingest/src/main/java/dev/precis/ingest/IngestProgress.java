package dev.precis.ingest;

/**
 * How far a running batch has got, for progress bars. Immutable.
 *
 * @param done items finished
 * @param total items in the batch
 * @param added new articles so far
 * @param failed failures so far
 * @param elapsedNanos time since the batch started
 */
public record IngestProgress(int done, int total, int added, int failed, long elapsedNanos) {

    /** Items per second so far. */
    public double rate() {
        return done / Math.max(1e-9, elapsedNanos / 1e9);
    }

    /** Estimated seconds left, or -1 when unknown. */
    public long etaSeconds() {
        double r = rate();
        return r <= 0 ? -1 : Math.round((total - done) / r);
    }
}
