package dev.precis.server;

import dev.precis.store.AddResult;

/**
 * What adding one article did. Immutable.
 *
 * @param articleId the stored article (the new one, or the one it duplicates)
 * @param status added, duplicate or near-duplicate
 * @param storyId the story it joined, 0 when it was not added
 */
public record IntakeResult(long articleId, AddResult.Status status, long storyId) {

    /** True when a new article was stored. */
    public boolean added() {
        return status == AddResult.Status.ADDED;
    }
}
