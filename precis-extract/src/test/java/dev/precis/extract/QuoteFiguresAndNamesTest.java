package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * What the cleaner keeps of an article's own boxes, on pages written for this test: a quotation set in a
 * {@code <figure>} with its attribution, a heading in a page builder's "widget" box, and sections whose class
 * or id spell a chrome word by chance (an id made from the section's heading, a build hash); and what it still
 * drops: a picture's caption, an embedded social post, a real ad box and a sidebar widget.
 */
class QuoteFiguresAndNamesTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String PARA = "<p>The town council met on Tuesday evening to discuss the new cycle lanes,"
            + " and most of the speakers asked for the work to start before the summer holidays begin.</p>";

    private static String page(String inner) {
        return "<html><head><title>Council backs the new cycle lanes</title></head><body><article>"
                + "<h1>Council backs the new cycle lanes</h1>" + PARA + inner + PARA.replace("Tuesday", "Monday")
                + PARA.replace("summer", "autumn") + "</article></body></html>";
    }

    private static final String URL = "https://news.example/council-cycle-lanes";

    @Test
    void aQuotationInAFigureIsKeptAndACaptionIsNot() throws Exception {
        String html = page("<figure class=\"quote-block\"><blockquote><p>We have waited ten years for a safe way"
                + " to ride to school.</p></blockquote><figcaption>Anna Berg, parent</figcaption></figure>"
                + "<figure><img src=\"/lane.jpg\" alt=\"\"><figcaption>The lane on Mill Street in May</figcaption></figure>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("We have waited ten years for a safe way to ride to school.")
                .doesNotContain("The lane on Mill Street in May");
    }

    @Test
    void anEmbeddedSocialPostInAFigureIsNotKept() throws Exception {
        String html = page("<figure class=\"wp-block-embed is-provider-social\"><div class=\"wp-block-embed__wrapper\">"
                + "<blockquote class=\"social-post\"><p>Lanes approved tonight, finally some good news for riders!</p>"
                + "— A Rider (@arider) March 3, 2026</blockquote></div></figure>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("The town council met").doesNotContain("finally some good news for riders");
    }

    @Test
    void aHeadingInABuildersWidgetBoxIsKeptAndASidebarWidgetIsNot() throws Exception {
        String html = page("<div class=\"builder-element builder-widget builder-widget-heading\"><h2>What happens"
                + " next</h2></div>" + PARA.replace("council", "mayor")
                + "<div class=\"widget recent-posts\"><h3>Recent posts</h3><ul><li><a href=\"/a\">Bridge works"
                + " delayed again</a></li><li><a href=\"/b\">New bus timetable</a></li></ul></div>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("What happens next").doesNotContain("Recent posts", "Bridge works delayed");
    }

    @Test
    void aHeadingWhoseIdIsItsOwnSlugIsKept() throws Exception {
        // "menu" is a strong chrome word: only the id being the heading's own words saves it
        String html = page("<h2 id=\"h-a-menu-of-routes-for-every-school\">A menu of routes for every school</h2>"
                + "<p>The council will also hold two evenings of questions at the library, where riders and shop"
                + " owners can look at the drawings and say what they think of the plan.</p>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("A menu of routes for every school", "two evenings of questions at the library");
    }

    @Test
    void aSectionWhoseIdHoldsABuildHashIsKeptAndARealAdBoxIsNot() throws Exception {
        String html = page("<section class=\"component\" id=\"component_bbc4ad583c\"><p>Work on the first lane,"
                + " along the river path, starts in April and should take about six weeks, the council said.</p></section>"
                + "<div class=\"ad-slot\" id=\"div-gpt-ad-1234-0\"><p>Buy cheap bicycle bells today</p></div>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("Work on the first lane, along the river path")
                .doesNotContain("Buy cheap bicycle bells");
    }
}
