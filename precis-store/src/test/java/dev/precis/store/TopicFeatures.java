package dev.precis.store;

import java.util.HashMap;
import java.util.Map;

/** Invented grouping features for the topic-space tests: key names comma-separated, content words space-separated. */
final class TopicFeatures {

    private TopicFeatures() {
    }

    static ArticleFeatures features(String keys, String terms) {
        Map<String, Integer> k = new HashMap<>();
        for (String s : keys.split(",")) {
            k.merge(s, 1, Integer::sum);
        }
        Map<String, Integer> t = new HashMap<>();
        for (String s : terms.split(" ")) {
            t.merge(s, 1, Integer::sum);
        }
        return new ArticleFeatures(t, k);
    }
}
