package dev.precis.store;

import java.time.Duration;
import java.time.Instant;

/**
 * A subscription and its polling state, as stored. Immutable.
 *
 * @param id the feed's id
 * @param url where the feed is read (a permanent redirect replaces it)
 * @param title the feed's title, or null until its first successful read
 * @param category the reader's category (OPML outline), or null
 * @param interval how often the schedule reads it
 * @param etag the validator of the last full read, or null
 * @param lastModified the Last-Modified of the last full read, or null
 * @param nextPoll when the schedule reads it next
 * @param notBefore the earliest the publisher allows (Retry-After, cache lifetime, backoff)
 * @param failures consecutive failed reads
 * @param lastError the last read's problem, or null when it went well
 * @param lastStatus the last HTTP status, or null
 * @param lastPolled when it was last read, or null
 * @param lastSuccess when it was last read without a problem, or null
 * @param lastNewItem when it last gave an article the library did not have, or null
 * @param items articles stored from it
 */
public record Feed(long id, String url, String title, String category, Duration interval, String etag,
                   String lastModified, Instant nextPoll, Instant notBefore, int failures, String lastError,
                   Integer lastStatus, Instant lastPolled, Instant lastSuccess, Instant lastNewItem, int items) {

    /** "new" (never read), "failing" (the last read failed), "warning" (read, with a problem worked around) or "ok". */
    public String health() {
        if (lastPolled == null) {
            return "new";
        }
        return failures > 0 ? "failing" : lastError != null ? "warning" : "ok";
    }

    /** This feed at another URL. */
    public Feed withUrl(String newUrl) {
        return new Feed(id, newUrl, title, category, interval, etag, lastModified, nextPoll, notBefore, failures, lastError,
                lastStatus, lastPolled, lastSuccess, lastNewItem, items);
    }
}
