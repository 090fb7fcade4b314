package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index refusing one article's document (injected: {@link SearchIndex#probe}) where an article already stored is
 * indexed again — a story move at consolidation, a text refresh, the repair at open, a rebuild: that article alone is left
 * out of the index and named with a one-line reason; the others are indexed and the work goes on (on main each of these
 * threw, and a refusal at open made the library impossible to open); the next open indexes it.
 */
@Timeout(120)
class IndexRefusalElsewhereTest {

    @TempDir
    Path dir;

    private static final String REASON = "cannot index: invented index fault";

    /** Throws for a document with this headline while {@code armed}. */
    private static Consumer<String> refuse(String title, AtomicBoolean armed) {
        return t -> {
            if (armed.get() && t.equals(title)) {
                throw new IllegalArgumentException("invented index fault\nsecond line of the trace");
            }
        };
    }

    private static LibraryEntry entry(String id, String title, String text, List<String> people) {
        AnalyzedArticle a = Fixtures.analyzed(id, title, text, null, people, List.of());
        return new LibraryEntry(a, new Summary(id, List.of(new SummarySentence(0, a.sentences().get(0).range(), 1.0))), "wire", "wire/" + id);
    }

    // Two invented events of three reports each and one report on both: consolidation splits the second event off.
    private static final String[] FIRE = {
        "A forest fire near Hollin Ridge forced ranger Mira Stole to close the valley road on Friday. Smoke from the"
            + " burning pines drifted over the reservoir and fire crews dug breaks along the ridge trail.",
        "Fire crews on Hollin Ridge held the forest fire behind breaks along the ridge trail, ranger Mira Stole said,"
            + " as smoke from the burning pines still hung over the reservoir and the valley road.",
        "Mira Stole, the ranger at Hollin Ridge, reopened the valley road after fire crews stopped the forest fire"
            + " at the ridge trail; the burning pines left ash on the reservoir.",
    };
    private static final String[] MINE = {
        "Miners at Coldharrow stopped work over safety rules on Thursday, leaving the shafts and lifts idle. Union"
            + " steward Bram Oakes said the stoppage would last until owners fixed the ventilation.",
        "The Coldharrow mine stayed idle as miners kept up the stoppage over ventilation and safety rules. Bram Oakes"
            + " of the union turned down the owners' offer on new lifts.",
        "Owners of the Coldharrow mine met Bram Oakes to end the miners' stoppage over ventilation, as the lifts and"
            + " shafts stood idle for a third day.",
    };
    private static final String BOTH = "Smoke from the forest fire on Hollin Ridge reached the valley road, ranger Mira Stole"
            + " said, while trucks of timber for the reservoir wait as the miners' stoppage over ventilation at Coldharrow"
            + " keeps the lifts idle, Bram Oakes said.";

    @Test
    void aRefusalInAStoryMoveIsThatArticlesAloneAndTheMovesGoOn() throws Exception {
        LibraryConfig config = LibraryConfig.embedded(dir);
        AtomicBoolean armed = new AtomicBoolean();
        String refusedTitle = "Coldharrow stoppage 1";
        long refused = -1;
        try (Library lib = Library.open(config)) {
            lib.indexProbe(refuse(refusedTitle, armed));
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(lib.add(entry("f" + i, "Hollin Ridge fire " + i, FIRE[i], List.of("Mira Stole"))).articleId());
            }
            ids.add(lib.add(entry("b", "Hollin Ridge and Coldharrow", BOTH, List.of("Mira Stole", "Bram Oakes"))).articleId());
            for (int i = 0; i < 3; i++) {
                AddResult r = lib.add(entry("m" + i, "Coldharrow stoppage " + i, MINE[i], List.of("Bram Oakes")));
                ids.add(r.articleId());
                if (i == 1) {
                    refused = r.articleId();
                }
            }
            lib.flush();
            assertThat(lib.check().consistent()).isTrue();
            long storyBefore = lib.article(refused).orElseThrow().story().id();
            armed.set(true);
            int moved = lib.consolidateStories();
            assertThat(moved).as("the invented reports must make a move for this test to mean anything").isPositive();
            assertThat(lib.article(refused).orElseThrow().story().id()).as("the refused article moved").isNotEqualTo(storyBefore);
            assertThat(lib.takeIndexFailures()).isEqualTo(Map.of(refused, REASON));
            assertThat(lib.takeIndexFailures()).isEmpty();
            LibraryCheck check = lib.check();
            assertThat(check.missingFromIndex()).as("its former document, naming the old story, is dropped").isEqualTo(1);
            assertThat(check.withoutStory()).isZero();
            assertThat(lib.search(SearchQuery.of("Coldharrow")).total()).isEqualTo(3); // four reports name Coldharrow, one refused
        }
        try (Library lib = Library.open(config)) {
            assertThat(lib.refusedAtOpen).isEmpty();
            assertThat(lib.check().consistent()).isTrue();
            assertThat(lib.search(SearchQuery.of("Coldharrow")).total()).isEqualTo(4);
            long story = lib.article(refused).orElseThrow().story().id();
            assertThat(lib.search(SearchQuery.of("story:" + story)).hits()).extracting(SearchHit::articleId).contains(refused);
        }
    }

    @Test
    void aRefusedRefreshedTextIsThatArticlesFailureAndTheOldTextIsNotFound() throws Exception {
        LibraryConfig config = LibraryConfig.embedded(dir);
        AtomicBoolean armed = new AtomicBoolean(true);
        long kept;
        long refreshed;
        try (Library lib = Library.open(config)) {
            lib.indexProbe(refuse("Coldharrow miners return", armed));
            kept = lib.add(entry("f0", "Hollin Ridge fire", FIRE[0], List.of("Mira Stole"))).articleId();
            refreshed = lib.add(entry("m0", "Coldharrow stoppage", MINE[0], List.of("Bram Oakes"))).articleId();
            lib.flush();
            AddResult r = lib.replaceText(refreshed, entry("m9", "Coldharrow miners return",
                    "Miners at Coldharrow went back underground on Monday after owners fitted new ventilation fans,"
                            + " union steward Bram Oakes said. Marker wickerlamp.", List.of("Bram Oakes")));
            assertThat(r.status()).isEqualTo(AddResult.Status.REFRESHED);
            assertThat(lib.takeIndexFailures()).isEqualTo(Map.of(refreshed, REASON));
            assertThat(lib.search(SearchQuery.of("wickerlamp")).total()).isZero();
            assertThat(lib.search(SearchQuery.of("shafts")).total()).as("the old text is not found in its place").isZero();
            assertThat(lib.search(SearchQuery.of("pines")).hits()).extracting(SearchHit::articleId).containsExactly(kept);
            assertThat(lib.check().missingFromIndex()).isEqualTo(1);
        }
        try (Library lib = Library.open(config)) {
            assertThat(lib.check().consistent()).isTrue();
            assertThat(lib.search(SearchQuery.of("wickerlamp")).hits()).extracting(SearchHit::articleId).containsExactly(refreshed);
        }
    }

    @Test
    void aRefusalInTheRepairAtOpenIsThatArticlesAloneAndTheLibraryOpens() throws Exception {
        LibraryConfig config = LibraryConfig.embedded(dir);
        List<Long> ids = new ArrayList<>();
        try (Library lib = Library.open(config)) {
            for (int i = 0; i < 3; i++) {
                ids.add(lib.add(entry("m" + i, "Coldharrow stoppage " + i, MINE[i], List.of("Bram Oakes"))).articleId());
            }
        }
        org.apache.lucene.util.IOUtils.rm(config.indexDir()); // the index lost: the open indexes every article again
        AtomicBoolean armed = new AtomicBoolean(true);
        try (Library lib = LibraryOpening.open(config, (c, index) -> {
            index.probe = refuse("Coldharrow stoppage 1", armed);
            return new Library(c, index);
        })) {
            assertThat(lib.refusedAtOpen).isEqualTo(Map.of(ids.get(1), REASON));
            assertThat(lib.takeIndexFailures()).as("the open's own, not a writer's").isEmpty();
            assertThat(lib.search(SearchQuery.of("Coldharrow")).hits()).extracting(SearchHit::articleId)
                    .containsExactlyInAnyOrder(ids.get(0), ids.get(2));
            assertThat(lib.check().missingFromIndex()).isEqualTo(1);
            // a rebuild refuses it too, and goes on
            assertThat(lib.reindex()).isEqualTo(3);
            assertThat(lib.check().missingFromIndex()).isEqualTo(1);
        }
        try (Library lib = Library.open(config)) {
            assertThat(lib.refusedAtOpen).isEmpty();
            assertThat(lib.check().consistent()).isTrue();
            assertThat(lib.search(SearchQuery.of("Coldharrow")).total()).isEqualTo(3);
        }
    }
}
