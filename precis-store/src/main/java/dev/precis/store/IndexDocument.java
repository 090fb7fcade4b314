package dev.precis.store;

import java.util.List;

/**
 * What the search index holds for one stored article. Immutable.
 *
 * @param id the article's database id
 * @param title headline
 * @param body canonical text
 * @param source source name, or null
 * @param published ISO publication date (or date-time), or null
 * @param entities entity names by field: "person", "organization", "location", "misc"
 * @param storyId the article's story id, or 0
 */
record IndexDocument(long id, String title, String body, String source, String published,
                     List<Named> entities, long storyId) {

    /** One entity name with its index field. */
    record Named(String field, String name) {
    }
}
