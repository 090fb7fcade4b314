package dev.precis.store;

/**
 * One search result. Immutable.
 *
 * @param articleId the article's id (for {@code precis show ID})
 * @param title headline
 * @param source source name or null
 * @param published publication date or null
 * @param score relevance score (0 when sorted by date)
 * @param snippet a passage of the body with matches marked {@code [[like this]]}
 */
public record SearchHit(long articleId, String title, String source, String published, double score, String snippet) {
}
