package dev.precis.cli;

import dev.precis.eval.extraction.AebPage;
import dev.precis.eval.extraction.ExtractionEvaluation;
import dev.precis.eval.extraction.ExtractionMetric;
import dev.precis.lab.baselines.ReadabilityBaseline;
import dev.precis.eval.extraction.WcxbPage;
import dev.precis.extract.ExtractionException;
import dev.precis.extract.HtmlArticleReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis eval extraction --aeb DIR}: the article-extraction-benchmark table and worst pages;
 * {@code precis eval extraction --wcxb DIR [--split all|tune|test]}: body, title, author and date on
 * WCXB's article pages, per page type, page-type recognition and the worst pages (see
 * {@link WcxbReport}).
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score extraction on the article-extraction-benchmark (F1 of word 4-gram shingles)"
                + " or on WCXB (body, title, author, date, page type).")
final class EvalExtractionCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--aeb", paramLabel = "DIR", description = "article-extraction-benchmark folder (ground-truth.json, html/).")
        Path aeb;

        @Option(names = "--wcxb", paramLabel = "DIR", description = "WCXB folder (html/NNNN.html.gz, ground-truth/NNNN.json).")
        Path wcxb;
    }

    @Option(names = "--split", defaultValue = "all",
            description = "WCXB pages to score: all, tune (odd file ids) or test (even file ids); default ${DEFAULT-VALUE}.")
    String split;

    @Option(names = "--worst", defaultValue = "10", description = "How many worst pages to list (default ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--no-baselines", description = "Skip Readability4J and whole-page baselines.")
    boolean noBaselines;

    @Option(names = "--pages-out", paramLabel = "FILE",
            description = "WCXB only: write Precis's outcome on every page (gold and predicted fields, scores) as JSON lines.")
    Path pagesOut;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (source.wcxb != null) {
            WcxbPage.Split s;
            try {
                s = WcxbPage.Split.of(split);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--split " + split + ": expected all, tune or test");
            }
            List<WcxbPage> pages;
            try {
                pages = WcxbPage.readAll(source.wcxb, s);
            } catch (IOException e) {
                throw new UserInputException("--wcxb " + source.wcxb + ": " + e.getMessage(), e);
            }
            WcxbReport report = new WcxbReport(out, worst);
            report.run(pages, s, !noBaselines);
            if (pagesOut != null) {
                try {
                    report.writePages(pagesOut);
                } catch (IOException e) {
                    throw new UserInputException("--pages-out " + pagesOut + ": " + e.getMessage(), e);
                }
            }
            return;
        }
        runAeb(out);
    }

    private void runAeb(PrintWriter out) {
        List<AebPage> pages;
        try {
            pages = AebPage.readAll(source.aeb);
        } catch (IOException e) {
            throw new UserInputException("--aeb " + source.aeb + ": " + e.getMessage(), e);
        }
        // as the batch contract builds it (`precis extract --input`): with the language model, which orders
        // "12/07/2017" on pages that declare no language or declare one their text is not in
        HtmlArticleReader reader = HtmlArticleReader.withLanguageModel();
        List<ExtractionEvaluation> rows = new ArrayList<>();
        ExtractionEvaluation precis = ExtractionEvaluation.run("precis (DensityArticleExtractor)", page -> {
            try {
                // as the batch contract delivers it: the main content, whatever the page type
                return reader.read(page.html(), page.url(), null, null).article().text();
            } catch (ExtractionException e) {
                return "";
            }
        }, pages);
        rows.add(precis);
        if (!noBaselines && !Lab.present()) {
            out.println("note: the baselines are not in this build (precis-lab); run ./precis from a source checkout for them");
        }
        if (!noBaselines && Lab.present()) {
            rows.add(ExtractionEvaluation.run("Readability4J 1.0.8", ReadabilityBaseline::readability, pages));
            rows.add(ExtractionEvaluation.run("whole-page text", ReadabilityBaseline::wholePage, pages));
        }
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
