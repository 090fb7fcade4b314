package dev.precis.lab.summaries;

import dev.precis.eval.summaries.ExtractiveOracle;
import dev.precis.eval.summaries.JsonlSummaryDataset;
import dev.precis.eval.summaries.SummaryCase;
import dev.precis.eval.summaries.SummaryEvaluation;
import dev.precis.eval.rouge.RougeScorer;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.pipeline.Precis;
import dev.precis.summarize.LeadSummarizer;
import dev.precis.summarize.PositionCentralitySummarizer;
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
 * The tuning-side checks of a summary model with trees, against the shipped model, on CNN/DM tuning
 * articles only: the {@code select} quarter of the validation file (R-1 margin over Lead-3 at three
 * sentences and 75 words), the lead-strong proxy (the third of train + {@code fit} + {@code select} whose
 * Lead-3 R-1 is closest to the extractive oracle's at three sentences: copy where the lead is the summary;
 * paired R-1 change against the shipped model), the seed articles' default and three-sentence summaries,
 * and a rough in-process cost per article. Never reads the validation file's test half.
 *
 * <p>Usage: {@code SummaryTreeCheck --jsonl TRAIN --validation VALIDATION --seeds DIR --model F [--model F …]}.
 */
public final class SummaryTreeCheck {

    private static final RougeScorer ROUGE = new RougeScorer(true);

    private SummaryTreeCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path train = null;
        Path validation = null;
        Path seeds = null;
        List<Path> models = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jsonl" -> train = Path.of(args[i + 1]);
                case "--validation" -> validation = Path.of(args[i + 1]);
                case "--seeds" -> seeds = Path.of(args[i + 1]);
                case "--model" -> models.add(Path.of(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<SummaryCase> all = new ArrayList<>(JsonlSummaryDataset.read(train, splitter));
        List<SummaryCase> valid = JsonlSummaryDataset.read(validation, splitter);
        all.addAll(SummaryTreeTraining.quarter(valid, 1));
        List<SummaryCase> select = SummaryTreeTraining.quarter(valid, 3);
        all.addAll(select);
        int selectFrom = all.size() - select.size();
        List<AnalyzedArticle> analyzed = new SummaryEvaluation(splitter).prepare(all);
        ExtractiveOracle oracle = new ExtractiveOracle();
        LeadSummarizer lead = new LeadSummarizer(true);
        double[] lead3 = r1(all, analyzed, (a, l) -> lead.summarize(a, l), 3);
        double[] lead75 = r1(all, analyzed, (a, l) -> lead.summarize(a, l), 75);
        double[] oracle3 = new double[all.size()];
        IntStream.range(0, all.size()).parallel().forEach(i -> oracle3[i] = rouge1(all.get(i), analyzed.get(i),
                oracle.select(analyzed.get(i), all.get(i).reference(), SummaryLength.sentences(3))));
        Integer[] order = IntStream.range(0, all.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -(oracle3[i] > 0 ? lead3[i] / oracle3[i] : 0)));
        boolean[] strong = new boolean[all.size()];
        for (int r = 0; r < all.size() / 3; r++) {
            strong[order[r]] = true;
        }
        System.out.printf(Locale.ROOT, "tuning articles %d (select %d); lead-strong proxy %d (cut %.3f)%n", all.size(),
                select.size(), all.size() / 3, lead3[order[all.size() / 3 - 1]] / oracle3[order[all.size() / 3 - 1]]);
        List<Article> seedArticles = seeds == null ? List.of() : readSeeds(seeds);
        SummaryModel shipped = SummaryModel.loadDefault();
        List<SummaryModel> candidates = new ArrayList<>(List.of(shipped));
        List<String> names = new ArrayList<>(List.of("shipped"));
        for (Path m : models) {
            candidates.add(SummaryTreeTraining.readModel(m));
            names.add(m.getFileName().toString());
        }
        double[] base3 = null;
        double[] base75 = null;
        List<String> baseSeeds = null;
        for (int c = 0; c < candidates.size(); c++) {
            PositionCentralitySummarizer s = new PositionCentralitySummarizer(candidates.get(c));
            double ms = sequentialMillis(s, analyzed.subList(selectFrom, all.size()));
            double[] p3 = r1(all, analyzed, s::summarize, 3);
            double[] p75 = r1(all, analyzed, s::summarize, 75);
            if (c == 0) {
                base3 = p3;
                base75 = p75;
            }
            System.out.printf(Locale.ROOT, "%n%s (%d trees; %.3f ms per select article at 3 sentences, one thread, second pass, at the machine's load)%n",
                    names.get(c), candidates.get(c).trees().size(), ms);
            System.out.printf(Locale.ROOT, "  select R-1 @3 %.2f, margin over Lead-3 %s; @75w %.2f, margin %s%n",
                    mean(p3, selectFrom, null), paired(p3, lead3, selectFrom, null),
                    mean(p75, selectFrom, null), paired(p75, lead75, selectFrom, null));
            System.out.printf(Locale.ROOT, "  lead-strong proxy dR-1 vs shipped @3 %s, @75w %s; select part @3 %s, @75w %s%n",
                    paired(p3, base3, 0, strong), paired(p75, base75, 0, strong),
                    paired(p3, base3, selectFrom, strong), paired(p75, base75, selectFrom, strong));
            System.out.printf(Locale.ROOT, "  all 1,000 dR-1 vs shipped @3 %s, @75w %s%n",
                    paired(p3, base3, 0, null), paired(p75, base75, 0, null));
            List<String> seedText = seedSummaries(seedArticles, candidates.get(c));
            if (c == 0) {
                baseSeeds = seedText;
                seedText.forEach(t -> System.out.println("  seed " + t));
            } else {
                for (int k = 0; k < seedText.size(); k++) {
                    boolean same = seedText.get(k).equals(baseSeeds.get(k));
                    System.out.println("  seed " + (same ? "unchanged: " + seedText.get(k).substring(0, 30) : "CHANGED " + seedText.get(k)));
                }
            }
        }
    }

    /** Rough cost: one thread, the second of two passes over the articles, mean milliseconds per article. */
    private static double sequentialMillis(PositionCentralitySummarizer s, List<AnalyzedArticle> articles) {
        long start = 0;
        for (int pass = 0; pass < 2; pass++) {
            start = System.nanoTime();
            for (AnalyzedArticle a : articles) {
                s.summarize(a, SummaryLength.sentences(3));
            }
        }
        return (System.nanoTime() - start) / 1e6 / articles.size();
    }

    @FunctionalInterface
    private interface System2 {
        Summary summarize(AnalyzedArticle a, SummaryLength l);
    }

    private static double[] r1(List<SummaryCase> cases, List<AnalyzedArticle> analyzed, System2 system, int length) {
        double[] out = new double[cases.size()];
        SummaryLength l = length == 3 ? SummaryLength.sentences(3) : SummaryLength.words(length);
        IntStream.range(0, cases.size()).parallel().forEach(i ->
                out[i] = rouge1(cases.get(i), analyzed.get(i), system.summarize(analyzed.get(i), l)));
        return out;
    }

    private static double rouge1(SummaryCase c, AnalyzedArticle a, Summary s) {
        return 100 * ROUGE.score(c.reference(), String.join("\n", s.texts(a.article().text()))).rouge1().f1();
    }

    private static double mean(double[] v, int from, boolean[] keep) {
        double sum = 0;
        int n = 0;
        for (int i = from; i < v.length; i++) {
            if (keep == null || keep[i]) {
                sum += v[i];
                n++;
            }
        }
        return sum / Math.max(1, n);
    }

    private static String paired(double[] a, double[] b, int from, boolean[] keep) {
        List<Double> d = new ArrayList<>();
        for (int i = from; i < a.length; i++) {
            if (keep == null || keep[i]) {
                d.add(a[i] - b[i]);
            }
        }
        double m = d.stream().mapToDouble(x -> x).average().orElse(0);
        double var = d.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / Math.max(1, d.size() - 1);
        return String.format(Locale.ROOT, "%+.3f ± %.3f (n %d)", m, Math.sqrt(var / Math.max(1, d.size())), d.size());
    }

    private static List<Article> readSeeds(Path folder) throws IOException {
        Precis reader = Precis.builder().build();
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(reader.readText(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** Per seed: its default summary, then its three-sentence summary, as text. */
    private static List<String> seedSummaries(List<Article> seeds, SummaryModel model) {
        Precis precis = Precis.builder().summarizer(new PositionCentralitySummarizer(model)).build();
        List<String> out = new ArrayList<>();
        for (Article a : seeds) {
            for (SummaryLength l : List.of(SummaryLength.DEFAULT, SummaryLength.sentences(3))) {
                out.add(a.id() + " " + l + ": " + String.join(" | ", precis.summarize(a, l).texts(a.text())));
            }
        }
        return out;
    }
}
