package dev.precis.store;

import java.time.Instant;

/**
 * The outcome of one read of a feed, to store on it. Immutable.
 *
 * @param url the feed's URL from now on (changed by a permanent redirect)
 * @param title the feed's title, or null to keep the stored one
 * @param etag the validator to send next time, or null for none
 * @param lastModified the Last-Modified to send next time, or null for none
 * @param nextPoll when the schedule reads it next
 * @param notBefore the earliest the publisher allows
 * @param failures consecutive failures after this read
 * @param error this read's problem, or null
 * @param status the HTTP status, or null when no answer came
 * @param polled when this read happened
 * @param newItem true when this read stored an article the library did not have
 */
public record FeedUpdate(String url, String title, String etag, String lastModified, Instant nextPoll, Instant notBefore,
                         int failures, String error, Integer status, Instant polled, boolean newItem) {
}
