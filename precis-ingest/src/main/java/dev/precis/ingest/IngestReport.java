package dev.precis.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What a batch did: articles added, items skipped and why, failures with their origin. Immutable.
 *
 * @param items items read
 * @param added new articles
 * @param duplicates items that repeated a stored article's URL or words
 * @param nearDuplicates items grouped with a nearly identical stored article
 * @param empty items with no article text
 * @param failures items that failed, with origin and reason
 * @param elapsed wall time of the batch
 */
public record IngestReport(int items, int added, int duplicates, int nearDuplicates, int empty,
                           List<IngestFailure> failures, Duration elapsed) {

    public IngestReport {
        failures = List.copyOf(failures);
    }

    /** Items per second over the whole batch. */
    public double itemsPerSecond() {
        return items / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
