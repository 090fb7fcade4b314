package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.lab.load.BbcArticles;
import dev.precis.lab.load.RecombinedCorpus;
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

    @Option(names = "--per-file", defaultValue = "0",
            description = "Split into files of this many articles, NAME-01.jsonl, NAME-02.jsonl … beside --output"
                    + " (ingest reads JSONL files up to 20 MB; 0 = one file, the default).")
    int perFile;

    @Option(names = "--seed", defaultValue = "7", description = "Seed (default ${DEFAULT-VALUE}); the same seed gives the same file.")
    long seed;

    @Option(names = "--max-similarity", defaultValue = "0.5",
            description = "Reject a candidate this similar (MinHash Jaccard) to one already made (default ${DEFAULT-VALUE}).")
    double maxSimilarity;

    /** {@code dir/name.jsonl} → {@code dir/name-01.jsonl}. */
    static Path part(Path output, int n) {
        String name = output.getFileName().toString();
        String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
        return output.resolveSibling(String.format(java.util.Locale.ROOT, "%s-%02d.jsonl", stem, n));
    }

    @Override
    public Integer call() throws Exception {
        Lab.require("bench corpus");
        return new Run().call();
    }

    /**
     * The run itself, in its own class: it names precis-lab's types (also in its lambda's signature),
     * which picocli must not meet when it reflects on the command (a release has no precis-lab).
     */
    private final class Run {

        Integer call() throws Exception {
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
            if (perFile < 0) {
                throw new UserInputException("--per-file must be >= 0, got " + perFile);
            }
            ObjectMapper json = new ObjectMapper();
            long rejected;
            int[] written = {0};
            List<Path> files = new java.util.ArrayList<>();
            BufferedWriter[] w = {null};
            try {
                rejected = new RecombinedCorpus(sources, seed).generate(articles, new DistinctTexts(maxSimilarity), item -> {
                    try {
                        if (w[0] == null || (perFile > 0 && written[0] % perFile == 0)) {
                            if (w[0] != null) {
                                w[0].close();
                            }
                            Path f = perFile == 0 ? output : part(output, files.size() + 1);
                            files.add(f);
                            w[0] = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
                        }
                        w[0].write(json.writeValueAsString(item));
                        w[0].write('\n');
                        written[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                if (w[0] != null) {
                    w[0].close();
                }
            } catch (IllegalStateException e) {
                throw new UserInputException("--articles " + articles + ": " + e.getMessage());
            } catch (UncheckedIOException e) {
                throw new UserInputException("--output " + output + ": " + e.getCause().getMessage());
            }
            spec.commandLine().getOut().printf("wrote %d articles to %s from %d BBC articles (%d candidates rejected as duplicates or too similar)%n",
                    written[0], files.size() == 1 ? files.get(0) : files.size() + " files " + files.get(0) + " …",
                    sources.size(), rejected);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
