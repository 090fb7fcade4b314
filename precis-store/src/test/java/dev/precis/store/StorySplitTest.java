package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories split when their articles no longer hang together; the id stays with the older part. */
class StorySplitTest {

    @TempDir
    Path dir;

    /** Similarities of two tight groups (0.6 inside) joined by article {@code bridge} (0.4 to both, 0.05 across). */
    private static double[][] twoEvents(int n, int bridge, List<Integer> first) {
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean sameGroup = first.contains(i) == first.contains(j);
                sim[i][j] = i == j ? 1 : i == bridge || j == bridge ? 0.4 : sameGroup ? 0.6 : 0.05;
            }
        }
        return sim;
    }

    @Test
    void twoEventsJoinedByOneBridgingArticleSplitAndTheOlderPartKeepsTheId() {
        List<Long> ids = List.of(11L, 12L, 13L, 14L, 15L, 16L, 17L);
        // 11, 12, 13 one event; 14 bridges; 15, 16, 17 another
        List<List<Long>> parts = StorySplitter.partition(ids, twoEvents(7, 3, List.of(0, 1, 2)), 0.32);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).as("the part with the older articles comes first: it keeps the id").startsWith(11L, 12L, 13L);
        assertThat(parts.get(1)).containsExactly(15L, 16L, 17L).doesNotContain(14L);
        assertThat(parts.get(0)).hasSize(4);
        // the same shape with the other event older: that one keeps the id
        List<List<Long>> swapped = StorySplitter.partition(ids, twoEvents(7, 3, List.of(4, 5, 6)), 0.32);
        assertThat(swapped.get(0)).contains(11L, 12L, 13L);
        // above the bridge's links only, below the events' own: the parts stay two
        assertThat(StorySplitter.partition(ids, twoEvents(7, 3, List.of(0, 1, 2)), 0.5)).hasSize(2);
        // a bar below the links across the events keeps the story whole
        assertThat(StorySplitter.partition(ids, twoEvents(7, 3, List.of(0, 1, 2)), 0.04)).containsExactly(ids);
    }

    @Test
    void anOrdinaryStoryAndAWeaklyTiedLoneArticleDoNotSplit() {
        List<Long> ids = List.of(1L, 2L, 3L, 4L, 5L);
        double[][] sim = new double[5][5];
        for (double[] row : sim) {
            java.util.Arrays.fill(row, 0.5);
        }
        // article 5 resembles the others only a little: it stays (no part of one article splits off)
        for (int i = 0; i < 4; i++) {
            sim[i][4] = 0.1;
            sim[4][i] = 0.1;
        }
        assertThat(StorySplitter.partition(ids, sim, 0.32)).containsExactly(ids);
    }

    // Two events of three reports each, in words of their own, and one report that touches both.
    private static final String[] FLOOD = {
        "Floodwater swept through Marrowby on Tuesday after the river Lune burst its banks. Mayor Elsa Varn said"
            + " two hundred homes were flooded and rescue boats carried families from the market square.",
        "Rescue crews in Marrowby pumped floodwater from streets as the river Lune fell. Mayor Elsa Varn asked"
            + " for emergency funds to repair flooded homes and the damaged bridge by the market square.",
        "Families returned to flooded homes in Marrowby as the river Lune receded. Elsa Varn, the mayor, said the"
            + " bridge near the market square would stay shut while engineers check the floodwater damage.",
    };
    private static final String[] STRIKE = {
        "Dockers at Quellport walked out over pay on Monday, halting cranes and container ships. Union leader Jonas"
            + " Tarr said the strike would continue until port owners raised wages for night shifts.",
        "Container ships queued outside Quellport as the dockers' strike over pay entered a third day. Jonas Tarr"
            + " of the union rejected the port owners' offer on night shift wages.",
        "Port owners at Quellport met Jonas Tarr to end the dockers' strike over night shift wages, as idle cranes"
            + " left container ships waiting in the harbour.",
    };
    private static final String BRIDGE = "Floodwater still covers the market square in Marrowby, where Mayor Elsa Varn said"
            + " flooded homes and the bridge over the river Lune need repair. Supplies for the rescue are stuck as the"
            + " dockers' strike over night shift wages at Quellport leaves container ships idle, Jonas Tarr said.";

    private static LibraryEntry entry(String id, String title, String text, List<String> people) {
        AnalyzedArticle a = Fixtures.analyzed(id, title, text, null, people, List.of());
        return new LibraryEntry(a, new Summary(id, List.of(new SummarySentence(0, a.sentences().get(0).range(), 1.0))), "wire", "wire/" + id);
    }

    private static List<Long> members(Library lib, long story) throws Exception {
        return lib.story(story).orElseThrow().articles().stream().map(ArticleRef::id).toList();
    }

    @Test
    void aBulkLoadSplitsAtConsolidationWhileItsLastGroupIsIndexedAndKeepsOneDocumentPerArticle() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            lib.bulkLoad(true);
            for (int i = 0; i < 3; i++) {
                lib.add(entry("f" + i, "Marrowby flood " + i, FLOOD[i], List.of("Elsa Varn")));
            }
            lib.add(entry("x", "Marrowby and Quellport", BRIDGE, List.of("Elsa Varn", "Jonas Tarr")));
            for (int i = 0; i < 3; i++) {
                lib.add(entry("s" + i, "Quellport strike " + i, STRIKE[i], List.of("Jonas Tarr")));
            }
            // the open group goes to the index thread unwaited; the moved articles' new documents must replace those
            assertThat(lib.consolidateStories()).as("the strike reports split off").isEqualTo(3);
            lib.bulkLoad(false);
            LibraryCheck check = lib.check();
            assertThat(check.consistent()).as("%s", check).isTrue();
            assertThat(check.indexed()).as("one document per article").isEqualTo(7);
            assertThat(lib.stories(1, 10)).hasSize(2);
        }
    }

    @Test
    void aLibraryStoryOfTwoEventsSplitsAtConsolidationAndArticlesAreFoundInTheirNewStory() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            List<Long> flood = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                flood.add(lib.add(entry("f" + i, "Marrowby flood " + i, FLOOD[i], List.of("Elsa Varn"))).articleId());
            }
            AddResult bridge = lib.add(entry("x", "Marrowby and Quellport", BRIDGE, List.of("Elsa Varn", "Jonas Tarr")));
            long story = bridge.storyId();
            List<Long> strike = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                AddResult r = lib.add(entry("s" + i, "Quellport strike " + i, STRIKE[i], List.of("Jonas Tarr")));
                assertThat(r.storyId()).as("the strike reports reach the flood story through the bridging report").isEqualTo(story);
                strike.add(r.articleId());
            }
            assertThat(members(lib, story)).hasSize(7);
            assertThat(lib.regroupStories(StoryParams.DEFAULT.with("splitThreshold", 0)).values()).as("without splits: one story").containsOnly(story);

            lib.consolidateStories();
            List<Long> kept = new ArrayList<>(flood);
            kept.add(bridge.articleId());
            assertThat(members(lib, story)).as("the older event keeps the id").containsExactlyElementsOf(kept);
            StoryInfo info = lib.story(story).orElseThrow().info();
            assertThat(info.size()).isEqualTo(4);
            List<StoryInfo> others = lib.stories(1, 10).stream().filter(x -> x.id() != story).toList();
            assertThat(others).singleElement().satisfies(x -> {
                assertThat(x.size()).isEqualTo(3);
                // undated: the headline the others share most (all alike here: the earliest added), StoryTitles
                assertThat(x.title()).isEqualTo("Quellport strike 0");
                assertThat(x.keyEntities()).contains("Jonas Tarr");
            });
            long moved = others.get(0).id();
            assertThat(members(lib, moved)).containsExactlyElementsOf(strike);
            assertThat(lib.storyRedirect(story)).as("the kept id is a story, not a redirect").isEmpty();
            assertThat(lib.check().consistent()).isTrue();
            // the tuning replay groups as the library did
            Map<Long, Long> replay = lib.regroupStories(StoryParams.DEFAULT);
            assertThat(kept.stream().map(replay::get).distinct()).hasSize(1);
            assertThat(strike.stream().map(replay::get).distinct()).hasSize(1).doesNotContain(replay.get(flood.get(0)));

            // a later report of the strike joins the new story; the next consolidation leaves both ids alone
            AddResult later = lib.add(entry("s3", "Quellport strike ends", "The dockers' strike at Quellport ended when port owners"
                    + " raised night shift wages, Jonas Tarr said, and cranes loaded container ships again.", List.of("Jonas Tarr")));
            assertThat(later.storyId()).isEqualTo(moved);
            lib.consolidateStories();
            assertThat(members(lib, story)).containsExactlyElementsOf(kept);
            assertThat(members(lib, moved)).hasSize(4).contains(later.articleId());
        }
    }

    @Test
    void anOrdinaryLibraryStoryStaysWhole() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = 0;
            for (int i = 0; i < 3; i++) {
                story = lib.add(entry("f" + i, "Marrowby flood " + i, FLOOD[i], List.of("Elsa Varn"))).storyId();
            }
            assertThat(lib.add(entry("x", "Marrowby and Quellport", BRIDGE, List.of("Elsa Varn", "Jonas Tarr"))).storyId()).isEqualTo(story);
            assertThat(lib.consolidateStories()).isZero();
            assertThat(lib.stories(1, 10)).singleElement().satisfies(x -> assertThat(x.size()).isEqualTo(4));
        }
    }

    private static ArticleFeatures words(String keys, String terms) {
        Map<String, Integer> k = new java.util.HashMap<>();
        for (String w : keys.split(",")) {
            k.merge(w, 1, Integer::sum);
        }
        Map<String, Integer> t = new java.util.HashMap<>();
        for (String w : terms.split(" ")) {
            t.merge(w, 1, Integer::sum);
        }
        return new ArticleFeatures(t, k);
    }

    @Test
    void storiesMergeOnlyWhenTheirArticlesHangTogether() {
        for (double bar : new double[] {StoryParams.DEFAULT.splitThreshold(), 0}) {
            TopicSpace s = new TopicSpace(StoryParams.DEFAULT.with("splitThreshold", bar));
            s.add(1, words("Marrowby,Elsa Varn", "flood river lune homes rescue boats market"), null, 10);
            s.add(2, words("Marrowby,Elsa Varn", "flood river lune homes bridge repair market"), null, 10);
            s.add(3, words("Marrowby,Elsa Varn", "flood river lune homes rescue bridge engineers"), null, 20);
            s.add(4, words("Quellport,Jonas Tarr", "dockers strike wages cranes container ships"), null, 30);
            s.add(5, words("Quellport,Jonas Tarr", "dockers strike wages night shift port owners"), null, 30);
            s.add(6, words("Saltmere", "harvest grain price farmers drought"), null, 40);
            s.add(7, words("Rovers", "league match goal striker penalty"), null, 50);
            assertThat(s.mergeOrder(10, 20)).as("two stories of one flood merge, the larger keeping its id").containsExactly(10, 20);
            if (bar > 0) {
                assertThat(s.mergeOrder(10, 30)).as("a flood and a strike do not").isNull();
            } else {
                assertThat(s.mergeOrder(10, 30)).as("without the bar any bridged pair merges").isNotNull();
            }
        }
    }
}
