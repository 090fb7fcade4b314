package dev.precis.ingest;

import java.time.Instant;

/**
 * What one read of one feed did. Immutable.
 *
 * @param feedId the feed
 * @param url the URL read
 * @param status the HTTP status, or 0 when no answer came
 * @param added articles the library did not have
 * @param known items skipped because the library already had them (no page fetched)
 * @param failed items that could not be stored (in the ingestion log)
 * @param pagesFetched article pages fetched (new items' pages, and those of items stored from the feed's text asked for again)
 * @param ok true when the feed was read (200 or 304), even with a warning
 * @param error the read's problem or warning, or null
 * @param nextPoll when the schedule reads it next
 */
public record FeedResult(long feedId, String url, int status, int added, int known, int failed, int pagesFetched,
                         boolean ok, String error, Instant nextPoll) {

    /** The same read with {@code more} pages fetched besides. */
    FeedResult withMorePages(int more) {
        return more == 0 ? this : new FeedResult(feedId, url, status, added, known, failed, pagesFetched + more, ok, error, nextPoll);
    }
}
