package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Link-heavy boxes inside an article body, on pages written for this test: a section whose links are those of
 * a list its own sentence introduces is text (its heading, the sentence and the list), while a table of contents
 * after a lead-in stays out; a list of links under a list item's own words is that item's sub-points, while a
 * flyout of links under a linked label stays out.
 */
class IntroducedSectionsTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String URL = "https://garden.example/guides/pond-plants";

    private static final String PARA = "<p>A small pond needs plants at three depths, because each depth does a"
            + " different job: the deep ones shade the water, the shallow ones hide the frogs, and the edges hold the soil.</p>";

    private static String page(String inner) {
        return "<html><head><title>Plants for a small pond</title></head><body><article>"
                + "<h1>Plants for a small pond</h1>" + PARA + PARA.replace("small", "new") + inner
                + PARA.replace("three", "four") + PARA.replace("frogs", "newts") + "</article></body></html>";
    }

    private static String links(String href, String... items) {
        StringBuilder b = new StringBuilder("<ul>");
        for (int i = 0; i < items.length; i++) {
            b.append("<li><a href=\"").append(href).append(i).append("\">").append(items[i]).append("</a></li>");
        }
        return b.append("</ul>").toString();
    }

    @Test
    void aSectionOfLinksItsOwnSentenceIntroducesIsKept() throws Exception {
        String html = page("<div class=\"sect\"><h2>Where we bought them</h2>"
                + "<p>We ordered every plant from these nurseries:</p>"
                + links("https://shop.example/nursery/", "The Lily Nursery in the western hills",
                        "Marsh and Meadow Plants by the river", "The Water Garden Company of the coast",
                        "Reed Brothers and their daughters", "Old Mill Pond Supplies near the station")
                + "</div>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("Where we bought them", "We ordered every plant from these nurseries:",
                "The Lily Nursery in the western hills", "Old Mill Pond Supplies near the station");
    }

    @Test
    void aTableOfContentsAfterALeadInStaysOut() throws Exception {
        String html = page("<div class=\"toc\"><p>What you will find in this guide:</p>"
                + links("#part-", "The deep plants that shade the water", "The shallow plants that hide the frogs",
                        "The edge plants that hold the soil", "When to plant each of them")
                + "</div>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("the deep ones shade the water")
                .doesNotContain("The shallow plants that hide the frogs", "When to plant each of them");
    }

    @Test
    void aTableOfContentsLinkingThePagesOwnAddressStaysOut() throws Exception {
        String html = page("<div><p>What you will find in this guide:</p>"
                + links(URL + "#part-", "The deep plants that shade the water", "The shallow plants that hide the frogs",
                        "The edge plants that hold the soil", "When to plant each of them")
                + "</div>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("the deep ones shade the water")
                .doesNotContain("The shallow plants that hide the frogs", "When to plant each of them");
    }

    @Test
    void linkedSubPointsUnderAnItemsOwnWordsAreKept() throws Exception {
        String html = page("<ul><li><strong>Best deep plant</strong>: the dwarf water lily, which flowers from June"
                + " until the first frost and never outgrows a small pond."
                + "<ul><li>It appears in our lists of the <a href=\"/lists/lilies\">best lilies</a> and the"
                + " <a href=\"/lists/shade\">best shade plants</a>.</li>"
                + "<li><a href=\"/reviews/dwarf-lily-after-two-years\">Read our review of it after two years</a></li>"
                + "</ul></li></ul>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("the dwarf water lily",
                "It appears in our lists of the best lilies and the best shade plants.");
    }

    @Test
    void aFlyoutOfLinksUnderALinkedLabelStaysOut() throws Exception {
        String html = page("<ul><li>Plant the lilies in late spring, when the water has warmed, in baskets of heavy soil"
                + " topped with gravel so that the fish cannot dig them out again.</li>"
                + "<li><a href=\"/shop/lilies\">Water lilies for every pond</a>"
                + "<ul><li><a href=\"/shop/lilies/dwarf\">Dwarf lilies</a> for small ponds, tubs and old sinks</li>"
                + "<li><a href=\"/shop/lilies/hardy\">Hardy lilies for cold winters</a></li>"
                + "<li><a href=\"/shop/lilies/tropical\">Tropical lilies for warm water</a></li>"
                + "</ul></li></ul>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("in baskets of heavy soil")
                .doesNotContain("for small ponds, tubs and old sinks", "Tropical lilies for warm water");
    }
}
