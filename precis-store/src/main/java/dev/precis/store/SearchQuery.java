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
 * @param offset hits to skip, for the next pages ({@code offset + limit} at most {@value #MAX_DEPTH})
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String source, String entity,
                          boolean sortByDate, int limit, int offset) {

    /**
     * The deepest hit a page may reach: Lucene collects every hit above the page to skip them, so a
     * page at offset one million would cost as much as a million-hit answer.
     */
    public static final int MAX_DEPTH = 10_000;

    public SearchQuery {
        text = text == null ? "" : text;
        if (limit < 1 || limit > MAX_DEPTH) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_DEPTH + ", got " + limit);
        }
        if (offset < 0 || offset > MAX_DEPTH - limit) {
            throw new IllegalArgumentException("offset must be from 0 to " + (MAX_DEPTH - limit) + " (at most "
                    + MAX_DEPTH + " hits deep), got " + offset);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, false, 10, 0);
    }

    public SearchQuery withSource(String value) {
        return new SearchQuery(text, from, to, value, entity, sortByDate, limit, offset);
    }

    public SearchQuery withEntity(String value) {
        return new SearchQuery(text, from, to, source, value, sortByDate, limit, offset);
    }

    public SearchQuery withDates(LocalDate fromDate, LocalDate toDate) {
        return new SearchQuery(text, fromDate, toDate, source, entity, sortByDate, limit, offset);
    }

    public SearchQuery sortedByDate(boolean value) {
        return new SearchQuery(text, from, to, source, entity, value, limit, offset);
    }

    public SearchQuery withLimit(int value) {
        return new SearchQuery(text, from, to, source, entity, sortByDate, value, offset);
    }

    public SearchQuery withOffset(int value) {
        return new SearchQuery(text, from, to, source, entity, sortByDate, limit, value);
    }
}
