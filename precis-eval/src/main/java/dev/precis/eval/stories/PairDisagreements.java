package dev.precis.eval.stories;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The article pairs on which two groupings disagree and one of them is right: pairs of one gold event
 * that one grouping puts together and the other apart, and pairs of two events that one joins and the
 * other keeps apart. Used by {@code precis eval stories --pairs} to see where the naive single-link wins
 * over the library's stories and where it loses, with the naive TF-IDF cosine of each pair. Stateless.
 */
public final class PairDisagreements {

    private PairDisagreements() {
    }

    /** One pair: the articles' positions in the set, whether gold joins them, and the naive cosine. */
    public record Pair(int a, int b, boolean same, double cosine) {
    }

    /**
     * Pairs where {@code right} agrees with the gold and {@code wrong} does not, the naive cosine
     * {@code sim[a][b]} attached; same-event pairs first, each kind by falling cosine.
     */
    public static List<Pair> wins(List<EventArticle> set, Map<String, String> right, Map<String, String> wrong, double[][] sim) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            for (int j = i + 1; j < set.size(); j++) {
                EventArticle x = set.get(i);
                EventArticle y = set.get(j);
                boolean gold = x.event().equals(y.event());
                boolean r = together(right, x, y);
                boolean w = together(wrong, x, y);
                if (r == gold && w != gold) {
                    out.add(new Pair(i, j, gold, sim[i][j]));
                }
            }
        }
        out.sort(Comparator.comparing((Pair p) -> !p.same()).thenComparing(p -> -p.cosine()));
        return out;
    }

    private static boolean together(Map<String, String> clusters, EventArticle x, EventArticle y) {
        String a = clusters.get(x.id());
        return a != null && a.equals(clusters.get(y.id()));
    }

    /** Prints up to {@code limit} pairs, one a line: kind, cosine, ids, events, dates, titles. */
    public static void print(PrintWriter out, String heading, List<Pair> pairs, List<EventArticle> set, int limit) {
        long same = pairs.stream().filter(Pair::same).count();
        out.printf(Locale.ROOT, "%s: %d pairs (%d of one event joined, %d of two events kept apart)%n",
                heading, pairs.size(), same, pairs.size() - same);
        for (Pair p : pairs.subList(0, Math.min(limit, pairs.size()))) {
            EventArticle x = set.get(p.a());
            EventArticle y = set.get(p.b());
            out.printf(Locale.ROOT, "  %s cos %.3f  %s [%s %s] %s  |  %s [%s %s] %s%n", p.same() ? "JOIN " : "APART",
                    p.cosine(), x.id(), x.event(), x.published(), cut(x.title()), y.id(), y.event(), y.published(), cut(y.title()));
        }
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
