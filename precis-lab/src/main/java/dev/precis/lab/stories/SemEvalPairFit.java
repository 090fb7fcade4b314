package dev.precis.lab.stories;

import dev.precis.eval.stories.EventArticle;
import dev.precis.eval.stories.EventSets;
import dev.precis.eval.stories.NaiveSingleLink;
import dev.precis.lab.summaries.ArticleLogistic;
import dev.precis.store.LibraryConfig;
import dev.precis.store.StoryPairSignals;
import dev.precis.store.StoryParams;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Issue 15's pair-level study: for every judged SemEval pair of one split and language ({@link JudgedPairs}), the
 * story signals the planner has for the two articles ({@link StoryPairSignals}, read from a library that
 * {@code precis eval stories --semeval FILE --split SPLIT --library DIR} ingested) and the naive TF-IDF
 * single-link's cosine; then, with k-fold cross-validation over the pairs, the AUC and pair F1 of the planner's own
 * pair score, the naive cosine and small logistic regressions over the signals. F1 is given twice: at the threshold
 * chosen on the other folds (an honest figure) and at the best threshold over all out-of-fold scores (the ceiling a
 * tuned bar could reach). Run: {@code java -cp precis-lab.jar dev.precis.lab.stories.SemEvalPairFit --semeval FILE
 * --library DIR [--split training_set] [--lang en] [--folds 5] [--repeats 10] [--lambda 1] [--param NAME=VALUE]…}
 * ({@code --param}: a grouping knob the planner's signals are read with, {@link StoryParams#with}); several languages are pooled with
 * {@code --lang en,de --library DIR_EN,DIR_DE}. Without {@code --semeval} the pairs are every pair of the library's own
 * set (its {@code events.jsonl}, e.g. an {@code --events} view), same event or not by its gold events.
 */
public final class SemEvalPairFit {

    private SemEvalPairFit() {
    }

    public static void main(String[] args) throws IOException {
        Path semeval = null;
        String library = null;
        String split = "training_set";
        String lang = "en";
        int folds = 5;
        int repeats = 10;
        double lambda = 1;
        StoryParams params = StoryParams.DEFAULT;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--semeval" -> semeval = Path.of(args[i + 1]);
                case "--library" -> library = args[i + 1];
                case "--split" -> split = args[i + 1];
                case "--lang" -> lang = args[i + 1];
                case "--folds" -> folds = Integer.parseInt(args[i + 1]);
                case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
                case "--lambda" -> lambda = Double.parseDouble(args[i + 1]);
                case "--param" -> {
                    String[] nv = args[i + 1].split("=", 2);
                    params = params.with(nv[0], Double.parseDouble(nv[1]));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (library == null) {
            throw new IllegalArgumentException("give --library DIR (kept by precis eval stories --library), and --semeval FILE for its judged pairs");
        }
        String[] langs = lang.split(",");
        String[] libraries = library.split(",");
        if (semeval != null && langs.length != libraries.length) {
            throw new IllegalArgumentException("give one --library DIR for each --lang, in the same order");
        }
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int l = 0; l < libraries.length; l++) {
            Path dir = Path.of(libraries[l]);
            List<EventArticle> lines = EventSets.readEvents(dir.resolve("events.jsonl"));
            // SemEval: its judged pairs; else every pair of the library's own set, labelled by its events
            List<JudgedPairs.Pair> pairs = semeval != null ? JudgedPairs.read(semeval, split, langs[l]).pairs() : JudgedPairs.ofEvents(lines).pairs();
            List<EventArticle> set = semeval != null ? EventSets.readSemEval(semeval, split, langs[l]) : lines;
            int before = rows.size();
            int missing = addPairs(pairs, set, lines, dir, params, rows, labels);
            System.out.printf(Locale.ROOT, "%s: %d judged pairs (%d same event; %d with two meaning vectors, %d with two dates), %d left out (an article not in the library)%n",
                    semeval != null ? split + " " + langs[l] : dir, rows.size() - before,
                    labels.subList(before, labels.size()).stream().filter(b -> b).count(),
                    rows.subList(before, rows.size()).stream().filter(r -> r[4] > 0).count(),
                    rows.subList(before, rows.size()).stream().filter(r -> r[8] > 0).count(), missing);
        }
        double[][] x = rows.toArray(double[][]::new);
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        System.out.printf(Locale.ROOT, "%d-fold cross-validation, %d fold assignments (mean, and the range of the honest F1)%n", folds, repeats);
        System.out.println("| score | AUC | F1 at the other folds' best threshold | F1 at the best threshold (pooled) | that threshold |");
        System.out.println("|---|---|---|---|---|");
        for (Map.Entry<String, int[]> m : PairFeatures.MODELS.entrySet()) {
            double[][] figures = new double[repeats][];
            for (int r = 0; r < repeats; r++) {
                int[] fold = folds(y.length, folds, 43 + r);
                double[] score = m.getValue().length == 1 && m.getValue()[0] < 0 ? column(x, -m.getValue()[0] - 1)
                        : crossFitted(x, y, fold, folds, m.getValue(), lambda);
                figures[r] = figures(score, y, fold, folds);
            }
            double[] mean = new double[4];
            double low = 1;
            double high = 0;
            for (double[] f : figures) {
                for (int c = 0; c < 4; c++) {
                    mean[c] += f[c] / repeats;
                }
                low = Math.min(low, f[1]);
                high = Math.max(high, f[1]);
            }
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f (%.3f–%.3f) | %.3f | %.3f |%n", m.getKey(), mean[0], mean[1], low, high,
                    mean[2], mean[3]);
        }
        System.out.printf(Locale.ROOT, "planner pair score at its bar %.2f (the meaning threshold): F1 %.3f%n",
                PairFeatures.PLANNER_BAR, ThresholdF1.f1(column(x, 0), y, null, PairFeatures.PLANNER_BAR));
        ArticleLogistic all = ArticleLogistic.fit(select(x, PairFeatures.MODELS.get("fitted: planner's signals")), y, null, lambda);
        System.out.println("fitted on all pairs, planner's signals, standardised coefficients (intercept first): "
                + format(all.coefficients()));
    }

    /** Adds the feature rows and labels of judged pairs of {@code set}'s articles; returns how many pairs had an article missing. */
    private static int addPairs(List<JudgedPairs.Pair> pairs, List<EventArticle> set, List<EventArticle> lines, Path library,
                                StoryParams params, List<double[]> rows, List<Boolean> labels) throws IOException {
        StoryPairSignals signals = StoryPairSignals.read(LibraryConfig.embedded(library.resolve("library")), params);
        Map<String, Long> ids = articleIds(signals.origins(), lines, library.resolve("events.jsonl"));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < set.size(); i++) {
            index.put(set.get(i).id(), i);
        }
        double[][] naive = NaiveSingleLink.similarities(set);
        int missing = 0;
        for (JudgedPairs.Pair p : pairs) {
            Long a = ids.get(p.a());
            Long b = ids.get(p.b());
            if (a == null || b == null || !index.containsKey(p.a()) || !index.containsKey(p.b())) {
                missing++;
                continue;
            }
            // one article stored once for both (a duplicate): the planner sees one article, similarity 1
            StoryPairSignals.Signals s = a.equals(b) ? new StoryPairSignals.Signals(1, 1, 1, 1, 0, null) : signals.of(a, b);
            rows.add(PairFeatures.row(s, naive[index.get(p.a())][index.get(p.b())]));
            labels.add(p.same());
        }
        return missing;
    }

    /** Set ids to library article ids: an article's own external id, or the events line its copy came from. */
    private static Map<String, Long> articleIds(Map<String, Long> origins, List<EventArticle> lines, Path jsonl) {
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i).id();
            Long own = origins.get(id);
            Long copy = origins.get(jsonl + ":" + (i + 1));
            if (own != null || copy != null) {
                out.put(id, own != null ? own : copy);
            }
        }
        return out;
    }

    /** A fold for each row, fixed by a seeded shuffle so runs compare. */
    static int[] folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int r = 0; r < n; r++) {
            fold[order.get(r)] = r % k;
        }
        return fold;
    }

    private static double[] crossFitted(double[][] x, boolean[] y, int[] fold, int k, int[] columns, double lambda) {
        double[][] sx = select(x, columns);
        double[] p = new double[y.length];
        for (int f = 0; f < k; f++) {
            boolean[] fit = new boolean[y.length];
            for (int i = 0; i < y.length; i++) {
                fit[i] = fold[i] != f;
            }
            ArticleLogistic m = ArticleLogistic.fit(sx, y, fit, lambda);
            for (int i = 0; i < y.length; i++) {
                if (!fit[i]) {
                    p[i] = m.probability(sx[i]);
                }
            }
        }
        return p;
    }

    /**
     * AUC, F1 with each fold's pairs called at the threshold that was best on the other folds (counted together), F1 at
     * the best threshold over all scores, and that threshold.
     */
    private static double[] figures(double[] score, boolean[] y, int[] fold, int k) {
        double[] called = new double[y.length];
        for (int f = 0; f < k; f++) {
            boolean[] others = new boolean[y.length];
            for (int i = 0; i < y.length; i++) {
                others[i] = fold[i] != f;
            }
            double t = ThresholdF1.best(score, y, others);
            for (int i = 0; i < y.length; i++) {
                if (!others[i]) {
                    called[i] = score[i] >= t ? 1 : 0;
                }
            }
        }
        double best = ThresholdF1.best(score, y, null);
        return new double[] {ArticleLogistic.auc(score, y, null), ThresholdF1.f1(called, y, null, 0.5), ThresholdF1.f1(score, y, null, best), best};
    }

    private static double[] column(double[][] x, int c) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i][c];
        }
        return out;
    }

    private static double[][] select(double[][] x, int[] columns) {
        double[][] out = new double[x.length][columns.length];
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < columns.length; c++) {
                out[i][c] = x[i][columns[c]];
            }
        }
        return out;
    }

    private static String format(double[] v) {
        StringBuilder s = new StringBuilder();
        for (double d : v) {
            s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", d));
        }
        return s.toString();
    }
}
