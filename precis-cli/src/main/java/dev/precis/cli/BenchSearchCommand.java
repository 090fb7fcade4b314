package dev.precis.cli;

import dev.precis.store.Library;
import dev.precis.store.SearchHit;
import dev.precis.store.SearchQuery;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis bench search --data DIR}: latency percentiles of searches built from words of stored
 * titles (single words, pairs, title: fields, phrases; some sorted by date), after a warm-up.
 */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search latency: p50/p90/p99 over N queries.")
final class BenchSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Option(names = "--queries", defaultValue = "2000", description = "Queries to run (default ${DEFAULT-VALUE}).")
    int queries;

    @Override
    public Integer call() throws Exception {
        if (queries < 1) {
            throw new UserInputException("--queries must be >= 1, got " + queries);
        }
        try (Library lib = library.open()) {
            List<String> words = new ArrayList<>();
            for (SearchHit h : lib.search(SearchQuery.of("").withLimit(500)).hits()) {
                for (String w : h.title().split("[^\\p{L}]+")) {
                    if (w.length() > 3) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (words.isEmpty()) {
                throw new UserInputException("the library is empty: ingest something first");
            }
            Random rnd = new Random(42);
            for (int i = 0; i < 300; i++) {
                lib.search(SearchQuery.of(words.get(rnd.nextInt(words.size()))));
            }
            long[] nanos = new long[queries];
            for (int i = 0; i < queries; i++) {
                String q = switch (i % 4) {
                    case 0 -> words.get(rnd.nextInt(words.size()));
                    case 1 -> words.get(rnd.nextInt(words.size())) + " " + words.get(rnd.nextInt(words.size()));
                    case 2 -> "title:" + words.get(rnd.nextInt(words.size()));
                    default -> "\"" + words.get(rnd.nextInt(words.size())) + "\"";
                };
                SearchQuery sq = SearchQuery.of(q).sortedByDate(i % 8 == 3);
                long t = System.nanoTime();
                lib.search(sq);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "bench search: %d queries on %d articles; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    queries, lib.size(), nanos[queries / 2] / 1e6, nanos[queries * 9 / 10] / 1e6,
                    nanos[Math.min(queries - 1, (int) Math.ceil(queries * 0.99) - 1)] / 1e6, nanos[queries - 1] / 1e6);
            out.flush();
        }
        return 0;
    }
}
