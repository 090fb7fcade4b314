package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SearchIndex}: put replaces an article's document, the document count sees every live document, and the source
 * facets come most first.
 */
class SearchIndexTest {

    @TempDir
    Path dir;

    private static IndexDocument doc(long id, String body, long story) {
        return new IndexDocument(id, "Title " + id, body, "wire", "2024-03-10", List.of(), story);
    }

    @Test
    void putReplacesAnArticlesDocumentAndTheCountSeesOne() throws Exception {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(doc(1, "Riverside Rovers beat Harbour City.", 1));
            index.put(doc(2, "Ministers met in Valletta.", 2));
            // a story move re-indexes article 1 (its story changed), as does a repair
            index.put(doc(1, "Riverside Rovers beat Harbour City.", 2));
            index.put(doc(1, "Riverside Rovers beat Harbour City.", 2));
            index.commit();
            assertThat(index.documents()).isEqualTo(2);
            assertThat(index.ids()).containsExactlyInAnyOrder(1L, 2L);
            assertThat(index.search(SearchQuery.of("Rovers")).total()).isEqualTo(1);
        }
    }

    @Test
    void aDocumentDeletedAndIndexedAgainCountsOnce() throws Exception {
        // reconciling drops an id the database lacks; a later article may take that id
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(doc(7, "Ministers met in Valletta.", 1));
            index.commit();
            index.delete(7);
            index.commit();
            assertThat(index.documents()).isZero();
            index.put(doc(7, "Riverside Rovers beat Harbour City.", 1));
            index.commit();
            assertThat(index.documents()).isEqualTo(1);
            assertThat(index.search(SearchQuery.of("Valletta")).total()).isZero();
            assertThat(index.search(SearchQuery.of("Rovers")).total()).isEqualTo(1);
        }
    }

    @Test
    void sourceFacetsComeMostFirstThenByName() throws Exception {
        String[] sources = {"tidewater", "anchor", "tidewater", "meridian", "anchor", "tidewater", "bellwether"};
        try (SearchIndex index = new SearchIndex(dir)) {
            for (int i = 0; i < sources.length; i++) {
                index.put(new IndexDocument(i + 1, "Title", "The ferry crossing resumes.", sources[i], "2024-03-10", List.of(), i + 1));
            }
            index.commit();
            assertThat(index.search(SearchQuery.of("ferry")).sources()).containsExactly(
                    entry("tidewater", 3), entry("anchor", 2), entry("bellwether", 1), entry("meridian", 1));
        }
    }
}
