package dev.precis.store;

import java.time.LocalDate;

/**
 * A search over the library. {@code text} uses Lucene's query syntax over title and body, with field
 * prefixes {@code title:}, {@code body:}, {@code person:}, {@code organization:}, {@code location:},
 * {@code entity:} and {@code source:}. Immutable.
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.of("OSCE Malta").withSource("seeds");
 * }</pre>
 *
 * @param text query text (may be empty when filters are set)
 * @param from earliest publication date, inclusive, or null
 * @param to latest publication date, inclusive, or null
 * @param source only this source (case-insensitive), or null
 * @param entity only articles mentioning this entity name (any type), or null
 * @param sortByDate newest first instead of by relevance
 * @param limit at most this many hits
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String source, String entity,
                          boolean sortByDate, int limit) {

    public SearchQuery {
        text = text == null ? "" : text;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, false, 10);
    }

    public SearchQuery withSource(String value) {
        return new SearchQuery(text, from, to, value, entity, sortByDate, limit);
    }

    public SearchQuery withEntity(String value) {
        return new SearchQuery(text, from, to, source, value, sortByDate, limit);
    }

    public SearchQuery withDates(LocalDate fromDate, LocalDate toDate) {
        return new SearchQuery(text, fromDate, toDate, source, entity, sortByDate, limit);
    }

    public SearchQuery sortedByDate(boolean value) {
        return new SearchQuery(text, from, to, source, entity, value, limit);
    }

    public SearchQuery withLimit(int value) {
        return new SearchQuery(text, from, to, source, entity, sortByDate, value);
    }
}
