package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story summary prefers a sentence that does not open with a personal pronoun ("He said …": the person is
 * named nowhere in the summary) when another sentence scores about as well, and keeps it when the others score
 * far less. The articles are invented.
 */
class StorySummaryPronounTest {

    @TempDir
    Path dir;

    private static final String WIRE = "He said the Kessock ferry would return to the island crossing in March after the engine repairs at Arnmouth.\n\n"
            + "Morven Tulloch chairs the Kessock ferry board, which met at Arnmouth on Monday.";
    private static final String COURIER = "The Kessock ferry will return to the island crossing in March, the ferry board said.\n\n"
            + "Morven Tulloch said the engine repairs at Arnmouth took the whole winter.";
    private static final String LONE = "She opened the new reading room of the Dunmoor library on Saturday morning.\n\n"
            + "Hedda Marlow, the county's librarian, said the room had been closed for repairs.";

    @Test
    void aSentenceOpeningWithAPronounYieldsToOneScoringAboutAsWell() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long wire = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("w1", "Ferry back in March", WIRE, "2024-05-01",
                    List.of("Morven Tulloch"), List.of()), "wire")).articleId();
            long courier = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("c1", "Kessock ferry to return", COURIER, "2024-05-02",
                    List.of("Morven Tulloch"), List.of()), "courier")).articleId();
            lib.flush();
            lib.consolidateStories();
            long story = lib.article(wire).orElseThrow().story().id();
            assertThat(lib.article(courier).orElseThrow().story().id()).as("one story").isEqualTo(story);
            // without the rule: the wire's "He said the Kessock ferry …", the more central of the two first sentences
            assertThat(lib.storySummary(story, null, 1).orElseThrow().sentences()).singleElement()
                    .satisfies(x -> assertThat(x.text()).startsWith("The Kessock ferry will return"));
        }
    }

    @Test
    void aSentenceOpeningWithAPronounStaysWhenTheOthersScoreFarLess() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long lone = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("l1", "Reading room opens", LONE, "2024-05-04",
                    List.of("Hedda Marlow"), List.of()), "wire")).articleId();
            lib.flush();
            lib.consolidateStories();
            long story = lib.article(lone).orElseThrow().story().id();
            assertThat(lib.storySummary(story, null, 1).orElseThrow().sentences()).singleElement()
                    .satisfies(x -> assertThat(x.text()).startsWith("She opened the new reading room"));
        }
    }
}
