package dev.precis.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline every story grouping must beat: TF-IDF cosine over title and text (raw counts, idf
 * {@code ln(N/df)}, lower-cased letter words of two letters or more), and single-link grouping of
 * every pair at or above a threshold. Quadratic; for evaluation sets of a few thousand articles.
 * Stateless.
 */
public final class NaiveSingleLink {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private NaiveSingleLink() {
    }

    /** Article id to cluster id (the id of one of its members). */
    public static Map<String, String> cluster(List<EventArticle> articles, double threshold) {
        int n = articles.size();
        List<Map<String, Double>> vectors = vectors(articles);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (dot(vectors.get(i), vectors.get(j)) >= threshold) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(articles.get(i).id(), articles.get(find(parent, i)).id());
        }
        return out;
    }

    /** The baseline's TF-IDF cosine of every pair, {@code [i][j]} in the order of {@code articles}. */
    public static double[][] similarities(List<EventArticle> articles) {
        List<Map<String, Double>> vectors = vectors(articles);
        int n = vectors.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = sim[j][i] = dot(vectors.get(i), vectors.get(j));
            }
        }
        return sim;
    }

    private static List<Map<String, Double>> vectors(List<EventArticle> articles) {
        int n = articles.size();
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (EventArticle a : articles) {
            Map<String, Integer> c = new HashMap<>();
            Matcher m = WORD.matcher(a.title() + "\n" + a.text());
            while (m.find()) {
                c.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            counts.add(c);
        }
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double w = e.getValue() * Math.log(n / (double) df.get(e.getKey()));
                if (w > 0) {
                    v.put(e.getKey(), w);
                    norm += w * w;
                }
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> w / len);
            vectors.add(v);
        }
        return vectors;
    }

    /** Every article a cluster of its own. */
    public static Map<String, String> alone(List<EventArticle> articles) {
        Map<String, String> out = new HashMap<>();
        articles.forEach(a -> out.put(a.id(), a.id()));
        return out;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return dot(b, a);
        }
        double s = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                s += e.getValue() * w;
            }
        }
        return s;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
