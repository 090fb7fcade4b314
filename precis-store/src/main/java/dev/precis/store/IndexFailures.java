package dev.precis.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The articles the search index refused since they were last taken ({@link Library#takeIndexFailures}): each stored,
 * committed and in its story, but not searchable until the library next opens ({@code IndexSync} puts what the index
 * lacks back then). One article's failure is its own: the documents after it are indexed as usual. Thread-safe (the bulk
 * indexer's thread adds, the writer takes).
 */
final class IndexFailures {

    private final Map<Long, String> byArticle = new LinkedHashMap<>();

    synchronized void add(long articleId, Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        byArticle.putIfAbsent(articleId, "cannot index: " + (nl < 0 ? m : m.substring(0, nl)).strip());
    }

    /** The failures since the last take, by article id, in the order they came; empties the list. */
    synchronized Map<Long, String> take() {
        Map<Long, String> out = new LinkedHashMap<>(byArticle);
        byArticle.clear();
        return out;
    }
}
