package dev.precis.store;

/**
 * A pointer to a stored article, for lists and navigation. Immutable.
 *
 * @param id article id
 * @param title headline
 * @param published publication date or null
 * @param source source name or null
 * @param score similarity or membership score where one applies, else 0
 */
public record ArticleRef(long id, String title, String published, String source, double score) {
}
