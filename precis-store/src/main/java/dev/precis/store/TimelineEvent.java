package dev.precis.store;

/**
 * A dated event on a story's timeline: a resolved time expression and the sentence it came from.
 * Immutable.
 *
 * @param value the resolved ISO 8601 value ({@code 2024-12-05}, {@code 2024-07}, an interval)
 * @param expression the time expression as written
 * @param sentence the sentence containing it
 * @param articleId the article it came from
 * @param articleTitle that article's headline
 */
public record TimelineEvent(String value, String expression, String sentence, long articleId, String articleTitle) {
}
