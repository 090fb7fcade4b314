package dev.precis.lab.stories;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Pair F1 of a score cut at a threshold (a pair at or above it is called "same event"), and the threshold that
 * gives the highest F1 on a set of rows. Stateless.
 */
final class ThresholdF1 {

    private ThresholdF1() {
    }

    /** F1 of calling the rows with {@code use[i]} (null: all) at or above {@code t} positive. */
    static double f1(double[] score, boolean[] y, boolean[] use, double t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < score.length; i++) {
            if (use != null && !use[i]) {
                continue;
            }
            boolean called = score[i] >= t;
            if (called && y[i]) {
                tp++;
            } else if (called) {
                fp++;
            } else if (y[i]) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /**
     * The threshold of highest F1 over the rows with {@code use[i]} (null: all): each distinct score is tried, and
     * the threshold returned is the midpoint between it and the next lower score (ties: the higher threshold).
     */
    static double best(double[] score, boolean[] y, boolean[] use) {
        Integer[] order = new Integer[score.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]));
        int positives = 0;
        for (int i = 0; i < score.length; i++) {
            if ((use == null || use[i]) && y[i]) {
                positives++;
            }
        }
        double bestF1 = -1;
        double bestT = Double.POSITIVE_INFINITY;
        int tp = 0;
        int called = 0;
        for (int r = 0; r < order.length; r++) {
            int i = order[r];
            if (use != null && !use[i]) {
                continue;
            }
            called++;
            if (y[i]) {
                tp++;
            }
            double next = nextLower(score, use, order, r);
            if (next == score[i]) {
                continue; // a tie: the cut falls after the last of equal scores
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (called + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestT = Double.isNaN(next) ? score[i] : (score[i] + next) / 2;
            }
        }
        return bestT;
    }

    /** The score of the next used row after rank {@code r}, or NaN when none. */
    private static double nextLower(double[] score, boolean[] use, Integer[] order, int r) {
        for (int k = r + 1; k < order.length; k++) {
            if (use == null || use[order[k]]) {
                return score[order[k]];
            }
        }
        return Double.NaN;
    }
}
