package dev.precis.ingest;

import java.util.List;

/**
 * What one round of polling did, feed by feed. Immutable.
 *
 * @param feeds one result per feed read, in the order they finished
 */
public record PollReport(List<FeedResult> feeds) {

    public PollReport {
        feeds = List.copyOf(feeds);
    }

    /** New articles over all feeds. */
    public int added() {
        return feeds.stream().mapToInt(FeedResult::added).sum();
    }

    /** Feeds whose read failed. */
    public int failedFeeds() {
        return (int) feeds.stream().filter(f -> !f.ok()).count();
    }
}
