package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article of a story of several whose text is replaced by one on another topic leaves that story: the story
 * shrinks and is retitled from the member left, the article is planned as a new one (here a story of its own), the
 * related links to and from it are written again, and all of it is in the database (a reopened library agrees).
 */
class TextRefreshStoryTest {

    @TempDir
    Path dir;

    private static LibraryEntry entry(AnalyzedArticle a) {
        Summary summary = new Summary(a.article().id(), List.of(new SummarySentence(0, a.sentences().get(0).range(), 1.0)));
        return new LibraryEntry(a, summary, "wire", "wire/" + a.article().id());
    }

    @Test
    void anArticleWhoseNewTextIsOnAnotherTopicLeavesItsStory() throws Exception {
        AnalyzedArticle talks = Fixtures.analyzed("t1", "Veldoria and Ostmark open border treaty talks in Valletta", Fixtures.TALKS,
                "2021-12-06", List.of("Anna Kessel", "Pavel Droz"), List.<String[]>of(new String[] {"5 December", "2021-12-05"}));
        AnalyzedArticle later = Fixtures.analyzed("t2", "Veldoria and Ostmark sign the border treaty", Fixtures.TALKS_LATER,
                "2024-03-13", List.of("Anna Kessel", "Pavel Droz"), List.<String[]>of(new String[] {"12 March", "2024-03-12"}));
        AnalyzedArticle football = Fixtures.analyzed("f1", "Rovers go top after beating Harbour City", Fixtures.FOOTBALL,
                "2024-03-10", List.of("Tom Baxter", "Lee Quinn"), List.of());
        LibraryConfig config = LibraryConfig.embedded(dir);
        long first;
        long second;
        long story;
        try (Library lib = Library.open(config)) {
            AddResult a = lib.add(entry(talks));
            AddResult b = lib.add(entry(later));
            assertThat(b.storyId()).isEqualTo(a.storyId());
            assertThat(lib.article(a.articleId()).orElseThrow().related()).extracting(ArticleRef::id).contains(b.articleId());
            first = a.articleId();
            second = b.articleId();
            AddResult r = lib.replaceText(second, entry(football));
            assertThat(r.status()).isEqualTo(AddResult.Status.REFRESHED);
            assertThat(r.storyId()).isNotEqualTo(a.storyId());
            story = r.storyId();
            assertThat(lib.check().consistent()).isTrue();
        }
        try (Library lib = Library.open(config)) {
            StoryInfo kept = lib.article(first).orElseThrow().story();
            assertThat(kept.size()).isEqualTo(1);
            assertThat(kept.title()).isEqualTo("Veldoria and Ostmark open border treaty talks in Valletta");
            assertThat(lib.article(first).orElseThrow().related()).extracting(ArticleRef::id).doesNotContain(second);
            StoryInfo own = lib.article(second).orElseThrow().story();
            assertThat(own.id()).isEqualTo(story);
            assertThat(own.title()).isEqualTo("Rovers go top after beating Harbour City");
            assertThat(own.keyEntities()).contains("Tom Baxter").doesNotContain("Anna Kessel");
            assertThat(lib.stories(2, 10)).isEmpty();
            assertThat(lib.search(SearchQuery.of("person:\"Tom Baxter\"")).hits()).extracting(SearchHit::articleId).containsExactly(second);
        }
    }
}
