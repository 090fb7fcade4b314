package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.web.Pages.ArticlePage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader's "First published …": the day the page declared, in words and in the page's own zone, beside the date
 * the article is shown with, and nothing at all when the article declares no other date. Rendered from the reader's
 * compiled templates with made-up pages.
 */
class FirstPublishedTest {

    @Test
    void theDeclaredDayIsWordedAsThePageGaveIt() {
        assertThat(FirstPublished.shown("2022-05-03T08:15:00-04:00")).isEqualTo("3 May 2022");
        // the day of the page's own zone, not the day in UTC
        assertThat(FirstPublished.shown("2022-05-03T23:30:00-04:00")).isEqualTo("3 May 2022");
        assertThat(FirstPublished.shown("2024-11-25")).isEqualTo("25 November 2024");
        assertThat(FirstPublished.shown("May 2022")).as("not an ISO day: as stored").isEqualTo("May 2022");
        assertThat(FirstPublished.shown(null)).isNull();
        assertThat(FirstPublished.shown(" ")).isNull();
    }

    @Test
    void thePageSaysItBesideItsDateOnlyWhenThereIsOne() {
        String with = RenderedPages.render("article.jte", page("Sam Baker", "2023-11-08", "2022-05-03T08:15:00-04:00"));
        assertThat(with).contains("<p class=\"byline\"><span id=\"article-byline\">Sam Baker</span> · <time>2023-11-08</time>"
                + " · <span class=\"first-published\" id=\"article-first-published\">First published"
                + " <time datetime=\"2022-05-03T08:15:00-04:00\">3 May 2022</time></span></p>");
        // no byline and no date shown: no separator before it
        assertThat(RenderedPages.render("article.jte", page(null, null, "2022-05-03")))
                .contains("<p class=\"byline\"><span class=\"first-published\" id=\"article-first-published\">First published"
                        + " <time datetime=\"2022-05-03\">3 May 2022</time></span></p>");
        String without = RenderedPages.render("article.jte", page("Sam Baker", "2023-11-08", null));
        assertThat(without).contains("<p class=\"byline\"><span id=\"article-byline\">Sam Baker</span> · <time>2023-11-08</time></p>")
                .doesNotContain("First published").doesNotContain("article-first-published");
    }

    private static ArticlePage page(String byline, String published, String declared) {
        return new ArticlePage(3, "Keeping a sourdough starter", byline, "kitchen", published, null, List.of(), null, "75-words",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), null, declared);
    }
}
