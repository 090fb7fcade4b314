package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two articles telling one fact in other forms of the same words ("ruled out … after breaking a bone in his arm",
 * "a broken arm ruling him out") or with the same figure are one line of a story summary, not two, though their words
 * as written overlap under the bar; a sentence with other news from the same story still shows. Invented articles.
 */
class StorySummaryRepeatsTest {

    @TempDir
    Path dir;

    private static long story(Library lib, LibraryEntry... entries) throws Exception {
        return Fixtures.oneStory(lib, entries);
    }

    private static List<String> texts(Library lib, long story) throws Exception {
        return lib.storySummary(story, null, 5).orElseThrow().sentences().stream().map(StorySummary.Sentence::text).toList();
    }

    @Test
    void oneFactInOtherFormsOfItsWordsIsOneLine() throws Exception {
        String ruled = "Tarrow prop Owen Reed has been ruled out of the cup final after breaking a bone in his arm.";
        String broken = "Owen Reed is staying positive despite a broken arm ruling him out of the cup final.";
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = story(lib,
                    Fixtures.summarisedWhole(Fixtures.analyzed("r1", "Reed out of Tarrow cup final", ruled
                            + "\n\nThe Tarrow club will name a new captain for the cup final on Friday.", "2024-03-01", List.of(), List.of()), "wire"),
                    Fixtures.summarisedWhole(Fixtures.analyzed("r2", "Reed positive despite cup final blow", broken
                            + "\n\nReed hopes to play for Tarrow again before the end of the season.", "2024-03-02", List.of(), List.of()), "herald"));
            List<String> texts = texts(lib, story);
            assertThat(texts).containsAnyOf(ruled, broken);
            assertThat(texts).as("one of the two tellings").doesNotContain(texts.contains(ruled) ? broken : ruled);
            assertThat(texts).contains("The Tarrow club will name a new captain for the cup final on Friday.");
        }
    }

    @Test
    void oneFactWithTheSameFigureIsOneLine() throws Exception {
        String kept = "The Brannock council kept the mooring charge at 475 pounds for a sixth season.";
        String stays = "Mooring at Brannock harbour stays at 475 pounds after the council vote.";
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = story(lib,
                    Fixtures.summarisedWhole(Fixtures.analyzed("m1", "Brannock mooring charge kept", kept
                            + "\n\nBrannock boat owners had asked the council for a lower mooring charge.", "2024-03-01", List.of(), List.of()), "wire"),
                    Fixtures.summarisedWhole(Fixtures.analyzed("m2", "Brannock mooring charge stays", stays
                            + "\n\nThe harbour master said the Brannock moorings were full for the summer.", "2024-03-02", List.of(), List.of()), "herald"));
            List<String> texts = texts(lib, story);
            assertThat(texts).containsAnyOf(kept, stays);
            assertThat(texts).as("one of the two tellings").doesNotContain(texts.contains(kept) ? stays : kept);
        }
    }
}
