package dev.precis.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecombinedCorpusTest {

    /** Made-up articles: category c, article i, paragraph p reads "Paragraph p of c story i ...". */
    private static List<BbcArticles.Source> sources() {
        List<BbcArticles.Source> out = new ArrayList<>();
        for (String c : new String[] {"harbours", "orchards"}) {
            for (int i = 1; i <= 6; i++) {
                List<String> ps = new ArrayList<>();
                for (int p = 0; p < 5; p++) {
                    ps.add("Paragraph " + p + " of " + c + " story " + i + " tells what the council decided on day " + (i * 7 + p) + ".");
                }
                out.add(new BbcArticles.Source(c, i, "Headline " + i + " about " + c, ps));
            }
        }
        return out;
    }

    private static List<RecombinedCorpus.Item> make(int count, long seed) {
        List<RecombinedCorpus.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        new RecombinedCorpus(sources(), seed).generate(count, seen::add, items::add);
        return items;
    }

    @Test
    void originalsFirstThenDistinctRecombinationsWithinACategory() {
        List<RecombinedCorpus.Item> items = make(60, 7);
        assertThat(items).hasSize(60);
        assertThat(items.subList(0, 12)).allMatch(i -> i.id().startsWith("bbc-"));
        assertThat(items.get(0).title()).isEqualTo("Headline 1 about harbours");
        assertThat(items.stream().map(RecombinedCorpus.Item::id).distinct()).hasSize(60);
        assertThat(items.stream().map(RecombinedCorpus.Item::url).distinct()).hasSize(60);
        assertThat(items.stream().map(RecombinedCorpus.Item::text).distinct()).hasSize(60);
        for (RecombinedCorpus.Item item : items.subList(12, 60)) {
            String category = item.title().substring(item.title().lastIndexOf(' ') + 1);
            String[] paragraphs = item.text().split("\n\n");
            assertThat(paragraphs.length).isGreaterThanOrEqualTo(3);
            assertThat(paragraphs[0]).startsWith("Paragraph 0 of " + category + " story "
                    + item.title().split(" ")[1] + " ");
            assertThat(paragraphs).allMatch(p -> p.contains(" of " + category + " story "));
            assertThat(item.url()).startsWith("https://news.example.org/" + category + "/");
        }
    }

    @Test
    void datesFallIn2020To2025() {
        for (RecombinedCorpus.Item item : make(60, 3)) {
            Instant t = Instant.parse(item.published());
            assertThat(t).isBetween(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2025-12-31T23:59:00Z"));
        }
    }

    @Test
    void sameSeedSameOutputOtherSeedOtherOutput() {
        assertThat(make(40, 7)).isEqualTo(make(40, 7));
        assertThat(make(40, 8)).isNotEqualTo(make(40, 7));
    }

    @Test
    void theFilterDecidesAndTooStrictAFilterIsAClearError() {
        List<RecombinedCorpus.Item> items = new ArrayList<>();
        long rejected = new RecombinedCorpus(sources(), 1).generate(5, text -> !text.contains("story 1 "), items::add);
        assertThat(items).hasSize(5).noneMatch(i -> i.text().contains("story 1 "));
        assertThat(rejected).isPositive();
        assertThatThrownBy(() -> new RecombinedCorpus(sources(), 1).generate(20, text -> false, x -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("distinct");
    }

    @Test
    void readsAFolderOfCategories(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles/tech"));
        Files.writeString(dir.resolve("articles/tech/002.txt"), "Second headline\n\nOne paragraph\nwrapped.\n\nTwo.\n");
        Files.write(dir.resolve("articles/tech/001.txt"), "Caf\u00e9 opens\n\nBody.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("articles/tech/003.txt"), "headline only");
        List<BbcArticles.Source> read = BbcArticles.read(dir);
        assertThat(read).extracting(BbcArticles.Source::number).containsExactly(1, 2);
        assertThat(read.get(0).title()).isEqualTo("Caf\u00e9 opens");
        assertThat(read.get(1).paragraphs()).containsExactly("One paragraph wrapped.", "Two.");
        assertThat(BbcArticles.read(dir.resolve("articles"))).isEqualTo(read);
        assertThatThrownBy(() -> BbcArticles.read(dir.resolve("articles/tech"))).isInstanceOf(IOException.class);
    }
}
