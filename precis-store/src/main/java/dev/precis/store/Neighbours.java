package dev.precis.store;

/**
 * The articles just before and after one article in publication order (then insertion order).
 * Immutable.
 *
 * @param previous the earlier neighbour or null
 * @param next the later neighbour or null
 */
public record Neighbours(ArticleRef previous, ArticleRef next) {
}
