package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import org.junit.jupiter.api.Test;

/**
 * An h1 in a box that is not the article's (a sign-up overlay, the menu, a sidebar, a dialog) does not
 * make the article's own h1 one of several: the article's h1 stays its title even when the meta titles
 * word it otherwise. Pages written for this test.
 */
class BoxedHeadingTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String PARAGRAPHS = PageTypeTest.PARAGRAPHS;

    private static final String META = "<title>Council weighs three options for the old baths | Town Courier</title>"
            + "<meta property=\"og:title\" content=\"Council weighs three options for the old baths\">"
            + "<meta property=\"og:type\" content=\"article\">";

    private static final String HEADLINE = "Swimming, a Cafe or Flats? What Happens to the Old Baths Next";

    private ExtractedPage page(String before, String after) throws ExtractionException {
        return extractor.extractPage("<html><head>" + META + "</head><body>" + before + "<article><h1>" + HEADLINE
                + "</h1>" + PARAGRAPHS + "</article>" + after + "</body></html>", "https://town.example/news/baths-future");
    }

    @Test
    void anH1InASignUpOverlayMenuOrSidebarLeavesTheArticlesH1ItsTitle() throws Exception {
        assertThat(page("", "<div class=\"subscribe-overlay\"><h1>Subscribe to the Town Courier for the local news"
                + " that matters</h1><form><input name=\"email\"></form></div>").article().title()).isEqualTo(HEADLINE);
        assertThat(page("<nav><h1>Open menu close menu</h1></nav>", "").article().title()).isEqualTo(HEADLINE);
        assertThat(page("", "<div class=\"widget-area\" role=\"complementary\"><h1>Recent posts from the"
                + " newsroom</h1></div>").article().title()).isEqualTo(HEADLINE);
        assertThat(page("<div id=\"newsletterModal\"><h1>Get our weekly newsletter in your inbox</h1></div>", "")
                .article().title()).isEqualTo(HEADLINE);
    }

    @Test
    void twoH1sOfTheArticlesOwnStillLeaveTheMetaTitle() throws Exception {
        // a second h1 outside any such box (a section title as h1) still means no single headline
        assertThat(page("", "<section><h1>Other stories from the town council this week</h1></section>")
                .article().title()).isEqualTo("Council weighs three options for the old baths");
    }

    @Test
    void anH1OnlyInsideSuchABoxIsStillRead() throws Exception {
        // a page whose one h1 stands in a wrapper named for the sidebar beside it still has that h1 as its headline
        String html = "<html><head>" + META + "</head><body><div class=\"layout-with-sidebar\"><h1>" + HEADLINE
                + "</h1></div><article>" + PARAGRAPHS + "</article></body></html>";
        assertThat(extractor.extractPage(html, "https://town.example/news/baths-future").article().title())
                .isEqualTo(HEADLINE);
    }
}
