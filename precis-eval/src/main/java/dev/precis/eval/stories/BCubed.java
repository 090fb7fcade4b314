package dev.precis.eval.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * B-cubed precision, recall and F1 of a clustering against gold events (Bagga and Baldwin 1998): per
 * item, the share of its cluster that shares its event (precision) and the share of its event that
 * shares its cluster (recall), averaged over items. Also lists the events split over several clusters
 * and the clusters that merge several events. Stateless.
 */
public final class BCubed {

    /** The scores and the errors behind them. */
    public record Result(double precision, double recall, double f1, int items, int events, int clusters,
                         List<Split> split, List<Merged> merged) {
    }

    /** A gold event whose items sit in several clusters (cluster id to item count). */
    public record Split(String event, int size, Map<String, Integer> clusters) {
    }

    /** A cluster holding several gold events (event to item count). */
    public record Merged(String cluster, int size, Map<String, Integer> events) {
    }

    private BCubed() {
    }

    /**
     * Scores {@code clusters} (item to cluster id) against {@code gold} (item to event). Items missing
     * from {@code clusters} count as clusters of their own; items missing from {@code gold} are ignored.
     */
    public static Result score(Map<String, String> gold, Map<String, String> clusters) {
        return score(gold, clusters, false);
    }

    /**
     * As {@link #score(Map, Map)}; with {@code multiOnly} only the items of events with two items or more
     * are averaged (a recall-heavy view of a set where most events have one article), while their
     * clusters still count every other item, so a merge with a lone article still costs precision.
     */
    public static Result score(Map<String, String> gold, Map<String, String> clusters, boolean multiOnly) {
        Map<String, String> cluster = new HashMap<>();
        for (String item : gold.keySet()) {
            cluster.put(item, clusters.getOrDefault(item, "alone:" + item));
        }
        Map<String, Map<String, Integer>> byCluster = new TreeMap<>();
        Map<String, Map<String, Integer>> byEvent = new TreeMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String c = cluster.get(e.getKey());
            byCluster.computeIfAbsent(c, x -> new TreeMap<>()).merge(e.getValue(), 1, Integer::sum);
            byEvent.computeIfAbsent(e.getValue(), x -> new TreeMap<>()).merge(c, 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        int n = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            if (multiOnly && size(byEvent.get(e.getValue())) < 2) {
                continue;
            }
            n++;
            String c = cluster.get(e.getKey());
            int both = byCluster.get(c).get(e.getValue());
            p += both / (double) size(byCluster.get(c));
            r += both / (double) size(byEvent.get(e.getValue()));
        }
        p = n == 0 ? 0 : p / n;
        r = n == 0 ? 0 : r / n;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        List<Split> split = new ArrayList<>();
        byEvent.forEach((ev, cs) -> {
            if (cs.size() > 1) {
                split.add(new Split(ev, size(cs), cs));
            }
        });
        List<Merged> merged = new ArrayList<>();
        byCluster.forEach((c, evs) -> {
            if (evs.size() > 1) {
                merged.add(new Merged(c, size(evs), evs));
            }
        });
        split.sort(Comparator.comparingInt(Split::size).reversed());
        merged.sort(Comparator.comparingInt(Merged::size).reversed());
        return new Result(p, r, f1, n, byEvent.size(), byCluster.size(), split, merged);
    }

    private static int size(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
