package dev.precis.lab.summaries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.eval.summaries.ExtractiveOracle;
import dev.precis.eval.summaries.JsonlSummaryDataset;
import dev.precis.eval.summaries.SummaryCase;
import dev.precis.eval.summaries.SummaryEvaluation;
import dev.precis.eval.rouge.RougeScorer;
import dev.precis.summarize.LeadSummarizer;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.summarize.SentenceFeatureRows;
import dev.precis.summarize.SummaryModel;
import dev.precis.summarize.SummaryModelTrainer;
import dev.precis.summarize.TreeEnsemble;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Fits boosted trees on top of a linear summary model and writes the model with them
 * ({@link TreeEnsemble}): gradient boosting (XGBoost, logistic loss) on the summarizer's sentence
 * feature rows ({@link SentenceFeatureRows}, every optional feature computed), with each sentence's
 * linear score as the base margin, so the trees learn only what the linear model misses (interactions
 * such as lead × article length × shape). Targets as the shipped model's: the share of the two greedy
 * extractive oracles (three sentences, 75 words) that pick the sentence. XGBoost is used here only; the
 * product reads the exported trees and walks them by hand.
 *
 * <p>Usage: {@code SummaryTreeTraining --jsonl TRAIN.jsonl --validation VALIDATION.jsonl --output FILE
 * [--model BASE] [--depth 3] [--rounds 100] [--eta 0.1] [--min-child 5] [--margin-lead W|fit]
 * [--objective binary:logistic|rank:pairwise|rank:ndcg] [--lead-strong-weight W [--lead-strong-cut 0.732]]
 * [--split-on NAME,NAME…] [--leave-out k/K]}:
 * fits on TRAIN plus the validation file's {@code fit} quarter (numbers 1 mod 4); the other quarters are not
 * read. {@code --lead-strong-weight} weighs the fitting articles whose Lead-3 R-1 is at least the cut times the
 * oracle's (where the lead is the summary) W times the others in the loss. {@code --leave-out k/K} fits
 * without the fitting articles at places {@code i} with {@code i mod K == k} (cross-fitting).
 */
public final class SummaryTreeTraining {

    /** The boosting settings. */
    public record Settings(int depth, int rounds, double eta, double minChildWeight) {
        public Settings {
            if (depth < 1 || depth > 8 || rounds < 1 || !(eta > 0) || !(minChildWeight >= 0)) {
                throw new IllegalArgumentException("bad tree settings: depth 1..8, rounds >= 1, eta > 0, min-child >= 0");
            }
        }
    }

    private SummaryTreeTraining() {
    }

    /**
     * How the trees are fitted: the XGBoost objective ({@code binary:logistic} on the oracle shares, or a
     * ranking objective, {@code rank:pairwise} / {@code rank:ndcg}, grouped by article on the shares as
     * relevance levels 0, 1, 2) and an optional weight per article (null: all 1), so that articles of one
     * kind (e.g. where the lead is the summary) count more in the loss; {@code splitOn} the features the
     * trees may split on (null: all), e.g. only the lead prior and the lede's signals, so the trees can
     * only move how strongly each article holds to its lead.
     */
    public record Fitting(String objective, double[] articleWeights, java.util.Set<String> splitOn) {
        public static final Fitting LOGISTIC = new Fitting("binary:logistic", null);

        public Fitting(String objective, double[] articleWeights) {
            this(objective, articleWeights, null);
        }

        public Fitting {
            if (!List.of("binary:logistic", "rank:pairwise", "rank:ndcg").contains(objective)) {
                throw new IllegalArgumentException("objective " + objective + ": not binary:logistic, rank:pairwise or rank:ndcg");
            }
            if (splitOn != null) {
                for (String name : splitOn) {
                    if (!SummaryModel.featureNames().contains(name)) {
                        throw new IllegalArgumentException("split feature " + name + ": not a summary feature");
                    }
                }
            }
        }

        boolean ranking() {
            return objective.startsWith("rank:");
        }
    }

    /**
     * Fits trees on feature rows (one matrix per article) and their targets in [0, 1], each row's base
     * margin being {@code base}'s linear score of it.
     */
    public static TreeEnsemble fit(List<double[][]> rows, List<double[]> targets, SummaryModel base, Settings s) {
        return fit(rows, targets, base, s, Fitting.LOGISTIC);
    }

    /** As {@link #fit(List, List, SummaryModel, Settings)}, with the objective and article weights of {@code f}. */
    public static TreeEnsemble fit(List<double[][]> rows, List<double[]> targets, SummaryModel base, Settings s,
            Fitting f) {
        if (f.articleWeights() != null && f.articleWeights().length != rows.size()) {
            throw new IllegalArgumentException("article weights: " + f.articleWeights().length + " for " + rows.size() + " articles");
        }
        double[] w = base.weights();
        int cols = w.length;
        List<String> names = SummaryModel.featureNames();
        int total = rows.stream().mapToInt(r -> r.length).sum();
        float[] data = new float[total * cols];
        float[] label = new float[total];
        float[] margin = new float[total];
        int at = 0;
        for (int a = 0; a < rows.size(); a++) {
            double[][] x = rows.get(a);
            double[] y = targets.get(a);
            for (int i = 0; i < x.length; i++, at++) {
                double z = 0;
                for (int k = 0; k < cols; k++) {
                    // a feature the trees may not split on is given to XGBoost as a constant
                    data[at * cols + k] = f.splitOn() == null || f.splitOn().contains(names.get(k)) ? (float) x[i][k] : 0f;
                    z += w[k] * x[i][k];
                }
                label[at] = (float) Math.max(0, Math.min(1, i < y.length ? y[i] : 0));
                if (f.ranking()) {
                    label[at] = Math.round(2 * label[at]);
                }
                margin[at] = (float) z;
            }
        }
        try {
            DMatrix m = new DMatrix(data, total, cols, Float.NaN);
            m.setLabel(label);
            m.setBaseMargin(margin);
            if (f.ranking()) {
                m.setGroup(rows.stream().mapToInt(r -> r.length).toArray());
            }
            if (f.articleWeights() != null) {
                m.setWeight(weights(rows, f));
            }
            Map<String, Object> params = new HashMap<>();
            params.put("objective", f.objective());
            params.put("max_depth", s.depth());
            params.put("eta", s.eta());
            params.put("min_child_weight", s.minChildWeight());
            params.put("lambda", 1.0);
            params.put("tree_method", "exact");
            params.put("nthread", 1);
            params.put("seed", 0);
            params.put("verbosity", 0);
            Booster booster = XGBoost.train(m, params, s.rounds(), new HashMap<>(), null, null);
            TreeEnsemble trees = export(booster.getModelDump((String) null, false, "json"));
            float[][] predicted = booster.predict(m, true);
            double worst = 0;
            at = 0;
            for (double[][] x : rows) {
                for (double[] row : x) {
                    worst = Math.max(worst, Math.abs(predicted[at][0] - (margin[at] + trees.score(row))));
                    at++;
                }
            }
            System.err.printf(Locale.ROOT, "%d rows, %d trees; largest |XGBoost margin - exported| = %.2e%n",
                    total, trees.size(), worst);
            m.dispose();
            booster.dispose();
            return trees;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        }
    }

    /** XGBoost's weights: one per group for a ranking objective, else one per row (its article's). */
    private static float[] weights(List<double[][]> rows, Fitting f) {
        if (f.ranking()) {
            float[] w = new float[rows.size()];
            for (int a = 0; a < w.length; a++) {
                w[a] = (float) f.articleWeights()[a];
            }
            return w;
        }
        float[] w = new float[rows.stream().mapToInt(r -> r.length).sum()];
        int at = 0;
        for (int a = 0; a < rows.size(); a++) {
            for (int i = 0; i < rows.get(a).length; i++) {
                w[at++] = (float) f.articleWeights()[a];
            }
        }
        return w;
    }

    /** The trees of an XGBoost JSON model dump (one JSON object per tree), features named {@code fK} by column. */
    public static TreeEnsemble export(String[] jsonTrees) {
        ObjectMapper json = new ObjectMapper();
        TreeEnsemble.Builder b = new TreeEnsemble.Builder();
        List<String> names = SummaryModel.featureNames();
        for (int t = 0; t < jsonTrees.length; t++) {
            try {
                add(b, t, json.readTree(jsonTrees[t]), names);
            } catch (IOException e) {
                throw new IllegalArgumentException("tree " + t + ": not JSON: " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    private static void add(TreeEnsemble.Builder b, int tree, JsonNode node, List<String> names) {
        int id = node.get("nodeid").asInt();
        if (node.has("leaf")) {
            b.leaf(tree, id, node.get("leaf").asDouble());
            return;
        }
        String split = node.get("split").asText();
        String name = split.matches("f\\d+") ? names.get(Integer.parseInt(split.substring(1))) : split;
        b.node(tree, id, name, (float) node.get("split_condition").asDouble(), node.get("yes").asInt(),
                node.get("no").asInt());
        for (JsonNode child : node.get("children")) {
            add(b, tree, child, names);
        }
    }

    /** The oracle targets of an article: the share of the two oracles (3 sentences, 75 words) that pick each sentence. */
    static double[] targets(ExtractiveOracle oracle, AnalyzedArticle article, String reference) {
        double[] three = oracle.targets(article, reference, SummaryLength.sentences(3));
        double[] budget = oracle.targets(article, reference, SummaryLength.words(75));
        for (int i = 0; i < three.length; i++) {
            three[i] = (three[i] + budget[i]) / 2;
        }
        return three;
    }

    /**
     * Which articles are lead-strong: Lead-3's R-1 against the reference is at least {@code cut} times the
     * three-sentence extractive oracle's (sum30's proxy of copy whose lead is the summary).
     */
    static boolean[] leadStrong(List<SummaryCase> cases, List<AnalyzedArticle> analyzed, ExtractiveOracle oracle,
            double cut) {
        RougeScorer rouge = new RougeScorer(true);
        LeadSummarizer lead = new LeadSummarizer(true);
        boolean[] out = new boolean[cases.size()];
        java.util.stream.IntStream.range(0, cases.size()).parallel().forEach(i -> {
            AnalyzedArticle a = analyzed.get(i);
            String text = a.article().text();
            String ref = cases.get(i).reference();
            double l = rouge.score(ref, String.join("\n", lead.summarize(a, SummaryLength.sentences(3)).texts(text)))
                    .rouge1().f1();
            double best = rouge.score(ref, String.join("\n",
                    oracle.select(a, ref, SummaryLength.sentences(3)).texts(text))).rouge1().f1();
            out[i] = best > 0 && l / best >= cut;
        });
        return out;
    }

    /**
     * The fitting cases without one fold, for cross-fitting: {@code spec} is {@code k/K}, and the case at
     * (0-based) place {@code i} of the fitting list is left out when {@code i mod K == k}, so a check can
     * score each fitting article with the model fitted without it.
     */
    static <T> List<T> leaveOut(List<T> fitting, String spec) {
        String[] parts = spec.split("/");
        int k;
        int folds;
        try {
            k = Integer.parseInt(parts[0]);
            folds = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            folds = -1;
            k = -1;
        }
        if (folds < 2 || k < 0 || k >= folds) {
            throw new IllegalArgumentException("--leave-out " + spec + ": not FOLD/FOLDS with 0 <= FOLD < FOLDS and FOLDS >= 2");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < fitting.size(); i++) {
            if (i % folds != k) {
                out.add(fitting.get(i));
            }
        }
        return out;
    }

    /** The cases of a split of a validation file: fit (1 mod 4), select (3 mod 4). */
    static List<SummaryCase> quarter(List<SummaryCase> cases, int remainder) {
        return cases.stream().filter(c -> c.number() % 4 == remainder).toList();
    }

    static SummaryModel readModel(Path file) throws IOException {
        if (file == null) {
            return SummaryModel.loadDefault();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return SummaryModel.read(in);
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        if (!o.containsKey("--jsonl") || !o.containsKey("--validation") || !o.containsKey("--output")) {
            System.err.println("usage: SummaryTreeTraining --jsonl TRAIN --validation VALIDATION --output FILE"
                    + " [--model BASE] [--depth 3] [--rounds 100] [--eta 0.1] [--min-child 5] [--margin-lead W|fit]"
                    + " [--objective binary:logistic|rank:pairwise|rank:ndcg] [--lead-strong-weight W] [--lead-strong-cut C]"
                    + " [--split-on NAME,NAME...] [--leave-out k/K]");
            System.exit(2);
        }
        Settings s = new Settings(Integer.parseInt(o.getOrDefault("--depth", "3")),
                Integer.parseInt(o.getOrDefault("--rounds", "100")), Double.parseDouble(o.getOrDefault("--eta", "0.1")),
                Double.parseDouble(o.getOrDefault("--min-child", "5")));
        SummaryModel base = readModel(o.containsKey("--model") ? Path.of(o.get("--model")) : null);
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<SummaryCase> fitting = new ArrayList<>(JsonlSummaryDataset.read(Path.of(o.get("--jsonl")), splitter));
        fitting.addAll(quarter(JsonlSummaryDataset.read(Path.of(o.get("--validation")), splitter), 1));
        if (o.containsKey("--leave-out")) {
            fitting = leaveOut(fitting, o.get("--leave-out"));
        }
        List<AnalyzedArticle> analyzed = new SummaryEvaluation(splitter).prepare(fitting);
        ExtractiveOracle oracle = new ExtractiveOracle();
        List<double[][]> rows = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        for (int i = 0; i < fitting.size(); i++) {
            rows.add(SentenceFeatureRows.of(analyzed.get(i)));
            targets.add(targets(oracle, analyzed.get(i), fitting.get(i).reference()));
        }
        SummaryModel marginModel = base;
        if (o.containsKey("--margin-lead")) {
            // the base margin with another lead weight (the fitted one, without the hand-set lead prior
            // offset), so the trees do not learn to undo the offset; the file keeps the base's weights
            double[] w = base.weights();
            int lead = SummaryModel.featureNames().indexOf("lead");
            if (o.get("--margin-lead").equals("fit")) {
                Map<AnalyzedArticle, double[]> byArticle = new java.util.IdentityHashMap<>();
                for (int i = 0; i < analyzed.size(); i++) {
                    byArticle.put(analyzed.get(i), targets.get(i));
                }
                SummaryModel fitted = new SummaryModelTrainer().train(analyzed, byArticle::get, 0);
                double[] f = fitted.weights();
                for (int k = 0; k < f.length; k++) {
                    System.err.printf(Locale.ROOT, "%s fitted %.4f base %.4f%n", SummaryModel.featureNames().get(k), f[k], w[k]);
                }
                w[lead] = f[lead];
            } else {
                w[lead] = Double.parseDouble(o.get("--margin-lead"));
            }
            marginModel = new SummaryModel(w, base.redundancy());
        }
        double[] articleWeights = null;
        if (o.containsKey("--lead-strong-weight")) {
            double weight = Double.parseDouble(o.get("--lead-strong-weight"));
            double cut = Double.parseDouble(o.getOrDefault("--lead-strong-cut", "0.732"));
            boolean[] strong = leadStrong(fitting, analyzed, oracle, cut);
            articleWeights = new double[strong.length];
            int n = 0;
            for (int i = 0; i < strong.length; i++) {
                articleWeights[i] = strong[i] ? weight : 1;
                n += strong[i] ? 1 : 0;
            }
            System.err.printf(Locale.ROOT, "%d of %d fitting articles lead-strong (Lead-3 / oracle R-1 >= %.3f), weight %.1f%n",
                    n, strong.length, cut, weight);
        }
        java.util.Set<String> splitOn = o.containsKey("--split-on")
                ? new java.util.LinkedHashSet<>(List.of(o.get("--split-on").split(","))) : null;
        Fitting fitting1 = new Fitting(o.getOrDefault("--objective", "binary:logistic"), articleWeights, splitOn);
        SummaryModel model = base.withTrees(fit(rows, targets, marginModel, s, fitting1));
        try (Writer out = Files.newBufferedWriter(Path.of(o.get("--output")), StandardCharsets.UTF_8)) {
            model.write(out);
        }
        System.err.printf(Locale.ROOT, "fitted on %d articles (%s); wrote %s%n", fitting.size(), s, o.get("--output"));
    }
}
