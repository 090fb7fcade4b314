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

    /** Kept at most: a library whose writer never takes them (a server) holds no more than this. */
    static final int MAX = 10_000;

    private final Map<Long, String> byArticle = new LinkedHashMap<>();

    synchronized void add(long articleId, Throwable e) {
        if (byArticle.size() >= MAX) {
            return; // each such article is indexed again when the library next opens; only its report is dropped
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        byArticle.putIfAbsent(articleId, "cannot index: " + (nl < 0 ? m : m.substring(0, nl)).strip());
    }

    /** Takes the failure of article {@code id} alone, or null when the index did not refuse it since the last take. */
    synchronized String remove(long id) {
        return byArticle.remove(id);
    }

    /** The failures since the last take, by article id, in the order they came; empties the list. */
    synchronized Map<Long, String> take() {
        Map<Long, String> out = new LinkedHashMap<>(byArticle);
        byArticle.clear();
        return out;
    }
}
