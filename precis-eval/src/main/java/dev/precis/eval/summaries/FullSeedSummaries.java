package dev.precis.eval.summaries;

import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.pipeline.Precis;
import dev.precis.summarize.PositionCentralitySummarizer;
import dev.precis.summarize.SummaryModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The product's seed condition as a test on a summary model: the default summary ({@link
 * SummaryLength#DEFAULT}, read as {@code precis summarize FILE} reads a plain-text file) of every seed
 * article has at least three sentences. Used to leave out tuning trials the seeds would reject.
 */
final class FullSeedSummaries implements Predicate<SummaryModel> {

    static final int SENTENCES = 3;

    private final List<Article> seeds;

    FullSeedSummaries(List<Article> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed articles to check");
        }
        this.seeds = List.copyOf(seeds);
    }

    /** The plain-text seed articles ({@code *.txt}) of a folder, read as the summarize command reads them. */
    static FullSeedSummaries read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + ": no such folder");
        }
        Precis reader = Precis.builder().build();
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                articles.add(reader.readText(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return new FullSeedSummaries(articles);
    }

    int size() {
        return seeds.size();
    }

    @Override
    public boolean test(SummaryModel model) {
        Precis precis = Precis.builder().summarizer(new PositionCentralitySummarizer(model)).build();
        return seeds.stream().allMatch(a -> precis.summarize(a, SummaryLength.DEFAULT).size() >= SENTENCES);
    }
}
