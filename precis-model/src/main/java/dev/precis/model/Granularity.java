package dev.precis.model;

/** The precision of a resolved time expression. */
public enum Granularity {
    TIME, DAY, WEEK, MONTH, QUARTER, SEASON, YEAR, DECADE, CENTURY, RANGE, DURATION
}
