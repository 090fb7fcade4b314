package dev.precis.eval.ner;

import java.util.Map;
import java.util.TreeMap;

/**
 * Entity-level exact-match counts per type, as the CoNLL scorer ({@code conlleval}) computes them:
 * a predicted entity is correct only when its start, end and type all equal a gold entity's.
 * Mutable while counting; not thread-safe.
 */
public final class EntityScores {

    /** Counts for one type. */
    public static final class Counts {
        int truePositives;
        int predicted;
        int gold;

        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int truePositives() {
            return truePositives;
        }

        public int predicted() {
            return predicted;
        }

        public int gold() {
            return gold;
        }
    }

    private final Map<String, Counts> byType = new TreeMap<>();
    private final Counts overall = new Counts();

    void add(String type, int truePositives, int predicted, int gold) {
        Counts c = byType.computeIfAbsent(type, k -> new Counts());
        c.truePositives += truePositives;
        c.predicted += predicted;
        c.gold += gold;
        overall.truePositives += truePositives;
        overall.predicted += predicted;
        overall.gold += gold;
    }

    public Map<String, Counts> byType() {
        return byType;
    }

    public Counts overall() {
        return overall;
    }

    /** A conlleval-like table. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-8s %9s %9s %9s %7s %7s %7s%n", "type", "precision", "recall", "F1", "tp", "pred", "gold"));
        for (Map.Entry<String, Counts> e : byType.entrySet()) {
            row(sb, e.getKey(), e.getValue());
        }
        row(sb, "overall", overall);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Counts c) {
        sb.append(String.format("%-8s %9.4f %9.4f %9.4f %7d %7d %7d%n", name, c.precision(), c.recall(), c.f1(),
                c.truePositives, c.predicted, c.gold));
    }
}
