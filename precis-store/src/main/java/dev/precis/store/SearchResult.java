package dev.precis.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hits of a search, the total number of matches and facet counts by source. Immutable.
 *
 * @param total number of matching articles
 * @param hits the best hits, at most the query's limit
 * @param sources matching articles per source, most first, ties by source name
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Integer> sources) {

    public SearchResult {
        hits = List.copyOf(hits);
        sources = byCountThenName(sources);
    }

    /**
     * A defined order for the API's JSON and the CLI's line, which both print the map as it iterates:
     * {@code Map.copyOf}'s order changes from one run of the JVM to the next.
     */
    private static Map<String, Integer> byCountThenName(Map<String, Integer> counts) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(ordered);
    }
}
