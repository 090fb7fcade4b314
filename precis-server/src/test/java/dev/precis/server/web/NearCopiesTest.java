package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.web.Pages.Listed;
import dev.precis.server.web.Pages.StoryPage;
import dev.precis.store.ArticleRef;
import dev.precis.store.StoryInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearCopiesTest {

    private static final ArticleRef PIER = new ArticleRef(3, "Harbour town votes on its pier", "2023-04-02", "wire", 0);
    private static final ArticleRef COPY = new ArticleRef(8, "Harbour town votes on its pier", "2023-04-02", "wire", 0);
    private static final ArticleRef LATER = new ArticleRef(5, "Harbour town votes on its pier", "2023-04-05", "wire", 0);
    private static final ArticleRef OTHER = new ArticleRef(4, "Pier work starts in May", "2023-04-03", "courier", 0);

    @Test
    void aCopyWithTheSameHeadlineSourceAndDateIsListedOnceWithItsCount() {
        assertThat(NearCopies.once(List.of(PIER, OTHER, COPY, LATER)))
                .containsExactly(new Listed(PIER, 2), new Listed(OTHER, 1), new Listed(LATER, 1));
    }

    @Test
    void theStoryPageListsTheCopyOnceAndCountsEveryArticle() {
        StoryInfo story = new StoryInfo(9, "Pier rebuilt", List.of(), "2023-04-02", "2023-04-03", 3);
        String page = RenderedPages.render("story.jte", new StoryPage(story, List.of(PIER, OTHER, COPY), List.of(), null));
        String list = page.substring(page.indexOf("id=\"story-articles\""), page.indexOf("</ol>", page.indexOf("id=\"story-articles\"")));
        assertThat(list).containsOnlyOnce("Harbour town votes on its pier").contains("href=\"/articles/3\"")
                .doesNotContain("href=\"/articles/8\"").contains(" · 2 copies").containsOnlyOnce("copies");
        assertThat(page).contains("<h2>3 articles</h2>");
    }
}
