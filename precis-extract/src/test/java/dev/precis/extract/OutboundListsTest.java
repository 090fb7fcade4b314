package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Link-heavy lists and paragraphs inside an article body, on pages written for this test: links out of the
 * site (shops, official pages, sources) are what the writer names and stay in the text; links into the site
 * (more articles of the same blog) stay out, as before, and so does everything when the page names no site.
 */
class OutboundListsTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String PARA = "<p>A good pair of pliers lasts a working life, so it pays to hold a few in the"
            + " hand before buying, and to check that the jaws close flat along their whole length.</p>";

    private static String page(String inner) {
        return "<html><head><title>The hand tools an electrician needs</title>"
                + "<link rel=\"canonical\" href=\"https://www.toolnotes.example/electrician-tools\"></head><body>"
                + "<article><h1>The hand tools an electrician needs</h1>" + PARA + "<h2>1. Pliers</h2>" + inner
                + PARA.replace("pliers", "screwdrivers") + PARA.replace("buying", "ordering") + "</article></body></html>";
    }

    private static String list(String... hrefsAndTexts) {
        StringBuilder b = new StringBuilder("<ul>");
        for (int i = 0; i < hrefsAndTexts.length; i += 2) {
            b.append("<li><a href=\"").append(hrefsAndTexts[i]).append("\">").append(hrefsAndTexts[i + 1])
                    .append("</a></li>");
        }
        return b.append("</ul>").toString();
    }

    private static final String SHOPS = list("https://shop-one.example/pliers/77", "Shop One (Sturdy Brand)",
            "https://www.hardware-two.example/p/1234", "Hardware Two (Red Handle Brand)",
            "https://market.example/item?id=9", "Market (Blue Grip Brand)");

    @Test
    void aListOfLinksToOtherSitesIsKept() throws Exception {
        Article a = extractor.extract(page(SHOPS), "https://www.toolnotes.example/electrician-tools");
        assertThat(a.text()).contains("Shop One (Sturdy Brand)", "Hardware Two (Red Handle Brand)",
                "Market (Blue Grip Brand)", "A good pair of pliers");
    }

    @Test
    void aListOfLinksIntoTheSiteIsNotKept() throws Exception {
        String html = page(list("/wire-strippers", "Our guide to wire strippers",
                "https://www.toolnotes.example/voltage-testers", "Our guide to voltage testers",
                "https://blog.toolnotes.example/tool-belts", "Our guide to tool belts"));
        Article a = extractor.extract(html, "https://toolnotes.example/electrician-tools");
        assertThat(a.text()).contains("A good pair of pliers").doesNotContain("Our guide to wire strippers",
                "Our guide to voltage testers", "Our guide to tool belts");
    }

    @Test
    void aPageReadWithoutAnAddressTakesItsSiteFromTheCanonicalLink() throws Exception {
        Article a = extractor.extract(page(SHOPS), null);
        assertThat(a.text()).contains("Shop One (Sturdy Brand)", "Market (Blue Grip Brand)");
    }

    @Test
    void aPageThatNamesNoSiteKeepsNoLinkList() throws Exception {
        String html = page(SHOPS).replaceAll("<link rel=\"canonical\"[^>]*>", "");
        Article a = extractor.extract(html, null);
        assertThat(a.text()).contains("A good pair of pliers").doesNotContain("Shop One (Sturdy Brand)");
    }

    @Test
    void aShortParagraphMostlyALinkOutIsKeptAndOneIntoTheSiteIsNot() throws Exception {
        String html = page("<p>Tickets: <a href=\"https://fair.example/tickets\">the trade fair's own ticket page</a></p>"
                + "<p>See: <a href=\"/best-multimeters\">the best multimeters we tested this year</a></p>");
        Article a = extractor.extract(html, "https://www.toolnotes.example/electrician-tools");
        assertThat(a.text()).contains("Tickets: the trade fair's own ticket page")
                .doesNotContain("the best multimeters we tested this year");
    }
}
