package dev.precis.store;

import java.util.List;
import java.util.Map;

/**
 * The hits of a search, the total number of matches and facet counts by source. Immutable.
 *
 * @param total number of matching articles
 * @param hits the best hits, at most the query's limit
 * @param sources matching articles per source
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Integer> sources) {

    public SearchResult {
        hits = List.copyOf(hits);
        sources = Map.copyOf(sources);
    }
}
