package dev.precis.store;

/**
 * What adding an article did. Immutable.
 *
 * @param status added, or why not
 * @param articleId the new article's id, or the id of the article it duplicates
 * @param storyId the story it joined (0 when not added)
 */
public record AddResult(Status status, long articleId, long storyId) {

    /** Outcomes of {@link Library#add}. */
    public enum Status {
        /** A new article. */
        ADDED,
        /** Same URL or same words as an article already in the library. */
        DUPLICATE,
        /** Nearly the same words as an article already in the library (recorded as a copy of it). */
        NEAR_DUPLICATE,
        /** A stored article's text was replaced by a new reading of it ({@link Library#replaceText}). */
        REFRESHED
    }
}
