package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A date window ({@code --since 2024-01-01}) takes the undated articles added on or after its date, as a
 * duration window takes them by when they were added; a dated article added now but published before the
 * date stays out. The digest's list and the story summary agree.
 */
class DateWindowUndatedTest {

    @TempDir
    Path dir;

    @Test
    void aDateWindowTakesUndatedArticlesAddedSinceItsDate() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long undated = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("t1", "Veldoria and Ostmark open border treaty talks in Valletta", Fixtures.TALKS,
                    null, List.of("Anna Kessel", "Pavel Droz"), List.of()), "wire")).articleId();
            long old = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("f1", "Rovers go top after beating Harbour City", Fixtures.FOOTBALL, "2019-03-10",
                    List.of("Tom Baxter", "Lee Quinn"), List.of()), "sport")).articleId();
            lib.flush();
            lib.consolidateStories();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            DigestWindow sinceYesterday = new DigestWindow(today.minusDays(1), null);
            Digest d = lib.digest(sinceYesterday, 10);
            assertThat(d.stories()).singleElement().satisfies(e -> assertThat(e.newArticles()).extracting(ArticleRef::id).containsExactly(undated));
            long story = lib.article(undated).orElseThrow().story().id();
            assertThat(d.stories().get(0).summary().sentences()).isNotEmpty().allSatisfy(x -> assertThat(x.articleId()).isEqualTo(undated));
            assertThat(lib.storySummary(story, sinceYesterday, StorySummaries.MAX_SENTENCES).orElseThrow().sentences())
                    .isEqualTo(d.stories().get(0).summary().sentences());
            // added before the window's date: out, as a dated article published before it is
            DigestWindow sinceTomorrow = new DigestWindow(today.plusDays(1), null);
            assertThat(lib.digest(sinceTomorrow, 10).stories()).isEmpty();
            assertThat(lib.storySummary(story, sinceTomorrow, 5).orElseThrow().sentences()).isEmpty();
            // the dated article was added now too, but its publication date is what a date window reads
            long oldStory = lib.article(old).orElseThrow().story().id();
            assertThat(lib.storySummary(oldStory, sinceYesterday, 5).orElseThrow().sentences()).isEmpty();
            assertThat(lib.digest(new DigestWindow(LocalDate.of(2019, 1, 1), null), 10).stories()).hasSize(2);
        }
    }
}
