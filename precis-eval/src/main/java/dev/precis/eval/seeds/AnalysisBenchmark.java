package dev.precis.eval.seeds;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.nlp.EntityRecognizer;
import dev.precis.nlp.analysis.Analyzer;
import dev.precis.nlp.analysis.NoEntityRecognizer;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.nlp.time.RuleTimeResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Words per second of the whole analysis, single-threaded, over a folder of plain-text articles
 * (e.g. {@code ../shared/data/bbc-news-summary/articles}): one warm-up pass, then timed passes.
 * Run: {@code java -cp precis-cli/target/precis.jar dev.precis.eval.seeds.AnalysisBenchmark DIR [PASSES]}.
 * Prints the figure; not a library API.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    /** Words per second for {@code analyzer} over {@code texts}, after one warm-up pass. */
    public static double wordsPerSecond(Analyzer analyzer, List<String> texts, int passes) {
        long words = 0;
        for (String t : texts) {
            words += t.isBlank() ? 0 : t.strip().split("\\s+").length;
        }
        run(analyzer, texts);
        long start = System.nanoTime();
        int sink = 0;
        for (int p = 0; p < passes; p++) {
            sink += run(analyzer, texts);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return sink < 0 ? 0 : words * passes / seconds;
    }

    private static int run(Analyzer analyzer, List<String> texts) {
        int n = 0;
        for (int i = 0; i < texts.size(); i++) {
            AnalyzedArticle a = analyzer.analyze(Article.of("b" + i, "", texts.get(i), List.of()).withPublished("2005-01-01"));
            n += a.quotes().size() + a.times().size() + a.entities().size();
        }
        return n;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: AnalysisBenchmark DIR [PASSES]");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        EntityRecognizer recognizer = new NoEntityRecognizer();
        Analyzer analyzer = new Analyzer(new NewsSentenceSplitter(), recognizer, new RuleQuoteFinder(), new RuleTimeResolver());
        System.out.printf(Locale.ROOT, "%d articles, %s: %.0f words/s (single thread)%n", texts.size(),
                recognizer.getClass().getSimpleName(), wordsPerSecond(analyzer, texts, passes));
    }
}
