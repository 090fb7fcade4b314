package dev.precis.store;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One-off measurement (not a test): how long the library takes to store very large articles, each a
 * 4 MB body of 7,700 one-sentence paragraphs, one after the other into a library of {@code N} small
 * articles, optionally while a reader thread keeps searching and opening articles. Optional third
 * argument: extra H2 settings appended to the JDBC URL (e.g. {@code CACHE_SIZE=2048}). Run after
 * {@code ./mvnw -B -q -o package -DskipTests -pl precis-cli -am} and a test compile of precis-store:
 * <pre>
 * java -cp precis-store/target/test-classes:precis-cli/target/precis.jar dev.precis.store.LargeArticleBench [N] [readers] [settings]
 * </pre>
 */
public final class LargeArticleBench {

    private LargeArticleBench() {
    }

    public static void main(String[] args) throws Exception {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        boolean readers = args.length <= 1 || Boolean.parseBoolean(args[1]);
        Path dir = Files.createTempDirectory("precis-large");
        Random random = new Random(7);
        String settings = args.length > 2 ? args[2] : "";
        LibraryConfig embedded = LibraryConfig.embedded(dir);
        LibraryConfig config = settings.isEmpty() ? embedded : new LibraryConfig(dir, embedded.effectiveJdbcUrl() + ";" + settings);
        try (Library lib = Library.open(config)) {
            for (int i = 0; i < small; i++) {
                lib.add(new LibraryEntry(article("small-" + i, 12, random), null, "bench", "small-" + i));
            }
            lib.flush();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong reads = new AtomicLong();
            Thread reader = new Thread(() -> {
                Random r = new Random(11);
                while (!stop.get()) {
                    try {
                        lib.search(SearchQuery.of("council budget"));
                        lib.article(1 + r.nextInt(Math.max(1, small)));
                        reads.incrementAndGet();
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            if (readers) {
                reader.start();
            }
            // two large pages in a row: the second row joins the first on a database page that is already on disk
            for (String id : List.of("big-1", "big-2")) {
                AnalyzedArticle big = article(id, 7_700, random);
                long t0 = System.nanoTime();
                lib.add(new LibraryEntry(big, null, "bench", id));
                lib.flush();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("stored %s, a %.1f MB article of %d paragraphs, into %d articles in %d ms (%d reads meanwhile)%n",
                        id, big.article().text().length() / 1e6, big.article().paragraphs().size(), lib.size() - 1, ms, reads.get());
            }
            stop.set(true);
            reader.join();
        }
    }

    /** An article of {@code paragraphs} one-sentence paragraphs of about 520 characters each. */
    static AnalyzedArticle article(String id, int paragraphs, Random random) {
        String[] words = "the city council said on Monday that new budget plans would cut spending across several departments".split(" ");
        StringBuilder text = new StringBuilder();
        List<TextRange> ranges = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append("Paragraph ").append(p).append(' ').append(id);
            while (text.length() - start < 520) {
                text.append(' ').append(words[random.nextInt(words.length)]);
            }
            text.append('.');
            ranges.add(new TextRange(start, text.length()));
            sentences.add(new Sentence(p, new TextRange(start, text.length())));
        }
        Article a = new Article(id, "Article " + id, text.toString(), ranges, "https://example.org/" + id, null, "2024-05-01", "en");
        return new AnalyzedArticle(a, sentences, List.of(), List.of(), List.of());
    }
}
