package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every stored article has exactly one search document, whichever way it reached the index: added (new
 * ids are added without a lookup), ingested again, re-indexed after a story move, reconciled at open, in
 * a bulk load cut short and run again, or rebuilt. The check counts documents, so a second one shows.
 */
class IndexDocumentsTest {

    @TempDir
    Path dir;

    private static LibraryEntry entry(String id, String title, String text, String published, String source) {
        AnalyzedArticle a = Fixtures.analyzed(id, title, text, published, List.of("Anna Kessel"), List.of());
        Summary summary = new Summary(a.article().id(), List.of(new SummarySentence(0, a.sentences().get(0).range(), 1.0)));
        return new LibraryEntry(a, summary, source, source + "/" + id);
    }

    private static final List<LibraryEntry> ENTRIES = List.of(
            entry("t1", "Veldoria and Ostmark open border treaty talks", Fixtures.TALKS, "2021-12-06", "wire"),
            entry("f1", "Rovers go top", Fixtures.FOOTBALL, "2024-03-10", "sport"),
            entry("t2", "Veldoria and Ostmark sign the border treaty", Fixtures.TALKS_LATER, "2024-03-13", "paper"),
            entry("t1", "Veldoria and Ostmark open border treaty talks", Fixtures.TALKS, "2021-12-06", "mirror"));

    /** One document per stored article, and each text found once. */
    private static void assertOneDocumentEach(Library lib, int articles) throws Exception {
        LibraryCheck check = lib.check();
        assertThat(check.consistent()).as("%s", check).isTrue();
        assertThat(check.articles()).isEqualTo(articles);
        assertThat(check.indexed()).isEqualTo(articles);
        assertThat(lib.search(SearchQuery.of("Valletta")).total()).isEqualTo(articles == 1 ? 1 : 2);
        assertThat(lib.search(SearchQuery.of("Rovers")).total()).isEqualTo(articles == 1 ? 0 : 1);
    }

    @Test
    void addedIngestedAgainMovedReopenedAndRebuilt() throws Exception {
        LibraryConfig config = LibraryConfig.embedded(dir);
        try (Library lib = Library.open(config)) {
            for (LibraryEntry e : ENTRIES) {
                lib.add(e);
            }
            assertOneDocumentEach(lib, 3);
            // ingested again: copies, no new document
            for (LibraryEntry e : ENTRIES) {
                assertThat(lib.add(e).status()).isEqualTo(AddResult.Status.DUPLICATE);
            }
            lib.consolidateStories();
            assertOneDocumentEach(lib, 3);
        }
        org.apache.lucene.util.IOUtils.rm(config.indexDir());
        try (Library lib = Library.open(config)) {
            // reconciled at open (put), then new articles (putNew) after it
            assertOneDocumentEach(lib, 3);
            AddResult added = lib.add(entry("h1", "Harbour dredging begins", "Dredgers began clearing the old harbour of Port Amsel on Monday.\n\n"
                    + "The work will take two years, the port authority said.", "2024-04-01", "wire"));
            assertThat(added.status()).isEqualTo(AddResult.Status.ADDED);
            lib.flush();
            assertThat(lib.check().indexed()).isEqualTo(4);
            assertThat(lib.reindex()).isEqualTo(4);
            assertThat(lib.check().indexed()).isEqualTo(4);
            assertThat(lib.check().consistent()).isTrue();
        }
    }

    @Test
    void aBulkLoadCutShortAndRunAgain() throws Exception {
        LibraryConfig config = LibraryConfig.embedded(dir);
        Library cut = Library.open(config);
        cut.bulkLoad(true);
        cut.add(ENTRIES.get(0));
        cut.add(ENTRIES.get(1));
        // a search commits what was added before it
        assertThat(cut.search(SearchQuery.of("Rovers")).total()).isEqualTo(1);
        cut.add(ENTRIES.get(2));
        cut.crash();
        try (Library lib = Library.open(config)) {
            lib.bulkLoad(true);
            for (LibraryEntry e : ENTRIES) {
                lib.add(e);
            }
            lib.bulkLoad(false);
            assertOneDocumentEach(lib, 3);
        }
        try (Library lib = Library.open(config)) {
            assertOneDocumentEach(lib, 3);
        }
    }
}
