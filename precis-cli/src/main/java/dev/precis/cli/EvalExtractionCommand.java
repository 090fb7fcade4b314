package dev.precis.cli;

import dev.precis.eval.extraction.AebPage;
import dev.precis.eval.extraction.ExtractionEvaluation;
import dev.precis.eval.extraction.ExtractionMetric;
import dev.precis.eval.extraction.ReadabilityBaseline;
import dev.precis.extract.DensityArticleExtractor;
import dev.precis.extract.ExtractionException;
import dev.precis.extract.HtmlArticleReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precis eval extraction --aeb DIR}: the article-extraction-benchmark table and worst pages. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score body extraction on the article-extraction-benchmark (F1 of word 4-gram shingles).")
final class EvalExtractionCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--aeb", required = true, description = "Benchmark folder (ground-truth.json, html/).")
    Path aeb;

    @Option(names = "--worst", defaultValue = "10", description = "How many worst pages to list (default ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--no-baselines", description = "Skip Readability4J and whole-page baselines.")
    boolean noBaselines;

    @Override
    public void run() {
        List<AebPage> pages;
        try {
            pages = AebPage.readAll(aeb);
        } catch (IOException e) {
            throw new UserInputException("--aeb " + aeb + ": " + e.getMessage(), e);
        }
        HtmlArticleReader reader = new HtmlArticleReader(new DensityArticleExtractor(null));
        List<ExtractionEvaluation> rows = new ArrayList<>();
        ExtractionEvaluation precis = ExtractionEvaluation.run("precis (DensityArticleExtractor)", page -> {
            try {
                return reader.read(page.html(), page.url(), null).article().text();
            } catch (ExtractionException e) {
                return "";
            }
        }, pages);
        rows.add(precis);
        if (!noBaselines) {
            rows.add(ExtractionEvaluation.run("Readability4J 1.0.8", ReadabilityBaseline::readability, pages));
            rows.add(ExtractionEvaluation.run("whole-page text", ReadabilityBaseline::wholePage, pages));
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.printf("article-extraction-benchmark: %d pages%n%n", pages.size());
        out.printf("%-34s %9s %9s %9s %9s%n", "system", "F1", "precision", "recall", "accuracy");
        for (ExtractionEvaluation row : rows) {
            ExtractionMetric m = row.metric();
            out.printf("%-34s %9.4f %9.4f %9.4f %9.4f%n", row.name(), m.f1(), m.precision(), m.recall(), m.accuracy());
        }
        out.printf("%nworst pages for precis:%n");
        for (ExtractionEvaluation.PageResult r : precis.worst(worst)) {
            out.printf("  P=%.3f R=%.3f  %s  %s%s%n", r.score().precision(), r.score().recall(),
                    r.id().substring(0, 12), r.url(), r.error() == null ? "" : "  [" + r.error() + "]");
        }
    }
}
