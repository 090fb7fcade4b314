package dev.precis.cli;

import dev.precis.eval.summaries.BbcSummaryDataset;
import dev.precis.eval.summaries.SummaryCase;
import dev.precis.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --bbc DIR --warmup S --seconds S}: the single-threaded benchmarks over the BBC articles (a picocli mixin). */
final class BbcBenchOptions {

    @Option(names = "--bbc", required = true, paramLabel = "DIR", description = "BBC News Summary folder.")
    Path bbc;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up seconds (default ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds (default ${DEFAULT-VALUE}).")
    double seconds;

    /** The BBC articles, or a one-line error naming the folder. */
    List<Article> articles() {
        if (!Files.isDirectory(bbc)) {
            throw new UserInputException(bbc + ": not a folder");
        }
        try {
            return BbcSummaryDataset.read(bbc).stream().map(SummaryCase::article).toList();
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
