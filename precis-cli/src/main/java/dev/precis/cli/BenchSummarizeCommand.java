package dev.precis.cli;

import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.pipeline.Precis;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code precis bench summarize}: articles/s single-threaded for sentence splitting plus summarizing. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Articles/s for split + summarize (3 sentences) over the BBC articles, one thread.")
final class BenchSummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BbcBenchOptions input;

    @Override
    public Integer call() {
        List<Article> articles = input.articles();
        Precis precis = Precis.builder().build();
        SummaryLength three = SummaryLength.sentences(3);
        long[] sink = new long[1];
        Throughput.Result r = Throughput.measure(articles,
                a -> sink[0] += precis.summarize(a, three).size(), input.warmup, input.seconds);
        spec.commandLine().getOut().printf("split + summarize, %d BBC articles, 1 thread: %s%n",
                articles.size(), r.describe("articles"));
        return sink[0] > 0 ? 0 : 1;
    }
}
