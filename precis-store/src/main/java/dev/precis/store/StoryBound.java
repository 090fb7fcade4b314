package dev.precis.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Upper bounds of a candidate story's score ({@link StoryParams#centroidWeight()} of its centroid similarity, the
 * rest its closest member's, times its time factor), so {@link StoryPlanner} can skip the vector work of a story
 * that cannot reach the runner-up's score: such a story changes neither the best story nor the runner-up, nor
 * anything decided from them. Each bound is the score's own formula on a larger centroid similarity; with
 * non-negative weights and time factor, float rounding never reverses an order, so the bound holds to the bit.
 */
final class StoryBound {

    private final StoryParams params;
    private final MeaningSpace meanings;
    /** Whether the weights keep the score non-decreasing in the centroid's words, names and meaning. */
    private final boolean bounded;
    /** The largest words-and-names similarity: both cosines are at most 1. */
    private final double lexicalMax;

    StoryBound(StoryParams params, MeaningSpace meanings) {
        this.params = params;
        this.meanings = meanings;
        double k = params.keyWeight();
        this.bounded = k >= 0 && k <= 1 && params.centroidWeight() >= 0 && params.meaningWeight() <= 1;
        this.lexicalMax = k * 1.0 + (1 - k) * 1.0;
    }

    /** A story's score before its time factor, from its centroid's and its closest member's similarities. */
    double raw(double centroid, double member) {
        return params.centroidWeight() * centroid + (1 - params.centroidWeight()) * member;
    }

    /** The largest centroid similarity story {@code s} can have with an article of centred meaning {@code centred}. */
    double anyCentroid(float[] centred, TopicStory s) {
        return meanings.mixBound(lexicalMax, centred, s.meaning, s.meanings);
    }

    /**
     * Whether a story of closest-member similarity {@code member}, time factor {@code factor} and a centroid
     * similarity of at most {@code centroidBound} surely scores below {@code floor}.
     */
    boolean below(double centroidBound, double member, double factor, double floor) {
        return bounded && factor >= 0 && raw(centroidBound, member) * factor < floor;
    }

    /** The stories of {@code bestMember}, their closest member's similarity highest first. */
    static List<Map.Entry<Long, Double>> byMember(Map<Long, Double> bestMember) {
        List<Map.Entry<Long, Double>> order = new ArrayList<>(bestMember.entrySet());
        order.sort(Map.Entry.<Long, Double>comparingByValue().reversed());
        return order;
    }
}
