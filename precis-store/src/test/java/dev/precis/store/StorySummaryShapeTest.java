package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story summary never opens a sentence on a word that points to the sentence before it ("But", "It") without
 * that sentence, and never shows a list's lead or item alone; no story is left without a summary. The articles
 * are invented.
 */
class StorySummaryShapeTest {

    @TempDir
    Path dir;

    private static final String BRIDGE = "The Tarrow bridge will close for repairs on Monday, the county council said.\n\n"
            + "Engineers found cracks in two of the bridge's piers during a survey in the spring.\n\n"
            + "But the ferry to Tarrow island will run every hour while the bridge is shut.";
    private static final String HERALD = "Drivers to Tarrow island face a long detour when the bridge closes on Monday.\n\n"
            + "Council engineer Ilse Varga said the repairs to the Tarrow bridge piers would take six weeks.";
    private static final String PLAN = "The county council has set out its plans for the Tarrow bridge repairs:\n"
            + "New steel supports for two piers\n"
            + "A temporary footbridge beside the road\n\n"
            + "Work on the Tarrow bridge will start on Monday and last six weeks.";

    private long story(Library lib, LibraryEntry... entries) throws Exception {
        return Fixtures.oneStory(lib, entries);
    }

    /** The article as a library entry whose stored summary is the sentences at {@code picked}, best first. */
    private static LibraryEntry summarised(AnalyzedArticle a, String source, int... picked) {
        List<SummarySentence> s = new ArrayList<>();
        for (int k = 0; k < picked.length; k++) {
            s.add(new SummarySentence(picked[k], a.sentences().get(picked[k]).range(), 1.0 / (1 + k)));
        }
        return new LibraryEntry(a, new Summary(a.article().id(), s), source, source + "/" + a.article().id());
    }

    private static List<String> texts(Library lib, long story, int max) throws Exception {
        return lib.storySummary(story, null, max).orElseThrow().sentences().stream().map(StorySummary.Sentence::text).toList();
    }

    private static AnalyzedArticle bridge() {
        return Fixtures.analyzed("b1", "Tarrow bridge to close", BRIDGE, "2024-06-01", List.of(), List.of());
    }

    private static AnalyzedArticle herald() {
        return Fixtures.analyzed("h1", "Detour for Tarrow drivers", HERALD, "2024-06-02", List.of("Ilse Varga"), List.of());
    }

    @Test
    void aSentenceOpeningOnAConnectiveComesWithTheSentenceBeforeIt() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            // the bridge article's stored summary scores the "But" sentence first, then the one before it
            long story = story(lib, summarised(bridge(), "wire", 2, 1), Fixtures.summarisedWhole(herald(), "herald"));
            List<String> texts = texts(lib, story, 5);
            int but = texts.indexOf("But the ferry to Tarrow island will run every hour while the bridge is shut.");
            assertThat(but).as("the best candidate is kept").isPositive();
            assertThat(texts.get(but - 1)).as("its predecessor just before it").startsWith("Engineers found cracks");
        }
    }

    @Test
    void itIsLeftOutWhenTheSentenceBeforeItIsNoCandidate() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            // the stored summary skips the sentence the "But" sentence follows: the story cannot show the two together
            long story = story(lib, summarised(bridge(), "wire", 0, 2), Fixtures.summarisedWhole(herald(), "herald"));
            assertThat(texts(lib, story, 5)).isNotEmpty().noneMatch(t -> t.startsWith("But"));
        }
    }

    @Test
    void itIsTakenWithItsPredecessorOnlyWhenBothFit() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            // the "But" sentence is the bridge article's best candidate after its lede; with room for two
            // sentences and the lede taken, the pair does not fit
            long story = story(lib, summarised(bridge(), "wire", 0, 2, 1));
            assertThat(texts(lib, story, 2)).containsExactly(
                    "The Tarrow bridge will close for repairs on Monday, the county council said.",
                    "Engineers found cracks in two of the bridge's piers during a survey in the spring.");
            // with room for three, a story of one article is not held to two: the pair's first is taken, then the "But" after it
            assertThat(texts(lib, story, 3)).containsExactly(
                    "The Tarrow bridge will close for repairs on Monday, the county council said.",
                    "Engineers found cracks in two of the bridge's piers during a survey in the spring.",
                    "But the ferry to Tarrow island will run every hour while the bridge is shut.");
        }
    }

    @Test
    void anArticlesFirstSentenceOpeningOnAPronounComesAfterEveryOtherCandidateInAStoryOfSeveral() throws Exception {
        String herald = "It will be a long detour for drivers to Tarrow island when the bridge closes on Monday.\n\n"
                + "Council engineer Ilse Varga said the repairs to the Tarrow bridge piers would take six weeks.";
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = story(lib, Fixtures.summarisedWhole(bridge(), "wire"), Fixtures.summarisedWhole(
                    Fixtures.analyzed("h2", "Detour for Tarrow drivers", herald, "2024-06-02", List.of("Ilse Varga"), List.of()), "herald"));
            // without the rule: the two ledes, the best candidates of their articles
            assertThat(texts(lib, story, 2)).hasSize(2).noneMatch(t -> t.startsWith("It will be"));
            assertThat(texts(lib, story, 5)).anyMatch(t -> t.startsWith("It will be"));
        }
    }

    @Test
    void aListsLeadAndItemsAreNeverChosen() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = story(lib, Fixtures.summarisedWhole(Fixtures.analyzed("p1", "Tarrow bridge repairs", PLAN, "2024-06-01",
                    List.of(), List.of()), "wire"), Fixtures.summarisedWhole(herald(), "herald"));
            List<String> texts = texts(lib, story, 5);
            assertThat(texts).contains("Work on the Tarrow bridge will start on Monday and last six weeks.")
                    .noneMatch(t -> t.endsWith(":") || t.startsWith("New steel") || t.startsWith("A temporary"));
        }
    }

    @Test
    void aStoryOfFragmentsOnlyKeepsItsSummary() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = story(lib, summarised(Fixtures.analyzed("p2", "Tarrow bridge repairs", PLAN, "2024-06-01",
                    List.of(), List.of()), "wire", 0, 1));
            assertThat(texts(lib, story, 3)).isNotEmpty();
        }
    }
}
