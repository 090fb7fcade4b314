package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.eval.load.BbcArticles;
import dev.precis.eval.load.RecombinedCorpus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis bench corpus --bbc DIR --articles N --output FILE}: a synthetic library for load tests,
 * the BBC originals plus recombinations of their paragraphs (see {@link RecombinedCorpus}), each distinct
 * enough that ingest keeps it as its own article, written as JSONL for {@code precis ingest}.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write N distinct synthetic articles (BBC originals + same-category recombinations) as JSONL for ingest.")
final class BenchCorpusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bbc", required = true, description = "BBC News Summary folder (or its articles/ folder).")
    Path bbc;

    @Option(names = "--articles", defaultValue = "10000", description = "How many articles (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--output", required = true, description = "JSONL file to write.")
    Path output;

    @Option(names = "--seed", defaultValue = "7", description = "Seed (default ${DEFAULT-VALUE}); the same seed gives the same file.")
    long seed;

    @Option(names = "--max-similarity", defaultValue = "0.5",
            description = "Reject a candidate this similar (MinHash Jaccard) to one already made (default ${DEFAULT-VALUE}).")
    double maxSimilarity;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || articles > 1_000_000) {
            throw new UserInputException("--articles must be 1..1000000, got " + articles);
        }
        if (!(maxSimilarity > 0 && maxSimilarity <= 1)) {
            throw new UserInputException("--max-similarity must be in (0, 1], got " + maxSimilarity);
        }
        if (!Files.isDirectory(bbc)) {
            throw new UserInputException("--bbc " + bbc + ": not a folder");
        }
        List<BbcArticles.Source> sources;
        try {
            sources = BbcArticles.read(bbc);
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
        ObjectMapper json = new ObjectMapper();
        long rejected;
        int[] written = {0};
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            rejected = new RecombinedCorpus(sources, seed).generate(articles, new DistinctTexts(maxSimilarity), item -> {
                try {
                    w.write(json.writeValueAsString(item));
                    w.write('\n');
                    written[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IllegalStateException e) {
            throw new UserInputException("--articles " + articles + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UserInputException("--output " + output + ": " + e.getCause().getMessage());
        }
        spec.commandLine().getOut().printf("wrote %d articles to %s from %d BBC articles (%d candidates rejected as duplicates or too similar)%n",
                written[0], output, sources.size(), rejected);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
