package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Story planning on a thread of its own gives the plans planning inline gives, and its failures come back once. */
class StoryPlanningTest {

    private static final String[][] TOPICS = {
        {"Veldoria,Ostmark", "treaty border ministers talks signed"},
        {"Riverside Rovers,Harbour City", "league match goal season coach"},
        {"Portmere", "harbour pier council repairs winter"},
        {"Marta Quill", "ferry strike union pay islands"},
        {"Northgate Bank", "rates inflation lending savers board"},
        {"Ellen Brook", "mayor election campaign votes count"},
    };

    /** Made-up features: mostly one topic's names and words, some bridging two topics, some with words of their own. */
    private static List<ArticleFeatures> articles(long seed, int n) {
        Random r = new Random(seed);
        List<ArticleFeatures> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] a = TOPICS[r.nextInt(TOPICS.length)];
            String[] b = r.nextInt(6) == 0 ? TOPICS[r.nextInt(TOPICS.length)] : a;
            StringBuilder words = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                String[] from = (w % 2 == 0 ? a : b)[1].split(" ");
                words.append(from[r.nextInt(from.length)]).append(' ');
            }
            words.append("word").append(r.nextInt(40));
            String keys = r.nextInt(5) == 0 ? "Someone " + r.nextInt(30) : a[0] + (b == a ? "" : "," + b[0]);
            out.add(TopicFeatures.features(keys, words.toString()));
        }
        return out;
    }

    /** Plans and records every article in turn, as the write path does; each plan with its key names, as text. */
    private static List<String> plan(StoryPlanning planning, List<ArticleFeatures> articles) throws Exception {
        TopicSpace topics = new TopicSpace();
        List<String> out = new ArrayList<>();
        long nextStory = 1000;
        for (int i = 0; i < articles.size(); i++) {
            StoryPlanning.Pending p = planning.plan(topics, articles.get(i), 19_000L + i / 10, null);
            if (i % 3 == 0) {
                Thread.sleep(1); // the planning thread takes these; the writer runs the others itself when it comes first
            }
            StoryPlanning.Planned planned = p.get();
            long story = planned.plan().storyId() == 0 ? nextStory++ : planned.plan().storyId();
            planning.add(topics, i + 1, articles.get(i), 19_000L + i / 10, story, null);
            out.add(planned.plan() + " " + planned.keyNames());
        }
        planning.settle();
        return out;
    }

    @Test
    void theThreadPlansWhatInlinePlanningPlans() throws Exception {
        List<ArticleFeatures> articles = articles(7, 400);
        List<String> inline = plan(new StoryPlanning(), articles);
        StoryPlanning threaded = new StoryPlanning();
        threaded.threaded(true);
        List<String> onThread;
        try {
            onThread = plan(threaded, articles);
        } finally {
            threaded.threaded(false);
        }
        assertThat(onThread).isEqualTo(inline);
        // the set exercises joins, new stories and merges
        assertThat(inline).anyMatch(p -> p.startsWith("Plan[storyId=0,"));
        assertThat(inline).anyMatch(p -> !p.startsWith("Plan[storyId=0,"));
        assertThat(inline).anyMatch(p -> !p.contains("mergeWith=0]"));
    }

    @Test
    @Timeout(30)
    void aFailureOnTheThreadFailsTheNextPlanOnceWithOneLine() throws Exception {
        StoryPlanning planning = new StoryPlanning();
        planning.threaded(true);
        try {
            TopicSpace topics = new TopicSpace();
            ArticleFeatures good = TopicFeatures.features("Portmere", "harbour pier council");
            planning.add(topics, 1, good, 19_000L, 100, null);
            Map<String, Integer> badKeys = new HashMap<>();
            badKeys.put(null, 1); // no key name is null: recording it fails on the thread
            planning.add(topics, 2, new ArticleFeatures(Map.of("pier", 1), badKeys), 19_000L, 101, null);
            StoryPlanning.Pending next = planning.plan(topics, good, 19_000L, null);
            assertThatThrownBy(next::get).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("story planning failed: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            // reported once: the thread goes on with the tasks given after
            planning.settle();
            assertThat(planning.plan(new TopicSpace(), good, 19_000L, null).get().plan().storyId()).isZero();
        } finally {
            planning.threaded(false);
        }
    }

    @Test
    void aFailureNoPlanAwaitsIsReportedBySettling() throws Exception {
        StoryPlanning planning = new StoryPlanning();
        planning.threaded(true);
        Map<String, Integer> badKeys = new HashMap<>();
        badKeys.put(null, 1);
        planning.add(new TopicSpace(), 1, new ArticleFeatures(Map.of("pier", 1), badKeys), 19_000L, 100, null);
        assertThatThrownBy(() -> planning.threaded(false)).hasMessageStartingWith("story planning failed: ");
        // the thread is stopped all the same
        planning.threaded(false);
    }

    private static LibraryEntry entry(String id, String text, String published) {
        return Fixtures.summarisedWhole(Fixtures.analyzed(id, "Title " + id, text, published, List.of(), List.of()), "wire");
    }

    @Test
    @Timeout(60)
    void aBulkLoadWhosePlanningFailsKeepsTheArticlesBeforeAndTakesTheRestOnARerun(@TempDir Path dir) throws Exception {
        LibraryEntry talks = entry("talks", Fixtures.TALKS, "2024-03-01");
        LibraryEntry football = entry("football", Fixtures.FOOTBALL, "2024-03-02");
        LibraryEntry later = entry("later", Fixtures.TALKS_LATER, "2024-03-13");
        List<StoryInfo> once;
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve("once")))) {
            for (LibraryEntry e : List.of(talks, football, later)) {
                lib.add(e);
            }
            lib.consolidateStories();
            once = lib.stories(1, 100);
        }
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve("cut")))) {
            lib.bulkLoad(true);
            lib.add(talks);
            lib.add(football);
            Map<String, Integer> badKeys = new HashMap<>();
            badKeys.put("Veldoria", null); // no count is null: the rows take it, planning fails on it on the thread
            Library.Prepared bad = new Library.Prepared(later, ContentFingerprint.of(Fixtures.TALKS_LATER),
                    new ArticleFeatures(Map.of("treaty", 1), badKeys));
            assertThatThrownBy(() -> lib.add(bad)).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("story planning failed: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            lib.bulkLoad(false);
            assertThat(lib.size()).as("the articles before the failure, not the failed one").isEqualTo(2);
            assertThat(lib.check().consistent()).isTrue();
            // a rerun stores what is missing, with the stories of a load that never failed
            lib.bulkLoad(true);
            List<AddResult.Status> statuses = new ArrayList<>();
            for (LibraryEntry e : List.of(talks, football, later)) {
                statuses.add(lib.add(e).status());
            }
            lib.bulkLoad(false);
            lib.consolidateStories();
            assertThat(statuses).containsExactly(AddResult.Status.DUPLICATE, AddResult.Status.DUPLICATE, AddResult.Status.ADDED);
            assertThat(lib.stories(1, 100)).isEqualTo(once);
        }
    }
}
