package dev.precis.lab.load;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Makes a large, deterministic library for load tests out of a small real one: first the originals, then
 * recombinations, each the headline and lead paragraph of one article followed by runs of one or two
 * consecutive paragraphs from at least two other articles of the same category, until it is about as long
 * as the headline's own article. Every article gets a
 * distinct id and URL and a publication time drawn uniformly from 2020 to 2025. A candidate is kept only
 * when {@code novel} accepts its text, so the caller decides what counts as too close to an article
 * already made (e.g. the store's near-duplicate fingerprint). The same sources, seed and filter always
 * give the same output. Not thread-safe (one generation at a time per instance).
 */
public final class RecombinedCorpus {

    /**
     * One generated article, the shape {@code precis ingest} reads from JSONL.
     *
     * @param id stable external id
     * @param url distinct URL
     * @param title headline
     * @param text paragraphs separated by blank lines
     * @param published ISO-8601 instant
     */
    public record Item(String id, String url, String title, String text, String published) {
    }

    private static final long FIRST_SECOND = LocalDateTime.of(2020, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_SECOND = LocalDateTime.of(2025, 12, 31, 23, 59).toEpochSecond(ZoneOffset.UTC);
    private final Map<String, List<BbcArticles.Source>> byCategory = new LinkedHashMap<>();
    private final List<BbcArticles.Source> originals;
    private final long seed;

    /** A generator over {@code sources} (at least four articles in some category to recombine). */
    public RecombinedCorpus(List<BbcArticles.Source> sources, long seed) {
        this.originals = List.copyOf(sources);
        this.seed = seed;
        for (BbcArticles.Source s : sources) {
            byCategory.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s);
        }
        byCategory.values().removeIf(list -> list.size() < 4);
    }

    /**
     * Emits {@code count} articles that {@code novel} accepted, in order, and returns how many candidates
     * it rejected.
     *
     * @throws IllegalStateException when the sources cannot yield that many novel articles
     */
    public long generate(int count, Predicate<String> novel, Consumer<Item> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        int made = 0;
        long rejected = 0;
        for (BbcArticles.Source s : originals) {
            if (made == count) {
                return rejected;
            }
            String text = String.join("\n\n", s.paragraphs());
            if (!novel.test(text)) {
                rejected++;
                continue;
            }
            String date = date(random);
            sink.accept(new Item("bbc-" + s.category() + "-" + s.number(),
                    "https://news.example.org/bbc/" + s.category() + "/" + s.number(), s.title(), text, date));
            made++;
        }
        if (byCategory.isEmpty() && made < count) {
            throw new IllegalStateException("need at least 4 articles in a category to recombine, made only " + made);
        }
        List<String> categories = new ArrayList<>(byCategory.keySet());
        long attempts = 0;
        for (int n = 1; made < count; n++) {
            if (++attempts > 20L * count + 1000) {
                throw new IllegalStateException("only " + made + " distinct articles after " + attempts + " attempts");
            }
            List<BbcArticles.Source> pool = byCategory.get(categories.get(random.nextInt(categories.size())));
            BbcArticles.Source head = pool.get(random.nextInt(pool.size()));
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(head.paragraphs().get(0));
            // about as long as the headline's own article, from at least two other articles
            int target = (int) (String.join("\n\n", head.paragraphs()).length() * (0.8 + 0.4 * random.nextDouble()));
            int length = paragraphs.get(0).length();
            for (int donors = 0; (length < target || donors < 2) && donors < 8; donors++) {
                BbcArticles.Source donor = pool.get(random.nextInt(pool.size()));
                if (donor == head || donor.paragraphs().size() < 2) {
                    continue;
                }
                int run = Math.min(1 + random.nextInt(2), donor.paragraphs().size() - 1);
                int from = 1 + random.nextInt(donor.paragraphs().size() - run);
                for (String p : donor.paragraphs().subList(from, from + run)) {
                    paragraphs.add(p);
                    length += p.length() + 2;
                }
            }
            String text = String.join("\n\n", paragraphs);
            if (paragraphs.size() < 3 || !novel.test(text)) {
                rejected++;
                continue;
            }
            String date = date(random);
            sink.accept(new Item(String.format(Locale.ROOT, "mix-%06d", n),
                    "https://news.example.org/" + head.category() + "/" + date.substring(0, 10).replace('-', '/') + "/"
                            + slug(head.title()) + "-" + n,
                    head.title(), text, date));
            made++;
        }
        return rejected;
    }

    private static String date(SplittableRandom random) {
        long second = FIRST_SECOND + random.nextLong(LAST_SECOND - FIRST_SECOND);
        return DateTimeFormatter.ISO_INSTANT.format(java.time.Instant.ofEpochSecond(second - second % 60));
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s.isEmpty() ? "article" : s;
    }
}
