package dev.precis.store;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How widely each of an article's key names is spread over the space's stories, and its query with the widely
 * spread names weighing less. An event's names gather in its story; an outlet's own names (its name as an
 * organisation, its dateline's city, its columnists) recur in the outlet's reports of many unrelated events,
 * each in another story, so a name held by articles of many stories says less about which story an article
 * belongs to than its idf alone says (idf sees how many articles hold it, not how many events).
 */
final class NameSpread {

    /** Stories a name may be spread over at full weight; past them its weight falls as {@code sqrt(FULL / stories)}. */
    static final int FULL = 2;

    private final Vocabulary keyWords;
    private final Map<Long, TopicArticle> articles;

    NameSpread(Vocabulary keyWords, Map<Long, TopicArticle> articles) {
        this.keyWords = keyWords;
        this.articles = articles;
    }

    /**
     * {@code keys} with each name's weight multiplied by {@link #weight} of the stories holding it (the article
     * {@code self} left out: -1 when it is not in the space); {@code keys} itself when no name is spread that wide.
     */
    TopicQuery discounted(TopicQuery keys, long self) {
        double[] factors = null;
        for (int i = 0; i < keys.size(); i++) {
            int id = keys.id(i);
            if (keyWords.df(id) <= FULL) {
                continue;
            }
            double f = weight(stories(id, self));
            if (f < 1) {
                if (factors == null) {
                    factors = new double[keys.size()];
                    Arrays.fill(factors, 1);
                }
                factors[i] = f;
            }
        }
        return factors == null ? keys : keys.scaled(factors);
    }

    /** The weight of a name held by articles of {@code stories} stories: 1 up to {@link #FULL}, then {@code sqrt(FULL / stories)}. */
    static double weight(int stories) {
        return stories <= FULL ? 1 : Math.sqrt((double) FULL / stories);
    }

    /** The number of stories among the articles holding name {@code id} (its recent postings), {@code self} left out. */
    private int stories(int id, long self) {
        Set<Long> seen = new HashSet<>();
        keyWords.recentPostings(id, article -> {
            TopicArticle a = article == self ? null : articles.get(article);
            if (a != null) {
                seen.add(a.story);
            }
        });
        return seen.size();
    }
}
