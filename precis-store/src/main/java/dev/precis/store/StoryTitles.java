package dev.precis.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which member's headline a story carries. A story with dated articles takes the headline of its latest one
 * (the newest development; the later added on a tie). A story of undated articles has no latest, and its
 * last-added article may be a side report that only touches it, so it takes its most representative
 * headline: the one whose content words most of the other headlines share (each shared word counts once per
 * other headline that has it), the earliest added on a tie. A function of the members alone, so a library
 * loaded from an export titles its stories as the original did. Stateless.
 */
final class StoryTitles {

    /** A member as the title rule reads it: its headline and publication date (null: undated). */
    record Member(String title, String published) {
    }

    private StoryTitles() {
    }

    /** The story's title from its members in the order they were added (none: null). */
    static String of(List<Member> members) {
        Member latest = null;
        for (Member m : members) {
            if (m.published() != null && (latest == null || m.published().compareTo(latest.published()) >= 0)) {
                latest = m;
            }
        }
        if (latest != null) {
            return latest.title();
        }
        return mostShared(members);
    }

    private static String mostShared(List<Member> members) {
        List<Set<String>> words = new ArrayList<>(members.size());
        Map<String, Integer> headlines = new HashMap<>();
        for (Member m : members) {
            Set<String> w = ArticleFeatures.titleWords(m.title());
            words.add(w);
            w.forEach(x -> headlines.merge(x, 1, Integer::sum));
        }
        String best = null;
        int bestScore = -1;
        for (int i = 0; i < members.size(); i++) {
            int score = 0;
            for (String w : words.get(i)) {
                score += headlines.get(w) - 1;
            }
            if (score > bestScore) {
                best = members.get(i).title();
                bestScore = score;
            }
        }
        return best;
    }
}
