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
 * @param refreshed pages of articles stored from their feed's own text, which took those articles' place
 * @param empty items with no article text
 * @param failures items that failed, with origin and reason
 * @param elapsed wall time of the batch
 * @param withoutText the origins of the items with no article text (an empty file, a page without an
 *     article), in input order as far as they were written, so a caller can name them
 * @param notes one line each about what an input held that is no article and was passed over on purpose
 *     (a WARC file's images, revisit and request records, counted)
 */
public record IngestReport(int items, int added, int duplicates, int nearDuplicates, int refreshed, int empty,
                           List<IngestFailure> failures, Duration elapsed, List<String> withoutText, List<String> notes) {

    public IngestReport {
        failures = List.copyOf(failures);
        withoutText = List.copyOf(withoutText);
        notes = List.copyOf(notes);
    }

    /** A report without notes, of a batch that refreshed no article. */
    public IngestReport(int items, int added, int duplicates, int nearDuplicates, int empty,
                        List<IngestFailure> failures, Duration elapsed, List<String> withoutText) {
        this(items, added, duplicates, nearDuplicates, 0, empty, failures, elapsed, withoutText, List.of());
    }

    /** A report that does not name its items without text. */
    public IngestReport(int items, int added, int duplicates, int nearDuplicates, int empty,
                        List<IngestFailure> failures, Duration elapsed) {
        this(items, added, duplicates, nearDuplicates, empty, failures, elapsed, List.of());
    }

    /** True when nothing was taken in: no article added or refreshed, and none that was already in the library. */
    public boolean nothingIngested() {
        return added + duplicates + nearDuplicates + refreshed == 0;
    }

    /** Items per second over the whole batch. */
    public double itemsPerSecond() {
        return items / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
