package dev.precis.store;

import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** The document of an article just added as {@code id} to story {@code story}. */
    static IndexDocument of(long id, LibraryEntry entry, long story) {
        Article a = entry.analyzed().article();
        Set<Named> names = new LinkedHashSet<>();
        for (EntityMention m : entry.analyzed().entities()) {
            names.add(new Named(SearchIndex.fieldFor(m.type()), m.canonical()));
        }
        return new IndexDocument(id, a.title(), a.text(), entry.source(), a.published(), new ArrayList<>(names), story);
    }

    /** One entity name with its index field. */
    record Named(String field, String name) {
    }
}
