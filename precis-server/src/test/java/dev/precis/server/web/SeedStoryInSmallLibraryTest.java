package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.store.ArticleRef;
import dev.precis.store.ArticleView;
import dev.precis.store.StoryView;
import dev.precis.store.TimelineEvent;
import dev.precis.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's fixture library with the seeds ({@link ReaderFixtures#build}: the two seed articles with their dates, then
 * the four short fixture articles, one consolidation) holds the two seeds as one story with both articles and a timeline
 * from both years — issue 15's acceptance, read without a browser. This is the library in which stories57's member check
 * let the 2022 seed leave the 2024 seed's story (the consolidation's re-read under a six-article library's idf), which
 * {@code ReaderBrowserIT} found only in CI. Skips when ../shared is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedStoryInSmallLibraryTest {

    private ReaderFixtures.Built built;

    @BeforeAll
    void build(@TempDir Path dir) throws Exception {
        built = ReaderFixtures.build(dir.resolve("lib"), SharedData.require("seeds"));
        assertThat(built.ids()).containsKeys("seed000", "seed003");
    }

    @AfterAll
    void close() throws Exception {
        if (built != null) {
            built.library().close();
        }
    }

    private long id(String name) {
        return built.ids().get(name);
    }

    private StoryView storyOf(String name) throws Exception {
        ArticleView a = built.library().article(id(name)).orElseThrow();
        assertThat(a.story()).as("%s has a story", name).isNotNull();
        return built.library().story(a.story().id()).orElseThrow();
    }

    @Test
    void theTwoSeedsAreOneStoryWithBothArticles() throws Exception {
        StoryView late = storyOf("seed000");
        StoryView early = storyOf("seed003");
        assertThat(early.info().id()).isEqualTo(late.info().id());
        assertThat(late.articles()).extracting(ArticleRef::id).containsExactlyInAnyOrder(id("seed000"), id("seed003"));
        assertThat(late.info().size()).isEqualTo(2);
        // publication order: the 2022 seed first
        assertThat(late.articles()).extracting(ArticleRef::id).containsExactly(id("seed003"), id("seed000"));
    }

    @Test
    void theFixtureArticlesStayOutOfTheSeedsStory() throws Exception {
        StoryView seeds = storyOf("seed000");
        assertThat(seeds.articles()).extracting(ArticleRef::id)
                .doesNotContain(id("pier"), id("xssTitle"), id("xssByline"), id("scriptQuote"));
    }

    @Test
    void theStorysTimelineSpans2022To2024FromBothSeeds() throws Exception {
        StoryView seeds = storyOf("seed003");
        assertThat(seeds.timeline()).isNotEmpty();
        assertThat(seeds.timeline()).extracting(TimelineEvent::value)
                .anySatisfy(v -> assertThat(v).startsWith("2022"))
                .anySatisfy(v -> assertThat(v).startsWith("2024"));
        assertThat(seeds.timeline()).extracting(TimelineEvent::articleId).contains(id("seed003"), id("seed000"));
    }
}
