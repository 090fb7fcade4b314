package dev.precis.lab.summaries;

import dev.precis.eval.rouge.RougeScorer;
import dev.precis.eval.rouge.RougeScores;
import dev.precis.eval.summaries.JsonlSummaryDataset;
import dev.precis.eval.summaries.SummaryCase;
import dev.precis.eval.summaries.SummaryEvaluation;
import dev.precis.eval.summaries.SummaryTuner;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.summarize.PositionCentralitySummarizer;
import dev.precis.summarize.SummaryBeam;
import dev.precis.summarize.SummaryCandidate;
import dev.precis.summarize.SummaryModel;
import dev.precis.summarize.SummaryRanker;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Fits a {@link SummaryRanker}: for every article of a tuning file, the candidate summaries at three sentences (the
 * greedy summary, the shipped beam's other paths and the article's Lead-3) are scored once against the reference
 * (stemmed ROUGE-1, -2 and -Lsum F1, as {@code eval summaries}); a pairwise logistic regression ({@link
 * ArticleLogistic} on the differences of two candidates' features, labelled by which scores the higher ROUGE) learns
 * the ranker. Its settings (penalty, the least label difference that makes a pair, the label, the margin the greedy
 * summary keeps, the shipped lede-share guard kept or not) are chosen by cross-validation within the file: each
 * fold's articles are chosen by a ranker fitted on the other folds, and the out-of-fold mean of six (the 75-word
 * summaries are the greedy ones, as shipped) is printed against the shipped model's, over the file and over its
 * lede-rewrite sixth (the articles whose reference restates the first sentence most). The chosen setting, fitted on
 * the whole file, is then applied once to each {@code --apply} file (its own lede-rewrite sixth beside it) and can be
 * written as a model file.
 *
 * <p>Usage: {@code SummaryRankFit --jsonl FIT [--apply SELECT] [--model F] [--folds 5] [--lambdas 1,10]
 * [--gaps 0,0.02] [--labels r1,mean] [--margins 0,0.5] [--lede-shares 0,0.3] [--choose N] [--write-model OUT]}; with
 * {@code --choose N} the N-th best setting by the rule's order (0: the best) is the one fitted and applied.
 */
public final class SummaryRankFit {

    private static final RougeScorer ROUGE = new RougeScorer(true);

    /** One article: its candidates' features and ROUGE rows at three sentences, the shipped pick, the 75-word row. */
    private record Article(double[][] x, double[][] rouge, double lede, int shipped, double[] words75) {
    }

    /** One setting of the ranker's fit. */
    private record Setting(double lambda, double gap, String label, double margin, double ledeShare) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "lambda %6.2f gap %.3f label %-4s margin %.2f ledeShare %.2f", lambda, gap,
                    label, margin, ledeShare);
        }
    }

    private SummaryRankFit() {
    }

    public static void main(String[] args) throws IOException {
        Path file = null;
        List<Path> apply = new ArrayList<>();
        Path modelFile = null;
        Path writeModel = null;
        int folds = 5;
        int choose = 0;
        double[] lambdas = {0.1, 1, 10, 100};
        double[] gaps = {0, 0.02, 0.05};
        List<String> labels = List.of("r1", "mean");
        double[] margins = {0, 0.25, 0.5, 1, 2};
        double[] ledeShares = {0, 0.3};
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jsonl" -> file = Path.of(args[i + 1]);
                case "--apply" -> apply.add(Path.of(args[i + 1]));
                case "--model" -> modelFile = Path.of(args[i + 1]);
                case "--write-model" -> writeModel = Path.of(args[i + 1]);
                case "--folds" -> folds = Integer.parseInt(args[i + 1]);
                case "--choose" -> choose = Integer.parseInt(args[i + 1]);
                case "--lambdas" -> lambdas = doubles(args[i + 1]);
                case "--gaps" -> gaps = doubles(args[i + 1]);
                case "--labels" -> labels = List.of(args[i + 1].split(","));
                case "--margins" -> margins = doubles(args[i + 1]);
                case "--lede-shares" -> ledeShares = doubles(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("give --jsonl FILE");
        }
        SummaryModel model = SummaryBeamFit.model(modelFile);
        List<Article> fit = new ArrayList<>();
        boolean[] fitLede = load(file, model, fit);
        double[] shipped = six(fit, null, null);
        double[] shippedLede = six(fit, fitLede, null);
        System.out.printf(Locale.ROOT, "%s: %d articles, %.1f candidates an article; shipped: %s; lede-rewrite sixth: %s%n",
                file.getFileName(), fit.size(), fit.stream().mapToInt(a -> a.x().length).average().orElse(0),
                figures(shipped), figures(shippedLede));
        System.out.printf(Locale.ROOT, "oracle among the candidates: %s%n", figures(oracle(fit)));
        List<Setting> settings = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        List<double[]> lede = new ArrayList<>();
        for (double lambda : lambdas) {
            for (double gap : gaps) {
                for (String label : labels) {
                    for (double share : ledeShares) {
                        // out of fold: each fold's articles ranked by a ranker fitted on the others
                        double[][] w = new double[folds][];
                        final int k = folds;
                        for (int f = 0; f < folds; f++) {
                            final int held = f;
                            w[f] = train(fit, i -> i % k != held, gap, label, lambda, share);
                        }
                        for (double margin : margins) {
                            settings.add(new Setting(lambda, gap, label, margin, share));
                            int[] pick = new int[fit.size()];
                            for (int i = 0; i < fit.size(); i++) {
                                pick[i] = choose(fit.get(i), w[i % folds], margin, share);
                            }
                            all.add(six(fit, null, pick));
                            lede.add(six(fit, fitLede, pick));
                        }
                    }
                }
            }
        }
        Integer[] order = IntStream.range(0, settings.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -all.get(i)[6]));
        System.out.println("out of fold, best first (mean of six and R-1 at 3 minus the shipped model's; '*': holds"
                + " the lede-rewrite sixth within 0.05):");
        List<Integer> held = new ArrayList<>();
        for (int r = 0; r < order.length; r++) {
            int i = order[r];
            boolean holds = lede.get(i)[6] - shippedLede[6] >= -0.05;
            if (holds) {
                held.add(i);
            }
            if (r < 25 || holds && held.size() <= 10) {
                System.out.printf(Locale.ROOT, "%s %s | all %+.3f (R-1 at 3 %+.2f) | lede sixth %+.3f (R-1 at 3 %+.2f)%n",
                        holds ? "*" : " ", settings.get(i), all.get(i)[6] - shipped[6], all.get(i)[0] - shipped[0],
                        lede.get(i)[6] - shippedLede[6], lede.get(i)[0] - shippedLede[0]);
            }
        }
        if (held.isEmpty()) {
            System.out.println("no setting holds the lede-rewrite sixth: no ranker");
            return;
        }
        Setting best = settings.get(held.get(Math.min(choose, held.size() - 1)));
        double[] weights = train(fit, i -> true, best.gap(), best.label(), best.lambda(), best.ledeShare());
        SummaryRanker ranker = new SummaryRanker(weights, best.margin());
        System.out.println("chosen: " + best + "; fitted on the whole file:");
        for (int k = 0; k < weights.length; k++) {
            System.out.printf(Locale.ROOT, "  %-15s %+.4f%n", SummaryRanker.NAMES.get(k), weights[k]);
        }
        report(file.getFileName().toString(), fit, fitLede, ranker, best.ledeShare());
        for (Path a : apply) {
            List<Article> arts = new ArrayList<>();
            boolean[] aLede = load(a, model, arts);
            report(a.getFileName().toString(), arts, aLede, ranker, best.ledeShare());
        }
        if (writeModel != null) {
            SummaryBeam b = model.beam();
            SummaryBeam beam = new SummaryBeam(b.width(), b.coverage(), b.words(), b.budget(), b.margin(), b.swaps(),
                    b.minSentences(), best.ledeShare(), b.ledeMargin(), ranker);
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(writeModel), StandardCharsets.UTF_8)) {
                model.withBeam(beam).write(out);
            }
            System.out.println("wrote " + writeModel);
        }
    }

    private static void report(String name, List<Article> arts, boolean[] ledeSixth, SummaryRanker ranker, double share) {
        int[] pick = new int[arts.size()];
        int changed = 0;
        int lead = 0;
        for (int i = 0; i < arts.size(); i++) {
            pick[i] = choose(arts.get(i), ranker.weights(), ranker.margin(), share);
            changed += pick[i] != arts.get(i).shipped() ? 1 : 0;
            lead += arts.get(i).x()[pick[i]][3] == 1 ? 1 : 0;
        }
        double[] s = six(arts, null, null);
        double[] sl = six(arts, ledeSixth, null);
        double[] r = six(arts, null, pick);
        double[] rl = six(arts, ledeSixth, pick);
        System.out.printf(Locale.ROOT, "%s (%d articles; %d choices differ from the shipped model's, %d summaries hold the"
                + " whole Lead-3):%n  shipped %s%n  ranker  %s  (mean of six %+.3f, R-1 at 3 %+.2f)%n  lede-rewrite sixth"
                + " (%d): shipped %s%n  ranker  %s  (mean of six %+.3f, R-1 at 3 %+.2f)%n", name, arts.size(), changed,
                lead, figures(s), figures(r), r[6] - s[6], r[0] - s[0], count(ledeSixth), figures(sl), figures(rl),
                rl[6] - sl[6], rl[0] - sl[0]);
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }

    /** Reads {@code file}'s articles into {@code out}; returns its lede-rewrite sixth. */
    private static boolean[] load(Path file, SummaryModel model, List<Article> out) throws IOException {
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<SummaryCase> cases = JsonlSummaryDataset.read(file, splitter);
        List<AnalyzedArticle> analyzed = new SummaryEvaluation(splitter).prepare(cases);
        SummaryBeam b = model.beam();
        // every article's candidates, the Lead-3 among them: a ranker of zeros, and no lede guard while collecting
        SummaryBeam collect = new SummaryBeam(b.width(), b.coverage(), b.words(), b.budget(), b.margin(), b.swaps(), 0,
                0, b.ledeMargin(), new SummaryRanker(new double[SummaryRanker.NAMES.size()], 0));
        PositionCentralitySummarizer candidates = new PositionCentralitySummarizer(model.withBeam(collect));
        PositionCentralitySummarizer shipped = new PositionCentralitySummarizer(model);
        SummaryLength three = SummaryLength.sentences(3);
        SummaryLength budget = SummaryLength.words(SummaryTuner.WORD_BUDGET);
        Article[] arts = new Article[cases.size()];
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            AnalyzedArticle a = analyzed.get(i);
            String reference = cases.get(i).reference();
            List<SummaryCandidate> cs = candidates.candidates(a, three);
            SummaryCandidate greedy = cs.get(0);
            double[][] x = new double[cs.size()][];
            double[][] rouge = new double[cs.size()][];
            for (int k = 0; k < cs.size(); k++) {
                x[k] = SummaryRanker.features(cs.get(k), greedy);
                rouge[k] = rouge(reference, a, cs.get(k).sentences());
            }
            List<SummarySentence> ship = shipped.summarize(a, three).sentences();
            int at = -1;
            for (int k = 0; k < cs.size() && at < 0; k++) {
                if (same(cs.get(k).sentences(), ship)) {
                    at = k;
                }
            }
            if (at < 0) {
                throw new IllegalStateException("article " + i + ": the shipped summary is not among the candidates");
            }
            double[] w75 = rouge(reference, a, shipped.summarize(a, budget).sentences());
            arts[i] = new Article(x, rouge, greedy.lede(), at, w75);
        });
        out.addAll(List.of(arts));
        return SummaryBeamFit.ledeRewriteSixth(cases, analyzed);
    }

    private static boolean same(List<SummarySentence> a, List<SummarySentence> b) {
        return a.stream().map(SummarySentence::sentenceIndex).sorted().toList()
                .equals(b.stream().map(SummarySentence::sentenceIndex).sorted().toList());
    }

    private static double[] rouge(String reference, AnalyzedArticle a, List<SummarySentence> sentences) {
        List<String> texts = sentences.stream().sorted(Comparator.comparing(SummarySentence::range))
                .map(s -> s.range().slice(a.article().text())).toList();
        RougeScores s = ROUGE.score(reference, String.join("\n", texts));
        double words = 0;
        for (String t : texts) {
            words += t.isBlank() ? 0 : t.strip().split("\\s+").length;
        }
        return new double[] {s.rouge1().f1(), s.rouge2().f1(), s.rougeLsum().f1(), words};
    }

    private static double label(double[] rouge, String label) {
        return switch (label) {
            case "r1" -> rouge[0];
            case "mean" -> (rouge[0] + rouge[1] + rouge[2]) / 3;
            default -> throw new IllegalArgumentException("--labels r1 or mean, got " + label);
        };
    }

    /**
     * The ranker's raw weights fitted on the articles {@code use} accepts (and the lede guard does not hold): both
     * orders of every pair of one article's candidates whose labels differ by more than {@code gap}.
     */
    private static double[] train(List<Article> arts, java.util.function.IntPredicate use, double gap, String label,
                                  double lambda, double share) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (int i = 0; i < arts.size(); i++) {
            Article a = arts.get(i);
            if (!use.test(i) || share > 0 && a.lede() >= share) {
                continue;
            }
            for (int p = 0; p < a.x().length; p++) {
                for (int q = p + 1; q < a.x().length; q++) {
                    double d = label(a.rouge()[p], label) - label(a.rouge()[q], label);
                    if (Math.abs(d) <= gap) {
                        continue;
                    }
                    double[] diff = new double[a.x()[p].length];
                    for (int k = 0; k < diff.length; k++) {
                        diff[k] = a.x()[p][k] - a.x()[q][k];
                    }
                    double[] neg = new double[diff.length];
                    for (int k = 0; k < diff.length; k++) {
                        neg[k] = -diff[k];
                    }
                    rows.add(diff);
                    ys.add(d > 0);
                    rows.add(neg);
                    ys.add(d < 0);
                }
            }
        }
        double[][] x = rows.toArray(double[][]::new);
        boolean[] y = new boolean[ys.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ys.get(i);
        }
        ArticleLogistic m = ArticleLogistic.fit(x, y, null, lambda);
        // the model is linear in the raw features: read each raw weight off its logit
        int d = x[0].length;
        double base = logit(m.probability(new double[d]));
        double[] w = new double[d];
        for (int k = 0; k < d; k++) {
            double[] e = new double[d];
            e[k] = 1;
            w[k] = logit(m.probability(e)) - base;
        }
        return w;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /** The candidate the ranker {@code w} picks (0, the greedy one, unless another beats it by more than the margin). */
    private static int choose(Article a, double[] w, double margin, double share) {
        if (share > 0 && a.lede() >= share) {
            return 0;
        }
        int best = 0;
        double bestScore = dot(w, a.x()[0]) + margin;
        for (int k = 1; k < a.x().length; k++) {
            double s = dot(w, a.x()[k]);
            if (s > bestScore) {
                best = k;
                bestScore = s;
            }
        }
        return best;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int k = 0; k < w.length; k++) {
            s += w[k] * x[k];
        }
        return s;
    }

    private static int[] oraclePicks(List<Article> arts) {
        int[] pick = new int[arts.size()];
        for (int i = 0; i < arts.size(); i++) {
            double[][] r = arts.get(i).rouge();
            for (int k = 1; k < r.length; k++) {
                if (label(r[k], "mean") > label(r[pick[i]], "mean")) {
                    pick[i] = k;
                }
            }
        }
        return pick;
    }

    private static double[] oracle(List<Article> arts) {
        return six(arts, null, oraclePicks(arts));
    }

    /**
     * R-Lsum ×100 at three sentences (the candidate {@code pick} names; null: the shipped one) and at 75
     * words (the shipped summary), their mean, the mean words at each length; over the articles {@code only} marks.
     */
    private static double[] six(List<Article> arts, boolean[] only, int[] pick) {
        double[] sum = new double[9];
        int n = 0;
        for (int i = 0; i < arts.size(); i++) {
            if (only != null && !only[i]) {
                continue;
            }
            n++;
            Article a = arts.get(i);
            double[] r = a.rouge()[pick == null ? a.shipped() : pick[i]];
            for (int k = 0; k < 3; k++) {
                sum[k] += 100 * r[k];
                sum[3 + k] += 100 * a.words75()[k];
            }
            sum[7] += r[3];
            sum[8] += a.words75()[3];
        }
        return SummaryBeamFit.means(sum, n);
    }

    private static double[] doubles(String s) {
        return java.util.Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static String figures(double[] m) {
        return SummaryBeamFit.figures(m);
    }
}
