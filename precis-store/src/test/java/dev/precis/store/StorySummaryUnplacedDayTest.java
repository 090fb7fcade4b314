package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a story of undated articles a sentence naming its day relative to the article's ("on Monday") yields to one that
 * scores about as well and needs no day (no date can be shown beside the day: the article has none); a dated article's
 * sentence keeps its place (its date is shown beside the day), and so does an undated lede the others score far under.
 * Invented articles.
 */
class StorySummaryUnplacedDayTest {

    @TempDir
    Path dir;

    private static final String WIRE = "The Kessock ferry returned to the island crossing on Monday after the engine repairs at Arnmouth took the"
            + " whole winter.\n\nMorven Tulloch chairs the Kessock ferry board, which met at Arnmouth in the spring.";
    private static final String COURIER = "The Kessock ferry is back on the island crossing, its owners told passengers.\n\n"
            + "Morven Tulloch said the engine repairs at Arnmouth took the whole winter.";

    private String first(String wirePublished, String courierPublished) throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve(wirePublished == null ? "undated" : "dated")))) {
            long wire = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("w1", "Ferry back", WIRE, wirePublished,
                    List.of("Morven Tulloch"), List.of()), "wire")).articleId();
            long courier = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("c1", "Kessock ferry returns", COURIER, courierPublished,
                    List.of("Morven Tulloch"), List.of()), "courier")).articleId();
            lib.flush();
            lib.consolidateStories();
            long story = lib.article(wire).orElseThrow().story().id();
            assertThat(lib.article(courier).orElseThrow().story().id()).as("one story").isEqualTo(story);
            return lib.storySummary(story, null, 1).orElseThrow().sentences().get(0).text();
        }
    }

    @Test
    void anUndatedSentencesUnplacedDayYieldsToOneScoringAboutAsWell() throws Exception {
        // the wire's first sentence is the more central (it shares the repairs and the winter with the courier's second)
        assertThat(first(null, null)).startsWith("The Kessock ferry is back");
    }

    @Test
    void aDatedSentenceKeepsItsPlace() throws Exception {
        assertThat(first("2024-05-01", "2024-05-01")).startsWith("The Kessock ferry returned to the island crossing on Monday");
    }
}
