package dev.precis.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate articles {@link StoryPlanner} compares an article with: those sharing the most key names
 * (2 points each) and telling words (the query's {@value #TERM_PROBES} heaviest, 1 point each) with it; words
 * held by more than a quarter of the library are skipped, and a word in more than
 * {@link Vocabulary#RECENT_POSTINGS} articles proposes only the latest of them (which bounds the cost per
 * article). Ties keep the order of a hash map of ids (as always: it decides which of equally good
 * candidates make the cut).
 */
final class StoryCandidates {

    private static final int CANDIDATES = 80;
    private static final int TERM_PROBES = 20;

    private StoryCandidates() {
    }

    /** The at most 80 candidates of the article with these queries in a library of {@code articles} articles, best first. */
    static List<Long> of(TopicQuery vt, TopicQuery vk, Vocabulary termWords, Vocabulary keyWords, int articles) {
        Map<Long, Integer> hits = new HashMap<>();
        int cap = Math.max(200, articles / 4);
        for (int i = 0; i < vk.size(); i++) {
            count(keyWords, vk.id(i), hits, cap, 2);
        }
        for (int i : vt.heaviest(TERM_PROBES)) {
            count(termWords, vt.id(i), hits, cap, 1);
        }
        return hits.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
    }

    private static void count(Vocabulary words, int word, Map<Long, Integer> hits, int cap, int w) {
        int df = words.df(word);
        if (df == 0 || df > cap) {
            return;
        }
        words.recentPostings(word, article -> hits.merge(article, w, Integer::sum));
    }
}
