package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article's entity mentions sorted by where they start, with the lookups the speaker search asks
 * for every quote: the first mention at or after an offset (binary search), the longest mention inside
 * a phrase, and a name that runs into a phrase from before it. Immutable.
 */
final class MentionIndex {

    private final List<EntityMention> sorted;

    MentionIndex(List<EntityMention> entities) {
        List<EntityMention> copy = new ArrayList<>(entities);
        copy.sort(Comparator.comparing(EntityMention::range));
        this.sorted = List.copyOf(copy);
    }

    boolean isEmpty() {
        return sorted.isEmpty();
    }

    int size() {
        return sorted.size();
    }

    EntityMention get(int k) {
        return sorted.get(k);
    }

    /** The mentions in text order. */
    List<EntityMention> all() {
        return sorted;
    }

    /** Index of the first mention starting at or after {@code start} ({@link #size()} when none does). */
    int firstAtOrAfter(int start) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).range().start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The mention inside {@code [start, end)} that ends last, or null. */
    EntityMention within(int start, int end) {
        EntityMention best = null;
        for (int i = firstAtOrAfter(start); i < sorted.size() && sorted.get(i).range().start() < end; i++) {
            EntityMention e = sorted.get(i);
            if (e.range().end() <= end && (best == null || e.range().end() > best.range().end())) {
                best = e;
            }
        }
        return best;
    }

    /** The person or organisation that starts before {@code start} and ends inside the phrase, if any. */
    EntityMention across(int start, int end) {
        int first = firstAtOrAfter(start);
        for (int k = first - 1; k >= 0 && k >= first - 8; k--) {
            EntityMention e = sorted.get(k);
            if (e.range().start() < start && e.range().end() > start && e.range().end() <= end
                    && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
                return e;
            }
        }
        return null;
    }
}
