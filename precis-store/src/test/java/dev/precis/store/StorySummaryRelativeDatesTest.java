package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story summary's sentence carries the time expressions in it that are worded relative to its article's day, with
 * the value they resolve to, so a reader shown it days later can be shown the date; a date written out is no such
 * expression, and an undated article has none to give. Invented articles, times resolved by hand.
 */
class StorySummaryRelativeDatesTest {

    @TempDir
    Path dir;

    private static final String PIER = "The Brannock council voted on Tuesday to rebuild the old stone pier.\n\n"
            + "Repairs to the north wall began yesterday's morning shift, the harbour master said.\n\n"
            + "The ferries will return on 19 June, a week after the pier reopens.";

    private static long story(Library lib, LibraryEntry entry) throws Exception {
        long id = lib.add(entry).articleId();
        lib.flush();
        lib.consolidateStories();
        return lib.article(id).orElseThrow().story().id();
    }

    private static List<StorySummary.Sentence> sentences(Library lib, long story) throws Exception {
        return lib.storySummary(story, null, 5).orElseThrow().sentences();
    }

    private static List<String[]> times() {
        return List.of(new String[] {"Tuesday", "2024-05-14"}, new String[] {"yesterday", "2024-05-15"},
                new String[] {"19 June", "2024-06-19"});
    }

    @Test
    void aDatedArticlesRelativeDaysComeWithTheirDates() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = story(lib, Fixtures.summarisedWhole(Fixtures.analyzed("p1", "Brannock pier to be rebuilt", PIER, "2024-05-16",
                    List.of(), times()), "wire"));
            List<StorySummary.Sentence> s = sentences(lib, story);
            assertThat(s).hasSize(3);
            int tuesday = PIER.indexOf("Tuesday");
            int yesterday = PIER.indexOf("yesterday");
            assertThat(s.get(0).relativeDates()).containsExactly(new StorySummary.RelativeDate(tuesday, tuesday + 7, "2024-05-14"));
            assertThat(s.get(1).relativeDates()).containsExactly(new StorySummary.RelativeDate(yesterday, yesterday + 9, "2024-05-15"));
            // "19 June" is a date as written: it reads the same anywhere
            assertThat(s.get(2).relativeDates()).isEmpty();
            // the stored text is as written
            assertThat(s.get(0).text()).isEqualTo("The Brannock council voted on Tuesday to rebuild the old stone pier.");
        }
    }

    @Test
    void anUndatedArticleHasNoDayToCountFrom() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = story(lib, Fixtures.summarisedWhole(Fixtures.analyzed("p2", "Brannock pier to be rebuilt", PIER, null,
                    List.of(), times()), "wire"));
            assertThat(sentences(lib, story)).hasSize(3).allSatisfy(x -> assertThat(x.relativeDates()).isEmpty());
        }
    }
}
