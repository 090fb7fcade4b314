package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upgrade path for existing libraries: a library written by an older build (H2 2.3.232, Lucene
 * 9.12.1; see the fixture's README) opens with the current H2 and Lucene, its article is found, and
 * the library takes new articles and reopens.
 */
class H2UpgradeTest {

    private static final String FIXTURE = "library-h2-2.3.232/";

    @TempDir
    Path dir;

    @Test
    void aLibraryWrittenByH2_2_3_232OpensReadsAndWritesWithTheCurrentVersion() throws IOException {
        for (String file : List.of("library.mv.db", "index/_0.cfe", "index/_0.cfs", "index/_0.si", "index/segments_1")) {
            try (InputStream in = H2UpgradeTest.class.getResourceAsStream(FIXTURE + file)) {
                assertThat(in).as(file).isNotNull();
                Path target = dir.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            assertThat(lib.size()).isEqualTo(1);
            SearchResult r = lib.search(SearchQuery.of("harbour bridge"));
            assertThat(r.total()).isEqualTo(1);
            long id = r.hits().get(0).articleId();
            assertThat(lib.article(id)).isPresent();
            // V1_14's column: an article stored before it declares no other publication date
            assertThat(lib.article(id).orElseThrow().declaredPublished()).isNull();
            AnalyzedArticle a = Fixtures.analyzed("u1", "Veldoria and Ostmark open border treaty talks in Valletta",
                    Fixtures.TALKS, "2021-12-06", List.of("Anna Kessel"), List.<String[]>of());
            Summary summary = new Summary(a.article().id(), List.of(new SummarySentence(0, a.sentences().get(0).range(), 1.0)));
            assertThat(lib.add(new LibraryEntry(a, summary, "wire", "wire/u1")).status()).isEqualTo(AddResult.Status.ADDED);
        }
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            assertThat(lib.size()).isEqualTo(2);
            assertThat(lib.search(SearchQuery.of("treaty Valletta")).total()).isEqualTo(1);
        }
    }
}
