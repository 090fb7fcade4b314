package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story's title: the latest dated headline, or for undated articles the headline the others share most. */
class StoryTitlesTest {

    private static final String PRAISE = "Observers of the regional security council praised Anna Kessel on Friday.\n\n"
            + "They said her patient diplomacy with Pavel Droz had brought Veldoria and Ostmark closer to a border treaty than at any "
            + "time since the dispute began. The council's chair said the Valletta talks showed the treaty could be signed.";

    private static final String RATIFIED = "The parliament of Ostmark ratified the border treaty with Veldoria on Wednesday.\n\n"
            + "Pavel Droz told deputies that the treaty he signed with Anna Kessel ends decades of dispute over the frontier. "
            + "The assembly of Veldoria is expected to vote on the treaty next month.";

    private static final String BACKGROUND = "Veldoria and Ostmark have argued over their border for decades.\n\n"
            + "Talks began in Valletta, where Anna Kessel and Pavel Droz first met, and the border treaty was signed three years "
            + "later in the presence of the regional security council.";

    @TempDir
    Path dir;

    private static StoryTitles.Member undated(String title) {
        return new StoryTitles.Member(title, null);
    }

    @Test
    void anUndatedStoryTakesTheHeadlineItsOtherHeadlinesShareMost() {
        List<StoryTitles.Member> members = List.of(
                undated("Brantwell Oil loses appeal over tax bill"),
                undated("Brantwell Oil unit sold at auction"),
                undated("Court freezes Brantwell Oil assets"),
                // a side report the story took in last: it names another company
                undated("Kestrel Gas in new back-tax claim"));
        assertThat(StoryTitles.of(members)).isEqualTo("Brantwell Oil loses appeal over tax bill");
        // no headline shares a word: the earliest added
        assertThat(StoryTitles.of(List.of(undated("Harbour tolls to rise"), undated("Mayor defends ferry timetable"))))
                .isEqualTo("Harbour tolls to rise");
        assertThat(StoryTitles.of(List.of())).isNull();
    }

    @Test
    void aStoryWithDatedArticlesTakesTheLatestDatedHeadline() {
        List<StoryTitles.Member> members = List.of(
                new StoryTitles.Member("Brantwell Oil loses appeal over tax bill", "2024-02-01"),
                new StoryTitles.Member("Brantwell Oil unit sold at auction", "2024-03-05"),
                new StoryTitles.Member("Court freezes Brantwell Oil assets", "2024-01-10"),
                undated("Brantwell Oil: what happens next"));
        assertThat(StoryTitles.of(members)).isEqualTo("Brantwell Oil unit sold at auction");
        // the later added wins a tie of dates
        assertThat(StoryTitles.of(List.of(new StoryTitles.Member("First word", "2024-03-05"), new StoryTitles.Member("Last word", "2024-03-05"))))
                .isEqualTo("Last word");
    }

    private static LibraryEntry entry(AnalyzedArticle a) {
        return Fixtures.summarisedWhole(a, "wire");
    }

    @Test
    void theLibraryTitlesAStoryOfUndatedArticlesByItsSharedHeadlineNotItsLastAdded() throws Exception {
        List<String> people = List.of("Anna Kessel", "Pavel Droz");
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long talks = lib.add(entry(Fixtures.analyzed("t1", "Veldoria and Ostmark open border treaty talks", Fixtures.TALKS, null,
                    people, List.of()))).storyId();
            long signed = lib.add(entry(Fixtures.analyzed("t2", "Veldoria and Ostmark sign border treaty", Fixtures.TALKS_LATER, null,
                    people, List.of()))).storyId();
            assertThat(signed).isEqualTo(talks);
            // added last, its headline shares no word with the others: on main the story took it
            long side = lib.add(entry(Fixtures.analyzed("t3", "Kessel's diplomacy wins praise", PRAISE, null, people, List.of()))).storyId();
            assertThat(side).isEqualTo(talks);
            lib.flush();
            lib.consolidateStories();
            StoryInfo story = lib.story(talks).orElseThrow().info();
            assertThat(story.size()).isEqualTo(3);
            assertThat(story.title()).isEqualTo("Veldoria and Ostmark open border treaty talks");
            // a dated report takes the title as the newest development; a later undated one leaves it
            lib.add(entry(Fixtures.analyzed("t4", "Ostmark ratifies border treaty", RATIFIED, "2024-03-20", people, List.of())));
            lib.add(entry(Fixtures.analyzed("t5", "Border treaty: the background", BACKGROUND, null, people, List.of())));
            lib.flush();
            assertThat(lib.story(talks).orElseThrow().info().size()).isEqualTo(5);
            assertThat(lib.story(talks).orElseThrow().info().title()).isEqualTo("Ostmark ratifies border treaty");
        }
    }
}
