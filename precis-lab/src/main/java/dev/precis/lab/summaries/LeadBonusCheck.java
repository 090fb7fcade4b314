package dev.precis.lab.summaries;

import static dev.precis.lab.summaries.PairedFigures.and;
import static dev.precis.lab.summaries.PairedFigures.count;
import static dev.precis.lab.summaries.PairedFigures.countAbove;
import static dev.precis.lab.summaries.PairedFigures.diff;
import static dev.precis.lab.summaries.PairedFigures.mean;
import static dev.precis.lab.summaries.PairedFigures.paired;

import dev.precis.eval.rouge.RougeScorer;
import dev.precis.eval.summaries.ExtractiveOracle;
import dev.precis.eval.summaries.JsonlSummaryDataset;
import dev.precis.eval.summaries.SummaryCase;
import dev.precis.eval.summaries.SummaryEvaluation;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.pipeline.Precis;
import dev.precis.summarize.LeadSummarizer;
import dev.precis.summarize.PositionCentralitySummarizer;
import dev.precis.summarize.SentenceFeatureRows;
import dev.precis.summarize.SummaryModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Cross-fitted checks of a "free" summary model (one that departs from the lead, e.g. trees over the
 * shipped score) and of an article-level fallback to the lead on top of it, on CNN/DM tuning articles
 * only (train + the validation file's {@code fit} and {@code select} quarters; never its test half).
 * Each fitting article (train + {@code fit}, in {@link SummaryTreeTraining}'s order) is summarised by the
 * free model fitted without its fold ({@code --leave-out k/4}), each {@code select} article by the model
 * fitted on all of them, so the lead-strong proxy (sum30's third of the 1,000 with the highest Lead-3 /
 * oracle R-1 at three sentences) is judged out of sample. An {@link ArticleLogistic} classifier on
 * article-level features, itself cross-fitted over the same folds, predicts where Lead-3 beats the free
 * model (R-1 at three sentences plus at 75 words); above a threshold chosen on the fitting articles, the
 * article takes the fallback (Lead-3 or the shipped model) instead.
 *
 * With {@code --bonus c1,c2…} it also tries a proportional lead bonus: {@code c × p} added to the free
 * model's lead weight for each article ({@code c} chosen on the fitting articles).
 *
 * <p>With {@code --shipped FULL,FOLD0..FOLD3} ({@code FULL} may be {@code default}, the shipped file) the
 * reference ("shipped") is cross-fitted the same way: each fitting article is summarised by the shipped model
 * refitted without its fold ({@link ShippedRefit}), so the reference is out of sample too. With
 * {@code --added true} (or for one model, {@code --free-added} in place of {@code --free}) the classifier also gets {@link ArticleAddedFeatures} (what the free model's first
 * pick outside the lead adds to the lede). With {@code --margin-bonus true} the bonus {@code c × p} is also
 * tried on the fallback margin instead of the lead weight ({@link LeadBonusRound}).
 *
 * <p>Usage: {@code LeadBonusCheck --jsonl TRAIN --validation VALIDATION [--seeds DIR] [--lambda 1] [--bonus 1,2,4]
 * [--shipped FULL,F0,F1,F2,F3] [--added true] [--margin-bonus true] --free NAME=FULL,FOLD0,FOLD1,FOLD2,FOLD3 [--free …]}.
 */
public final class LeadBonusCheck {

    static final int FOLDS = 4;
    /** The fallback chosen per length: Lead-3 at three sentences, the reference (shipped) at 75 words. */
    static final String MIXED = "Lead-3@3+shipped@75w";
    static final RougeScorer ROUGE = new RougeScorer(true);
    private LeadBonusCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path train = null;
        Path validation = null;
        Path seeds = null;
        double lambda = 1;
        double[] bonuses = {};
        List<String> frees = new ArrayList<>();
        String shippedSpec = null;
        boolean added = false;
        boolean marginBonus = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jsonl" -> train = Path.of(args[i + 1]);
                case "--validation" -> validation = Path.of(args[i + 1]);
                case "--seeds" -> seeds = Path.of(args[i + 1]);
                case "--lambda" -> lambda = Double.parseDouble(args[i + 1]);
                case "--free" -> frees.add(args[i + 1]);
                case "--shipped" -> shippedSpec = args[i + 1];
                case "--added" -> added = Boolean.parseBoolean(args[i + 1]);
                case "--free-added" -> frees.add("+" + args[i + 1]);
                case "--margin-bonus" -> marginBonus = Boolean.parseBoolean(args[i + 1]);
                case "--bonus" -> bonuses = Arrays.stream(args[i + 1].split(",")).mapToDouble(Double::parseDouble).toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<SummaryCase> all = new ArrayList<>(JsonlSummaryDataset.read(train, splitter));
        List<SummaryCase> valid = JsonlSummaryDataset.read(validation, splitter);
        all.addAll(SummaryTreeTraining.quarter(valid, 1));
        int fitting = all.size();
        all.addAll(SummaryTreeTraining.quarter(valid, 3));
        int total = all.size();
        List<AnalyzedArticle> analyzed = new SummaryEvaluation(splitter).prepare(all);
        List<double[][]> rows = new ArrayList<>();
        for (AnalyzedArticle a : analyzed) {
            rows.add(SentenceFeatureRows.of(a));
        }
        LeadSummarizer lead = new LeadSummarizer(true);
        Summary[] lead3 = new Summary[total];
        IntStream.range(0, total).parallel().forEach(i -> lead3[i] = lead.summarize(analyzed.get(i), SummaryLength.sentences(3)));
        double[][] leadR = r1(all, analyzed, lead::summarize);
        ExtractiveOracle oracle = new ExtractiveOracle();
        double[] oracle3 = new double[total];
        IntStream.range(0, total).parallel().forEach(i -> oracle3[i] = rouge1(all.get(i), analyzed.get(i),
                oracle.select(analyzed.get(i), all.get(i).reference(), SummaryLength.sentences(3))));
        Integer[] order = IntStream.range(0, total).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -(oracle3[i] > 0 ? leadR[0][i] / oracle3[i] : 0)));
        boolean[] strong = new boolean[total];
        for (int r = 0; r < total / 3; r++) {
            strong[order[r]] = true;
        }
        boolean[] isFit = new boolean[total];
        Arrays.fill(isFit, 0, fitting, true);
        boolean[] isSelect = new boolean[total];
        Arrays.fill(isSelect, fitting, total, true);
        System.out.printf(Locale.ROOT, "articles %d (fitting %d, select %d); lead-strong proxy %d%n", total, fitting,
                total - fitting, total / 3);
        PositionCentralitySummarizer shippedSummarizer = new PositionCentralitySummarizer(SummaryModel.loadDefault());
        double[][] inSampleShipped = r1(all, analyzed, shippedSummarizer::summarize);
        // with --shipped the reference is cross-fitted too: each fitting article by the shipped model refitted without its fold
        double[][] shipped = shippedSpec == null ? inSampleShipped : byFold(shippedSpec, fitting, all, analyzed);
        if (shippedSpec != null) {
            System.out.printf(Locale.ROOT, "cross-fitted reference %s: vs the shipped file, proxy @3 %s, @75w %s; select @3 %s%n",
                    shippedSpec, paired(shipped[0], inSampleShipped[0], strong), paired(shipped[1], inSampleShipped[1], strong),
                    paired(shipped[0], inSampleShipped[0], isSelect));
        }
        System.out.printf(Locale.ROOT, "shipped: select R-1 @3 %.2f (margin %s), @75w %.2f (margin %s)%n",
                mean(shipped[0], isSelect), paired(shipped[0], leadR[0], isSelect), mean(shipped[1], isSelect),
                paired(shipped[1], leadR[1], isSelect));
        List<Article> seedArticles = seeds == null ? List.of() : readSeeds(seeds);
        for (String given : frees) {
            // a --free-added model: the classifier also gets the added features
            boolean addedHere = added || given.startsWith("+");
            String spec = given.startsWith("+") ? given.substring(1) : given;
            String name = spec.substring(0, spec.indexOf('='));
            String[] files = spec.substring(spec.indexOf('=') + 1).split(",");
            if (files.length != FOLDS + 1) {
                throw new IllegalArgumentException("--free " + spec + ": not NAME=FULL,FOLD0..FOLD" + (FOLDS - 1));
            }
            SummaryModel full = SummaryTreeTraining.readModel(Path.of(files[0]));
            SummaryModel[] byArticle = new SummaryModel[total];
            SummaryModel[] folds = new SummaryModel[FOLDS];
            for (int k = 0; k < FOLDS; k++) {
                folds[k] = SummaryTreeTraining.readModel(Path.of(files[k + 1]));
            }
            for (int i = 0; i < total; i++) {
                byArticle[i] = i < fitting ? folds[i % FOLDS] : full;
            }
            PositionCentralitySummarizer fullSummarizer = new PositionCentralitySummarizer(full);
            double[][] inSample = r1(all, analyzed, fullSummarizer::summarize);
            Summary[] free3 = new Summary[total];
            double[][] free = new double[2][total];
            IntStream.range(0, total).parallel().forEach(i -> {
                PositionCentralitySummarizer s = new PositionCentralitySummarizer(byArticle[i]);
                free3[i] = s.summarize(analyzed.get(i), SummaryLength.sentences(3));
                free[0][i] = rouge1(all.get(i), analyzed.get(i), free3[i]);
                free[1][i] = rouge1(all.get(i), analyzed.get(i), s.summarize(analyzed.get(i), SummaryLength.words(75)));
            });
            System.out.printf(Locale.ROOT, "%n== free model %s%n", name);
            report("free (cross-fitted)", free, shipped, leadR, strong, isFit, isSelect);
            System.out.printf(Locale.ROOT, "  in-sample proxy dR-1 vs shipped @3 %s, @75w %s; fitting part @3 %s, @75w %s%n",
                    paired(inSample[0], shipped[0], strong), paired(inSample[1], shipped[1], strong),
                    paired(inSample[0], shipped[0], and(strong, isFit)), paired(inSample[1], shipped[1], and(strong, isFit)));
            double[][] x = new double[total][];
            boolean[] y = new boolean[total];
            for (int i = 0; i < total; i++) {
                x[i] = features(analyzed.get(i), rows.get(i), byArticle[i], free3[i], lead3[i], addedHere);
                y[i] = leadR[0][i] + leadR[1][i] > free[0][i] + free[1][i];
            }
            double[] p = new double[total];
            for (int k = 0; k < FOLDS; k++) {
                final int fold = k;
                boolean[] use = new boolean[total];
                for (int i = 0; i < fitting; i++) {
                    use[i] = i % FOLDS != fold;
                }
                ArticleLogistic m = ArticleLogistic.fit(x, y, use, lambda);
                for (int i = fold; i < fitting; i += FOLDS) {
                    p[i] = m.probability(x[i]);
                }
            }
            ArticleLogistic m = ArticleLogistic.fit(x, y, isFit, lambda);
            for (int i = fitting; i < total; i++) {
                p[i] = m.probability(x[i]);
            }
            System.out.printf(Locale.ROOT, "  Lead-3 beats free on %d of %d fitting, %d of %d select; AUC cross-fitted fitting %.3f, select %.3f%n",
                    count(y, isFit), fitting, count(y, isSelect), total - fitting, ArticleLogistic.auc(p, y, isFit),
                    ArticleLogistic.auc(p, y, isSelect));
            double[] beta = m.coefficients();
            StringBuilder coef = new StringBuilder("  coefficients (standardised): intercept " + fmt(beta[0]));
            List<String> featureNames = new ArrayList<>(ArticleLeadFeatures.NAMES);
            if (addedHere) {
                featureNames.addAll(ArticleAddedFeatures.NAMES);
            }
            for (int k = 0; k < featureNames.size(); k++) {
                coef.append(", ").append(featureNames.get(k)).append(' ').append(fmt(beta[k + 1]));
            }
            System.out.println(coef);
            LeadBonusRound.run(bonuses, false, p, byArticle, all, analyzed, shipped, leadR, strong, isFit, isSelect, name);
            if (marginBonus) {
                LeadBonusRound.run(bonuses, true, p, byArticle, all, analyzed, shipped, leadR, strong, isFit, isSelect, name);
            }
            for (String fallbackName : List.of("Lead-3", "shipped", MIXED)) {
                // MIXED: Lead-3 at three sentences, the reference at 75 words
                double[][] fb = fallbackName.equals("Lead-3") ? leadR
                        : fallbackName.equals(MIXED) ? new double[][] {leadR[0], shipped[1]} : shipped;
                double chosen = choose(p, free, fb, shipped, strong, isFit);
                double[][] c = combine(p, chosen, free, fb);
                System.out.printf(Locale.ROOT, "  -- fallback %s, t %.2f (chosen on fitting); %d of %d select fall back%n",
                        fallbackName, chosen, countAbove(p, chosen, isSelect), total - fitting);
                report(name + "+" + fallbackName, c, shipped, leadR, strong, isFit, isSelect);
                seeds(seedArticles, full, m, chosen, fallbackName, lead, addedHere);
            }
        }
    }

    /** The threshold of the rule: best fitting mean R-1 (@3 + @75w) among those whose fitting proxy loss is within 0.05. */
    private static double choose(double[] p, double[][] free, double[][] fb, double[][] shipped, boolean[] strong,
            boolean[] isFit) {
        double best = Double.NaN;
        double bestObjective = Double.NEGATIVE_INFINITY;
        double leastLoss = Double.NEGATIVE_INFINITY;
        double leastLossT = Double.NaN;
        boolean[] fitStrong = and(strong, isFit);
        for (int step = 0; step <= 12; step++) {
            double t = 0.10 + 0.05 * step;
            double[][] c = combine(p, t, free, fb);
            double objective = (mean(c[0], isFit) + mean(c[1], isFit)) / 2;
            double loss = Math.min(diff(c[0], shipped[0], fitStrong), diff(c[1], shipped[1], fitStrong));
            System.out.printf(Locale.ROOT, "     t %.2f: %d of %d fitting fall back; fitting R-1 mean (@3, @75w) %.3f, fitting proxy dR-1 @3 %+.3f @75w %+.3f%n",
                    t, countAbove(p, t, isFit), count(isFit, isFit), objective, diff(c[0], shipped[0], fitStrong), diff(c[1], shipped[1], fitStrong));
            if (loss >= -0.05 && objective > bestObjective) {
                bestObjective = objective;
                best = t;
            }
            if (loss > leastLoss) {
                leastLoss = loss;
                leastLossT = t;
            }
        }
        return Double.isNaN(best) ? leastLossT : best;
    }

    private static double[][] combine(double[] p, double t, double[][] free, double[][] fb) {
        double[][] c = new double[2][p.length];
        for (int i = 0; i < p.length; i++) {
            for (int l = 0; l < 2; l++) {
                c[l][i] = p[i] >= t ? fb[l][i] : free[l][i];
            }
        }
        return c;
    }

    static void report(String name, double[][] r, double[][] shipped, double[][] leadR, boolean[] strong,
            boolean[] isFit, boolean[] isSelect) {
        System.out.printf(Locale.ROOT, "  %s: select R-1 @3 %.2f (margin over Lead-3 %s, vs shipped %s); @75w %.2f (margin %s, vs shipped %s)%n",
                name, mean(r[0], isSelect), paired(r[0], leadR[0], isSelect), paired(r[0], shipped[0], isSelect),
                mean(r[1], isSelect), paired(r[1], leadR[1], isSelect), paired(r[1], shipped[1], isSelect));
        System.out.printf(Locale.ROOT, "  %s: proxy dR-1 vs shipped @3 %s, @75w %s; fitting part @3 %s, @75w %s; select part @3 %s, @75w %s%n",
                name, paired(r[0], shipped[0], strong), paired(r[1], shipped[1], strong),
                paired(r[0], shipped[0], and(strong, isFit)), paired(r[1], shipped[1], and(strong, isFit)),
                paired(r[0], shipped[0], and(strong, isSelect)), paired(r[1], shipped[1], and(strong, isSelect)));
    }

    private static void seeds(List<Article> seeds, SummaryModel full, ArticleLogistic m, double t, String fallback,
            LeadSummarizer lead, boolean added) {
        Precis shippedPrecis = Precis.builder().summarizer(new PositionCentralitySummarizer(SummaryModel.loadDefault())).build();
        PositionCentralitySummarizer free = new PositionCentralitySummarizer(full);
        for (Article article : seeds) {
            AnalyzedArticle a = shippedPrecis.sentences(article);
            double[][] rows = SentenceFeatureRows.of(a);
            double p = m.probability(features(a, rows, full, free.summarize(a, SummaryLength.sentences(3)),
                    lead.summarize(a, SummaryLength.sentences(3)), added));
            for (SummaryLength l : List.of(SummaryLength.DEFAULT, SummaryLength.sentences(3))) {
                Summary base = shippedPrecis.summarize(a, l);
                Summary mine = p < t ? free.summarize(a, l)
                        : fallback.equals("Lead-3") || (fallback.equals(MIXED) && l.unit() == SummaryLength.Unit.SENTENCES)
                        ? lead.summarize(a, l) : base;
                String text = String.join(" | ", mine.texts(article.text()));
                boolean same = text.equals(String.join(" | ", base.texts(article.text())));
                System.out.printf(Locale.ROOT, "     seed %s %s p %.2f %s%n", article.id(), l,
                        p, same ? "unchanged" : "CHANGED: " + text);
            }
        }
    }

    /** R-1 (@3, @75w) with each fitting article summarised by its fold's model of {@code spec} (FULL,F0..F3), select by FULL. */
    private static double[][] byFold(String spec, int fitting, List<SummaryCase> all, List<AnalyzedArticle> analyzed)
            throws IOException {
        String[] files = spec.split(",");
        if (files.length != FOLDS + 1) {
            throw new IllegalArgumentException("--shipped " + spec + ": not FULL,FOLD0..FOLD" + (FOLDS - 1));
        }
        SummaryModel[] m = new SummaryModel[FOLDS + 1];
        for (int k = 0; k <= FOLDS; k++) {
            m[k] = SummaryTreeTraining.readModel(files[k].equals("default") ? null : Path.of(files[k]));
        }
        double[][] out = new double[2][all.size()];
        IntStream.range(0, all.size()).parallel().forEach(i -> {
            PositionCentralitySummarizer s = new PositionCentralitySummarizer(i < fitting ? m[1 + i % FOLDS] : m[0]);
            out[0][i] = rouge1(all.get(i), analyzed.get(i), s.summarize(analyzed.get(i), SummaryLength.sentences(3)));
            out[1][i] = rouge1(all.get(i), analyzed.get(i), s.summarize(analyzed.get(i), SummaryLength.words(75)));
        });
        return out;
    }

    /** The classifier's features: {@link ArticleLeadFeatures}, and with {@code added} {@link ArticleAddedFeatures} after them. */
    private static double[] features(AnalyzedArticle a, double[][] rows, SummaryModel model, Summary free3, Summary lead3,
            boolean added) {
        double[] base = ArticleLeadFeatures.of(a, rows, model, free3, lead3);
        if (!added) {
            return base;
        }
        double[] more = ArticleAddedFeatures.of(a, free3, lead3);
        double[] out = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    private static double[][] r1(List<SummaryCase> cases, List<AnalyzedArticle> analyzed,
            java.util.function.BiFunction<AnalyzedArticle, SummaryLength, Summary> system) {
        double[][] out = new double[2][cases.size()];
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            out[0][i] = rouge1(cases.get(i), analyzed.get(i), system.apply(analyzed.get(i), SummaryLength.sentences(3)));
            out[1][i] = rouge1(cases.get(i), analyzed.get(i), system.apply(analyzed.get(i), SummaryLength.words(75)));
        });
        return out;
    }

    static double rouge1(SummaryCase c, AnalyzedArticle a, Summary s) {
        return 100 * ROUGE.score(c.reference(), String.join("\n", s.texts(a.article().text()))).rouge1().f1();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    private static List<Article> readSeeds(Path folder) throws IOException {
        Precis reader = Precis.builder().build();
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(q -> q.toString().endsWith(".txt")).sorted().toList()) {
                out.add(reader.readText(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}
