package dev.precis.cli;

import dev.precis.eval.extraction.AebPage;
import dev.precis.extract.ExtractionException;
import dev.precis.extract.HtmlArticleReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis bench extract --aeb DIR}: pages/s single-threaded for decode + parse + body + metadata
 * + language over the article-extraction-benchmark pages, after a warm-up.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Pages/s for extraction (decode, parse, body, metadata, language) over the AEB pages, one thread.")
final class BenchExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--aeb", required = true, paramLabel = "DIR", description = "Article-extraction-benchmark folder.")
    Path aeb;

    @Option(names = "--warmup", defaultValue = "10", description = "Warm-up seconds (default ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--seconds", defaultValue = "15", description = "Measured seconds (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--no-language", description = "Leave out language detection.")
    boolean noLanguage;

    @Override
    public Integer call() {
        List<AebPage> pages;
        try {
            pages = AebPage.readAll(aeb);
        } catch (IOException e) {
            throw new UserInputException("--aeb " + aeb + ": " + e.getMessage(), e);
        }
        HtmlArticleReader reader = noLanguage
                ? new HtmlArticleReader(new dev.precis.extract.DensityArticleExtractor(null))
                : HtmlArticleReader.withLanguageModel();
        long[] sink = new long[1];
        java.util.function.Consumer<AebPage> work = page -> {
            try {
                sink[0] += reader.read(page.html(), page.url(), null).article().text().length();
            } catch (ExtractionException e) {
                sink[0]++;
            }
        };
        Throughput.Result r = Throughput.measure(pages, work, warmup, seconds);
        spec.commandLine().getOut().printf("extract%s, %d AEB pages, 1 thread: %s%n",
                noLanguage ? " (no language)" : " + language", pages.size(), r.describe("pages"));
        return sink[0] > 0 ? 0 : 1;
    }
}
