package dev.precis.model;

import java.util.Objects;

/**
 * A time expression resolved to the calendar: "last Friday" → {@code 2022-01-28}.
 * Immutable and thread-safe.
 *
 * @param range the expression's characters in the article text
 * @param value ISO 8601 at the expression's own granularity ({@code 2022-01-28}, {@code 2024-07},
 *              {@code 1997}, an interval {@code 2024-12-05/2024-12-06}, a duration {@code P6M});
 *              null when it could not be resolved
 * @param granularity the expression's precision
 */
public record TimeExpression(TextRange range, String value, Granularity granularity) {

    public TimeExpression {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
    }
}
