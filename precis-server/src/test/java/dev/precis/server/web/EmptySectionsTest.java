package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.web.Pages.ArticlePage;
import dev.precis.server.web.Pages.EntityPage;
import dev.precis.server.web.Pages.Moment;
import dev.precis.server.web.Pages.SaidItem;
import dev.precis.server.web.Pages.StoryPage;
import dev.precis.store.ArticleRef;
import dev.precis.store.StoryInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reader page shows no heading over nothing: a place that never speaks has no "What … said", a story
 * without dated events no "Timeline", an article's story no "Story timeline" saying it is empty. Rendered
 * from the reader's compiled templates with made-up pages.
 */
class EmptySectionsTest {

    private static final ArticleRef PIER = new ArticleRef(3, "Harbour town votes on its pier", "2023-04-02", "wire", 0);
    private static final StoryInfo STORY = new StoryInfo(9, "Pier rebuilt", List.of("Selby Harbour"), null, null, 1);
    private static final Moment MAY = new Moment("2023-05", "Work starts ", "in May", ".", 3, PIER.title(), false);

    private static String render(String template, Object page) {
        return RenderedPages.render(template, page);
    }

    @Test
    void anEntityThatSaidNothingHasNoSaidSectionAndItsArticlesTakeTheMainColumn() {
        String place = render("entity.jte", new EntityPage("Selby Harbour", "location", List.of(PIER), List.of()));
        assertThat(place).doesNotContain("said").doesNotContain("No quotes").doesNotContain("<aside")
                .contains("<h2>Articles mentioning <bdi>Selby Harbour</bdi></h2>").contains("id=\"entity-articles\"")
                .contains("/articles/3");

        String person = render("entity.jte", new EntityPage("Anna Berg", "person", List.of(PIER),
                List.of(new SaidItem(PIER, "We have waited two winters", "/articles/3#q-1", true))));
        assertThat(person).contains("<h2>What <bdi>Anna Berg</bdi> said</h2>").contains("id=\"entity-quotes\"")
                .containsPattern("(?s)<aside class=\"panel\">\\s*<h2>Articles mentioning");
    }

    @Test
    void aStoryWithoutDatedEventsHasNoTimelineHeading() {
        assertThat(render("story.jte", new StoryPage(STORY, List.of(PIER), List.of(), null)))
                .doesNotContain("Timeline").doesNotContain("No dated events").contains("id=\"story-articles\"");
        assertThat(render("story.jte", new StoryPage(STORY, List.of(PIER), List.of(MAY), null)))
                .contains("<h2>Timeline</h2>").contains("<mark>in May</mark>");
    }

    @Test
    void anArticlesStoryWithoutDatedEventsIsALinkNotAnEmptyTimeline() {
        String page = render("article.jte", article(List.of()));
        assertThat(page).doesNotContain("Story timeline").doesNotContain("No dated events")
                .contains("<h2>Story</h2>").contains("href=\"/stories/9\"");
        assertThat(render("article.jte", article(List.of(MAY)))).contains("<h2>Story timeline</h2>").contains("<mark>in May</mark>");
    }

    private static ArticlePage article(List<Moment> timeline) {
        return new ArticlePage(3, PIER.title(), null, "wire", "2023-04-02", null, List.of(), null, "75-words", List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), STORY, timeline, List.of(), null);
    }
}
