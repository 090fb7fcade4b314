package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.extract.DensityArticleExtractor;
import dev.precis.model.Article;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The soak benchmark's pages: reproducible, articles to the extractor, and different from each other. */
class SoakPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pagesAreReproducibleDistinctArticlesWithAFewRepeats() throws Exception {
        SoakPages pages = new SoakPages(1);
        assertThat(pages.line(7)).isEqualTo(new SoakPages(1).line(7));
        assertThat(pages.line(7)).isNotEqualTo(new SoakPages(2).line(7));
        DensityArticleExtractor extractor = new DensityArticleExtractor(null);
        Set<String> texts = new HashSet<>();
        Set<String> ids = new HashSet<>();
        int n = 300;
        for (int i = 0; i < n; i++) {
            JsonNode o = JSON.readTree(pages.line(i));
            ids.add(o.get("id").asText());
            Article a = extractor.extract(o.get("html").asText(), o.get("url").asText());
            assertThat(a.title()).as("page %d", i).isNotBlank();
            assertThat(a.text()).as("page %d", i).doesNotContain("Copyright").doesNotContain("Most read");
            assertThat(a.paragraphs().size()).as("page %d", i).isBetween(4, 8);
            texts.add(a.text());
        }
        assertThat(ids).hasSize(n);
        // pages 110, 207 repeat pages 10 and 107 (i % 97 == 13 past the first hundred): a feed's repeats
        assertThat(texts).hasSize(n - 2);
    }
}
