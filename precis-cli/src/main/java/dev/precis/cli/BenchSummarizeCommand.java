package dev.precis.cli;

import dev.precis.eval.summaries.BbcSummaryDataset;
import dev.precis.eval.summaries.SummaryCase;
import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.pipeline.Precis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code precis bench summarize}: articles/s single-threaded for sentence splitting plus summarizing. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Articles/s for split + summarize (3 sentences) over the BBC articles, one thread.")
final class BenchSummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bbc", required = true, paramLabel = "DIR", description = "BBC News Summary folder.")
    Path bbc;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up seconds (default ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds (default ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(bbc)) {
            throw new UserInputException(bbc + ": not a folder");
        }
        List<Article> articles;
        try {
            articles = BbcSummaryDataset.read(bbc).stream().map(SummaryCase::article).toList();
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
        Precis precis = Precis.builder().build();
        SummaryLength three = SummaryLength.sentences(3);
        long[] sink = new long[1];
        Throughput.Result r = Throughput.measure(articles,
                a -> sink[0] += precis.summarize(a, three).size(), warmup, seconds);
        spec.commandLine().getOut().printf("split + summarize, %d BBC articles, 1 thread: %s%n",
                articles.size(), r.describe("articles"));
        return sink[0] > 0 ? 0 : 1;
    }
}
