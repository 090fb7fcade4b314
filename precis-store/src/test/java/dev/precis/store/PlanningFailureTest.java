package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fault in one article's story planning (injected: {@link StoryPlanning#probe}) inline and in a bulk load: a failed
 * plan is that article's failure alone (its rows undone, nothing of it in the space, the next article planned as usual);
 * a space that fails after recording an article keeps the article (stored, indexed, in its story) and is read again from
 * the database before the next plan, which is not blamed for it.
 */
class PlanningFailureTest {

    private static LibraryEntry entry(String id, String text, String published) {
        return Fixtures.summarisedWhole(Fixtures.analyzed(id, "Title " + id, text, published, List.of("Anna Kessel", "Pavel Droz"),
                List.of()), "wire");
    }

    private static final String PIER = "The harbour council in Portmere voted on Tuesday to rebuild the old stone pier.\n\n"
            + "Fishermen said the broken pier had forced their boats into the next bay for months.";

    private static List<LibraryEntry> entries() {
        return List.of(entry("talks", Fixtures.TALKS, "2024-03-01"), entry("football", Fixtures.FOOTBALL, "2024-03-02"),
                entry("pier", PIER, "2024-03-03"), entry("later", Fixtures.TALKS_LATER, "2024-03-13"));
    }

    /** Stories as sets of their articles' headlines. */
    private static Set<String> stories(Library lib) throws Exception {
        Set<String> out = new TreeSet<>();
        for (StoryInfo s : lib.stories(1, 100)) {
            out.add(lib.story(s.id()).orElseThrow().articles().stream().map(ArticleRef::title).sorted().collect(Collectors.joining(" | ")));
        }
        return out;
    }

    /** Adds the entries (all but {@code skip}) in a fresh library, bulk or not, and returns its stories. */
    private static Set<String> clean(Path dir, boolean bulk, String skip) throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            lib.bulkLoad(bulk);
            for (LibraryEntry e : entries()) {
                if (!e.analyzed().article().id().equals(skip)) {
                    lib.add(e);
                }
            }
            lib.bulkLoad(false);
            lib.consolidateStories();
            return stories(lib);
        }
    }

    /** Adds every entry, bulk or not, then consolidates: each add's status, or the message of what it threw. */
    private static List<String> load(Library lib, boolean bulk) throws IOException {
        lib.bulkLoad(bulk);
        List<String> outcomes = new ArrayList<>();
        for (LibraryEntry e : entries()) {
            try {
                outcomes.add(lib.add(e).status().name());
            } catch (IOException | RuntimeException ex) {
                outcomes.add(ex.getMessage());
            }
        }
        lib.bulkLoad(false);
        lib.consolidateStories();
        return outcomes;
    }

    private static void probe(Library lib, String step, String id) {
        lib.planningProbe((s, title) -> {
            if (s.equals(step) && title.equals("Title " + id)) {
                throw new IllegalStateException("invented " + step + " fault\nsecond line");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    @Timeout(60)
    void aFailedPlanFailsItsOwnArticleInOneLineAndTheNextArePlannedAsWithoutIt(boolean bulk, @TempDir Path dir) throws Exception {
        Set<String> without = clean(dir.resolve("clean"), bulk, "football");
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve("lib")))) {
            probe(lib, "plan", "football");
            List<String> outcomes = load(lib, bulk);
            assertThat(outcomes).containsExactly("ADDED", "story planning failed: invented plan fault", "ADDED", "ADDED");
            assertThat(lib.size()).isEqualTo(3);
            assertThat(lib.check().consistent()).isTrue();
            assertThat(stories(lib)).isEqualTo(without);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    @Timeout(60)
    void aSpaceThatFailsToRecordAnArticleKeepsItAndBlamesNoOther(boolean bulk, @TempDir Path dir) throws Exception {
        Set<String> all = clean(dir.resolve("clean"), bulk, null);
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve("lib")))) {
            probe(lib, "record", "talks");
            List<String> outcomes = load(lib, bulk);
            assertThat(outcomes).containsExactly("ADDED", "ADDED", "ADDED", "ADDED");
            assertThat(lib.size()).isEqualTo(4);
            LibraryCheck check = lib.check();
            assertThat(check.indexed()).isEqualTo(4);
            assertThat(check.consistent()).isTrue();
            assertThat(stories(lib)).isEqualTo(all);
        }
    }

    @Test
    @Timeout(60)
    void aSpaceThatFailsToRecordTheLastArticleIsReadAgainBeforeConsolidation(@TempDir Path dir) throws Exception {
        Set<String> all = clean(dir.resolve("clean"), true, null);
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve("lib")))) {
            probe(lib, "record", "later");
            lib.bulkLoad(true);
            for (LibraryEntry e : entries()) {
                assertThat(lib.add(e).status()).isEqualTo(AddResult.Status.ADDED);
            }
            lib.consolidateStories();
            lib.bulkLoad(false);
            assertThat(lib.check().consistent()).isTrue();
            assertThat(stories(lib)).isEqualTo(all);
        }
    }

    @Test
    @Timeout(30)
    void aFailedPlanDoesNotStopThePlansAfterIt() throws Exception {
        StoryPlanning planning = new StoryPlanning();
        planning.probe = (step, title) -> {
            if (step.equals("plan") && "bad".equals(title)) {
                throw new IllegalStateException("invented");
            }
        };
        planning.threaded(true);
        try {
            TopicSpace topics = new TopicSpace();
            ArticleFeatures f = TopicFeatures.features("Portmere", "harbour pier council");
            StoryPlanning.Pending bad = planning.plan(topics, f, 19_000L, "bad");
            StoryPlanning.Pending good = planning.plan(topics, f, 19_000L, "good");
            // the bad plan's failure is never asked for (its article failed otherwise): the good plan is not blamed
            assertThat(good.get().plan().storyId()).isZero();
            assertThatThrownBy(bad::get).hasMessage("story planning failed: invented");
            planning.settle();
        } finally {
            planning.threaded(false);
        }
    }
}
