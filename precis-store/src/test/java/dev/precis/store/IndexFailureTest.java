package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The search index refusing one article's document (injected: {@link SearchIndex#probe}), inline and in a bulk load: that
 * article alone is left out of the index and named by {@link Library#takeIndexFailures}, with a one-line reason; the
 * documents after it in its group are indexed; the load's flush and consolidation do not throw; the next open indexes it.
 */
class IndexFailureTest {

    /** Five invented reports, each with a word of its own. */
    private static final String[][] REPORTS = {
        {"Portmere votes on its pier", "The harbour council in Portmere voted to rebuild the stone pier. Marker quillfeather."},
        {"Ferry strike ends", "The ferry strike on the northern islands ended after three days of talks. Marker lanternfish."},
        {"Northgate raises its rate", "Northgate Bank raised its lending rate by half a point on Monday. Marker copperkettle."},
        {"Treaty signed at the river", "Veldoria and Ostmark signed a border treaty along the river. Marker mossgarden."},
        {"Rovers win the title", "Riverside Rovers won the league title with a late goal on Saturday. Marker thistledown."},
    };

    private static String marker(int i) {
        String t = REPORTS[i][1];
        return t.substring(t.lastIndexOf(' ') + 1, t.length() - 1);
    }

    private static List<LibraryEntry> entries() {
        List<LibraryEntry> out = new ArrayList<>();
        for (int i = 0; i < REPORTS.length; i++) {
            out.add(Fixtures.summarisedWhole(Fixtures.analyzed("r" + i, REPORTS[i][0], REPORTS[i][1] + "\n\n" + REPORTS[i][1],
                    "2024-03-0" + (i + 1), List.of(), List.of()), "wire"));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1, false", "4, false", "1, true", "4, true"})
    @Timeout(60)
    void aRefusedDocumentIsItsArticlesFailureAlone(int failing, boolean bulk, @TempDir Path dir) throws Exception {
        long refusedId;
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            lib.indexProbe(title -> {
                if (title.equals(REPORTS[failing][0])) {
                    throw new IllegalArgumentException("invented index fault\nsecond line");
                }
            });
            lib.bulkLoad(bulk);
            List<Long> ids = new ArrayList<>();
            for (LibraryEntry e : entries()) {
                AddResult r = lib.add(e);
                assertThat(r.status()).isEqualTo(AddResult.Status.ADDED);
                ids.add(r.articleId());
            }
            lib.bulkLoad(false);
            lib.consolidateStories();
            refusedId = ids.get(failing);
            assertThat(lib.takeIndexFailures()).isEqualTo(Map.of(refusedId, "cannot index: invented index fault"));
            assertThat(lib.takeIndexFailures()).isEmpty();
            assertThat(lib.size()).isEqualTo(REPORTS.length);
            for (int i = 0; i < REPORTS.length; i++) {
                assertThat(lib.search(SearchQuery.of(marker(i))).total()).as(marker(i)).isEqualTo(i == failing ? 0 : 1);
            }
            LibraryCheck check = lib.check();
            assertThat(check.missingFromIndex()).isEqualTo(1);
            assertThat(check.withoutStory()).isZero();
        }
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            assertThat(lib.check().consistent()).isTrue();
            assertThat(lib.search(SearchQuery.of(marker(failing))).total()).isEqualTo(1);
        }
    }
}
