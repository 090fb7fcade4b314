package dev.precis.lab.summaries;

import dev.precis.eval.rouge.RougeScorer;
import dev.precis.eval.rouge.RougeScores;
import dev.precis.eval.summaries.ExtractiveOracle;
import dev.precis.eval.summaries.JsonlSummaryDataset;
import dev.precis.eval.summaries.SummaryCase;
import dev.precis.eval.summaries.SummaryEvaluation;
import dev.precis.eval.summaries.SummaryTuner;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.summarize.LeadSummarizer;
import dev.precis.summarize.PositionCentralitySummarizer;
import dev.precis.summarize.SummaryBeam;
import dev.precis.summarize.SummaryCandidate;
import dev.precis.summarize.SummaryModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Fits a {@link SummaryBeam}'s two weights on one tuning file: for each width (and each of the beam's
 * ways under a word budget) every article's candidate summaries at three sentences and at the 75-word budget are
 * scored once against its reference (stemmed ROUGE-1, -2 and -Lsum F1, as {@code eval summaries} scores
 * them); then each point of a grid of coverage and word weights picks, per article, the candidate
 * {@link SummaryBeam#best} picks, and the mean of the six figures is printed against the greedy summary's,
 * over all articles and over the lead-strong third (sum33's proxy: the articles whose Lead-3 R-1 is closest to
 * the extractive oracle's at three sentences, where the lead is the summary and a departure from it costs).
 *
 * <p>The grid also walks the beam's guards ({@link SummaryBeam#margin()}, {@link SummaryBeam#swaps()}), and the
 * best settings are printed twice: over all, and among those that do not lose on the lead-strong third (its mean
 * of six and its R-1 at three sentences at least the greedy summary's less {@code --hold}).
 *
 * <p>Usage: {@code SummaryBeamFit --jsonl FIT [--model F] [--widths 2,3,4] [--budgets greedy,beam,stop]
 * [--margins 0,1,2] [--swaps 0,1] [--min-sentences 0,12] [--lede-shares 0,0.2] [--lede-margins 0,4]
 * [--proxy third|lede] [--write-proxy FILE]
 * [--coverages 0,8,16] [--words 0,0.1] [--hold 0.05] [--lead-gate true]
 * [--top 12]}; {@code --lead-gate true} keeps the greedy summary wherever its sentences follow one another (sum45
 * tried it: it keeps most of the gain away too).
 */
public final class SummaryBeamFit {

    private static final RougeScorer ROUGE = new RougeScorer(true);
    /** Keep the greedy summary where it is the lead (its sentences follow one another): an exploration switch. */
    private static boolean leadGate;
    /** Each article's sentences, as the summarizer counts them for {@link SummaryBeam#appliesTo}. */
    private static int[] sentenceCounts;
    private static double[] coverages = {0, 4, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 96};
    private static double[] wordCosts = {0, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3};

    /** One article's candidates at one length: their six-figure-ready ROUGE rows, and the candidates. */
    private record Scored(List<SummaryCandidate> candidates, double[][] rouge) {
    }

    private SummaryBeamFit() {
    }

    public static void main(String[] args) throws IOException {
        Path file = null;
        Path modelFile = null;
        List<Integer> widths = List.of(2, 3, 4);
        List<SummaryBeam.Budget> budgets = List.of(SummaryBeam.Budget.values());
        List<Double> margins = List.of(0.0);
        List<Integer> swapCaps = List.of(0);
        List<Integer> minSentences = List.of(0);
        List<Double> ledeShares = List.of(0.0);
        List<Double> ledeMargins = List.of(0.0);
        double hold = 0.05;
        int top = 12;
        String proxy = "third";
        Path writeProxy = null;
        Path dump = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jsonl" -> file = Path.of(args[i + 1]);
                case "--model" -> modelFile = Path.of(args[i + 1]);
                case "--widths" -> widths = List.of(args[i + 1].split(",")).stream().map(Integer::parseInt).toList();
                case "--top" -> top = Integer.parseInt(args[i + 1]);
                case "--budgets" -> budgets = List.of(args[i + 1].split(",")).stream()
                        .map(b -> SummaryBeam.Budget.valueOf(b.toUpperCase(Locale.ROOT))).toList();
                case "--margins" -> margins = List.of(args[i + 1].split(",")).stream().map(Double::parseDouble).toList();
                case "--min-sentences" -> minSentences = List.of(args[i + 1].split(",")).stream()
                        .map(Integer::parseInt).toList();
                case "--lede-shares" -> ledeShares = List.of(args[i + 1].split(",")).stream()
                        .map(Double::parseDouble).toList();
                case "--lede-margins" -> ledeMargins = List.of(args[i + 1].split(",")).stream()
                        .map(Double::parseDouble).toList();
                case "--swaps" -> swapCaps = List.of(args[i + 1].split(",")).stream().map(Integer::parseInt).toList();
                case "--hold" -> hold = Double.parseDouble(args[i + 1]);
                case "--coverages" -> coverages = java.util.Arrays.stream(args[i + 1].split(","))
                        .mapToDouble(Double::parseDouble).toArray();
                case "--words" -> wordCosts = java.util.Arrays.stream(args[i + 1].split(","))
                        .mapToDouble(Double::parseDouble).toArray();
                case "--lead-gate" -> leadGate = Boolean.parseBoolean(args[i + 1]);
                case "--proxy" -> proxy = args[i + 1];
                case "--write-proxy" -> writeProxy = Path.of(args[i + 1]);
                case "--dump" -> dump = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("give --jsonl FILE");
        }
        SummaryModel model = model(modelFile);
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<SummaryCase> cases = JsonlSummaryDataset.read(file, splitter);
        List<AnalyzedArticle> analyzed = new SummaryEvaluation(splitter).prepare(cases);
        List<SummaryLength> lengths = List.of(SummaryLength.sentences(3), SummaryLength.words(SummaryTuner.WORD_BUDGET));
        boolean[] strong = switch (proxy) {
            case "third" -> leadStrongThird(cases, analyzed);
            case "lede" -> ledeRewriteSixth(cases, analyzed);
            default -> throw new IllegalArgumentException("--proxy third or lede, got " + proxy);
        };
        if (writeProxy != null) {
            writeSubset(file, cases, strong, writeProxy);
        }
        sentenceCounts = analyzed.stream().mapToInt(a -> a.sentences().size()).toArray();
        List<List<Scored>> greedyScored = List.of(scoreGreedy(cases, analyzed, model, lengths.get(0)),
                scoreGreedy(cases, analyzed, model, lengths.get(1)));
        System.out.println("proxy (the 'lead-strong third' columns): " + (proxy.equals("lede")
                ? "the lede-rewrite sixth (reference's R-2 with sentence 1)" : "the lead-strong third"));
        double[] greedy = six(greedyScored, SummaryBeam.NONE, null);
        double[] greedyStrong = six(greedyScored, SummaryBeam.NONE, strong);
        System.out.printf(Locale.ROOT, "%s: %d articles; greedy: %s; lead-strong third: %s%n", file.getFileName(),
                cases.size(), figures(greedy), figures(greedyStrong));
        printLedeShares(greedyScored.get(0), strong);
        List<String> rows = new ArrayList<>();
        List<double[]> means = new ArrayList<>();
        List<double[]> strongMeans = new ArrayList<>();
        for (int width : widths) {
            List<Scored> three = score(cases, analyzed, beamed(model, width, SummaryBeam.Budget.BEAM), lengths.get(0));
            printMargins(three, width);
            for (SummaryBeam.Budget budget : budgets) {
                List<Scored> budgeted = budget == SummaryBeam.Budget.GREEDY ? greedyScored.get(1)
                        : score(cases, analyzed, beamed(model, width, budget), lengths.get(1));
                for (int swaps : swapCaps) {
                    for (double g : margins) {
                        for (double c : coverages) {
                            for (double w : wordCosts) {
                                for (int k : minSentences) {
                                    for (double ls : ledeShares) {
                                        for (double lm : ledeMargins) {
                                            SummaryBeam beam = new SummaryBeam(width, c, w, budget, g, swaps, k, ls, lm);
                                            if (dump != null && rows.isEmpty()) {
                                                dump(dump, three, beam, strong);
                                            }
                                            rows.add(String.format(Locale.ROOT, "width %d budget %-6s swaps %d margin"
                                                    + " %5.2f coverage %5.2f words %6.3f min %2d ledeShare %.3f"
                                                    + " ledeMargin %5.2f", width, budget, swaps, g, c, w, k, ls, lm));
                                            means.add(six(List.of(three, budgeted), beam, null));
                                            strongMeans.add(six(List.of(three, budgeted), beam, strong));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        Integer[] order = IntStream.range(0, rows.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -means.get(i)[6]));
        System.out.println("best overall:");
        for (int r = 0; r < Math.min(top, order.length); r++) {
            print(rows, means, strongMeans, order[r], greedy, greedyStrong);
        }
        System.out.printf(Locale.ROOT, "best holding the lead-strong third (its mean of six and R-1 at 3 sentences"
                + " >= greedy's - %.2f):%n", hold);
        int shown = 0;
        for (int r = 0; r < order.length && shown < top; r++) {
            double[] st = strongMeans.get(order[r]);
            if (st[6] - greedyStrong[6] >= -hold && st[0] - greedyStrong[0] >= -hold) {
                print(rows, means, strongMeans, order[r], greedy, greedyStrong);
                shown++;
            }
        }
    }

    /** The model in {@code modelFile}, or the shipped one when it is null. */
    static SummaryModel model(Path modelFile) throws IOException {
        if (modelFile == null) {
            return SummaryModel.loadDefault();
        }
        try (InputStream in = Files.newInputStream(modelFile)) {
            return SummaryModel.read(in);
        }
    }

    private static void print(List<String> rows, List<double[]> means, List<double[]> strongMeans, int i,
                              double[] greedy, double[] greedyStrong) {
        double[] m = means.get(i);
        double[] st = strongMeans.get(i);
        System.out.printf(Locale.ROOT, "%s | %s | mean of six %+.3f | lead-strong third: R-1 at 3 %+.2f, mean of six %+.3f%n",
                rows.get(i), figures(m), m[6] - greedy[6], st[0] - greedyStrong[0], st[6] - greedyStrong[6]);
    }

    /** Per article at three sentences: in the proxy, lede share, sentences, greedy and chosen R-1/R-2/R-Lsum. */
    private static void dump(Path out, List<Scored> three, SummaryBeam beam, boolean[] strong) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < three.size(); i++) {
            Scored s = three.get(i);
            double[] g = s.rouge()[0];
            double[] b = beam.appliesTo(sentenceCounts[i]) ? s.rouge()[s.candidates().indexOf(beam.best(s.candidates()))] : g;
            lines.add(String.format(Locale.ROOT, "%d\t%d\t%.4f\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%s", i,
                    strong[i] ? 1 : 0, s.candidates().get(0).lede(), sentenceCounts[i], g[0], g[1], g[2], b[0], b[1], b[2],
                    s.candidates().get(0).sentences().stream().map(x -> String.valueOf(x.sentenceIndex())).toList()
                    + ">" + beam.best(s.candidates()).sentences().stream().map(x -> String.valueOf(x.sentenceIndex())).toList()));
        }
        Files.write(out, lines);
    }

    /** The lede's share of the salient term weight, in quantiles, over all articles and over the proxy's. */
    private static void printLedeShares(List<Scored> three, boolean[] strong) {
        for (boolean onlyProxy : new boolean[] {false, true}) {
            double[] d = IntStream.range(0, three.size()).filter(i -> !onlyProxy || strong[i])
                    .mapToDouble(i -> three.get(i).candidates().get(0).lede()).sorted().toArray();
            System.out.printf(Locale.ROOT, "lede's share of the salient weight (%s), quantiles 10/25/50/75/90: "
                    + "%.3f %.3f %.3f %.3f %.3f%n", onlyProxy ? "proxy" : "all", d[d.length / 10], d[d.length / 4],
                    d[d.length / 2], d[3 * d.length / 4], d[9 * d.length / 10]);
        }
    }

    /** How far the best other candidate's path lies above the greedy one's, in quantiles: the margin's scale. */
    private static void printMargins(List<Scored> three, int width) {
        double[] d = three.stream().filter(s -> s.candidates().size() > 1).mapToDouble(s -> {
            double g = s.candidates().get(0).path();
            double best = Double.NEGATIVE_INFINITY;
            for (int k = 1; k < s.candidates().size(); k++) {
                best = Math.max(best, s.candidates().get(k).path());
            }
            return g - best;
        }).sorted().toArray();
        if (d.length > 0) {
            System.out.printf(Locale.ROOT, "width %d: greedy path minus the next best path, quantiles 10/25/50/75/90: "
                    + "%.3f %.3f %.3f %.3f %.3f%n", width, d[d.length / 10], d[d.length / 4], d[d.length / 2],
                    d[3 * d.length / 4], d[9 * d.length / 10]);
        }
    }

    private static PositionCentralitySummarizer beamed(SummaryModel model, int width, SummaryBeam.Budget budget) {
        return new PositionCentralitySummarizer(model.withBeam(new SummaryBeam(width, 0, 0, budget)));
    }

    private static List<Scored> scoreGreedy(List<SummaryCase> cases, List<AnalyzedArticle> analyzed, SummaryModel model,
                                            SummaryLength length) {
        return score(cases, analyzed, new PositionCentralitySummarizer(model.withBeam(SummaryBeam.NONE)), length);
    }

    private static List<Scored> score(List<SummaryCase> cases, List<AnalyzedArticle> analyzed,
                                      PositionCentralitySummarizer summarizer, SummaryLength length) {
        Scored[] out = new Scored[cases.size()];
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            AnalyzedArticle a = analyzed.get(i);
            List<SummaryCandidate> candidates = summarizer.candidates(a, length);
            double[][] rouge = new double[candidates.size()][];
            for (int k = 0; k < candidates.size(); k++) {
                List<String> texts = candidates.get(k).sentences().stream()
                        .sorted(Comparator.comparing(SummarySentence::range))
                        .map(s -> s.range().slice(a.article().text())).toList();
                RougeScores s = ROUGE.score(cases.get(i).reference(), String.join("\n", texts));
                rouge[k] = new double[] {s.rouge1().f1(), s.rouge2().f1(), s.rougeLsum().f1(), candidates.get(k).words()};
            }
            out[i] = new Scored(candidates, rouge);
        });
        return List.of(out);
    }

    /** The third of the articles whose Lead-3 R-1 is the largest share of the oracle's, at three sentences. */
    private static boolean[] leadStrongThird(List<SummaryCase> cases, List<AnalyzedArticle> analyzed) {
        ExtractiveOracle oracle = new ExtractiveOracle();
        LeadSummarizer lead = new LeadSummarizer(true);
        SummaryLength three = SummaryLength.sentences(3);
        double[] share = new double[cases.size()];
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            AnalyzedArticle a = analyzed.get(i);
            String reference = cases.get(i).reference();
            double best = rouge1(reference, a, oracle.select(a, reference, three));
            share[i] = best > 0 ? rouge1(reference, a, lead.summarize(a, three)) / best : 0;
        });
        return largest(share, cases.size() / 3);
    }

    /** Marks the {@code count} articles with the largest {@code value} (ties to the earlier article). */
    private static boolean[] largest(double[] value, int count) {
        Integer[] order = IntStream.range(0, value.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -value[i]));
        boolean[] marked = new boolean[value.length];
        for (int r = 0; r < count; r++) {
            marked[order[r]] = true;
        }
        return marked;
    }

    /**
     * The sixth of the articles whose reference restates the lede most: the largest ROUGE-2 F1 between the
     * reference and the article's first sentence (the summarizer's own split). These are the articles whose human
     * summary is a rewrite of the first sentence, the kind of summary a news-brief desk writes.
     */
    static boolean[] ledeRewriteSixth(List<SummaryCase> cases, List<AnalyzedArticle> analyzed) {
        double[] r2 = new double[cases.size()];
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            AnalyzedArticle a = analyzed.get(i);
            r2[i] = a.sentences().isEmpty() ? 0 : ROUGE.score(cases.get(i).reference(),
                    a.sentences().get(0).text(a.article().text())).rouge2().f1();
        });
        return largest(r2, cases.size() / 6);
    }

    /** Writes the lines of {@code file} whose articles {@code marked} holds, in the file's order. */
    private static void writeSubset(Path file, List<SummaryCase> cases, boolean[] marked, Path out) throws IOException {
        List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (marked[i]) {
                kept.add(lines.get(cases.get(i).number() - 1));
            }
        }
        Files.write(out, kept, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static double rouge1(String reference, AnalyzedArticle a, Summary summary) {
        return ROUGE.score(reference, String.join("\n", summary.texts(a.article().text()))).rouge1().f1();
    }

    /**
     * R-Lsum ×100 at each length, then their mean, then the mean words at each length; over the
     * articles {@code only} marks (all when null).
     */
    private static double[] six(List<List<Scored>> scored, SummaryBeam beam, boolean[] only) {
        double[] sum = new double[9];
        int n = 0;
        for (int l = 0; l < scored.size(); l++) {
            for (int i = 0; i < scored.get(l).size(); i++) {
                if (only != null && !only[i]) {
                    continue;
                }
                n += l == 0 ? 1 : 0;
                Scored s = scored.get(l).get(i);
                SummaryCandidate g = s.candidates().get(0);
                double[] r = leadGate && contiguous(g) || !beam.appliesTo(sentenceCounts[i]) ? s.rouge()[0]
                        : s.rouge()[s.candidates().indexOf(beam.best(s.candidates()))];
                for (int k = 0; k < 3; k++) {
                    sum[3 * l + k] += 100 * r[k];
                }
                sum[7 + l] += r[3];
            }
        }
        return means(sum, n);
    }

    /**
     * From sums over {@code n} articles (R-1, R-2, R-Lsum ×100 at each length, an unused slot, the words at each
     * length): their means, with the mean of the six figures in the unused slot.
     */
    static double[] means(double[] sum, int n) {
        double[] out = new double[9];
        double total = 0;
        for (int k = 0; k < 6; k++) {
            out[k] = sum[k] / n;
            total += out[k];
        }
        out[6] = total / 6;
        out[7] = sum[7] / n;
        out[8] = sum[8] / n;
        return out;
    }

    /** Whether the summary's sentences follow one another from its first (the greedy summary kept the lead). */
    private static boolean contiguous(SummaryCandidate c) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (SummarySentence s : c.sentences()) {
            min = Math.min(min, s.sentenceIndex());
            max = Math.max(max, s.sentenceIndex());
        }
        return max - min == c.sentences().size() - 1;
    }

    static String figures(double[] m) {
        return String.format(Locale.ROOT, "3s %.2f / %.2f / %.2f (%.1f w) · 75w %.2f / %.2f / %.2f (%.1f w) · mean %.3f",
                m[0], m[1], m[2], m[7], m[3], m[4], m[5], m[8], m[6]);
    }
}
