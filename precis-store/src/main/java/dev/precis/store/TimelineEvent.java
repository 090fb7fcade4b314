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

    /**
     * Only expressions resolved to the calendar ("2024-07", "2024-12-05/2024-12-06") are timeline
     * events; durations ("P6M") and vague references ("PAST_REF") are not.
     */
    static boolean isCalendarValue(String value) {
        return value != null && value.length() >= 4 && Character.isDigit(value.charAt(0))
                && Character.isDigit(value.charAt(1)) && Character.isDigit(value.charAt(2))
                && Character.isDigit(value.charAt(3));
    }
}
