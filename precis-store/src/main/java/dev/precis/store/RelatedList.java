package dev.precis.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The related articles of one plan: every candidate scoring at least {@link StoryPlanner#RELATED_THRESHOLD},
 * of which the {@link StoryPlanner#RELATED_LIMIT} highest are kept (ties: the one added first). It also tells
 * which scores can no longer make that cut ({@link #excludes}), so the planner can skip computing them.
 */
final class RelatedList {

    private final List<TopicSpace.Related> all = new ArrayList<>();
    /** The highest scores added so far, descending ({@code -inf} while fewer were added). */
    private final double[] highest = new double[StoryPlanner.RELATED_LIMIT];

    RelatedList() {
        Arrays.fill(highest, Double.NEGATIVE_INFINITY);
    }

    /** Adds the candidate when its score reaches the threshold. */
    void offer(long id, double score) {
        if (score < StoryPlanner.RELATED_THRESHOLD) {
            return;
        }
        all.add(new TopicSpace.Related(id, score));
        int i = highest.length - 1;
        if (score > highest[i]) {
            while (i > 0 && score > highest[i - 1]) {
                highest[i] = highest[i - 1];
                i--;
            }
            highest[i] = score;
        }
    }

    /**
     * Whether a candidate scoring at most {@code bound} would change nothing in {@link #top}: below the threshold,
     * or below the lowest of the kept scores when the list is full (those were added earlier, so they also win
     * a tie in the stable sort).
     */
    boolean excludes(double bound) {
        return bound < StoryPlanner.RELATED_THRESHOLD || bound < highest[highest.length - 1];
    }

    /** The kept candidates, highest score first. */
    List<TopicSpace.Related> top() {
        all.sort(Comparator.comparingDouble(TopicSpace.Related::score).reversed());
        return List.copyOf(all.subList(0, Math.min(StoryPlanner.RELATED_LIMIT, all.size())));
    }
}
