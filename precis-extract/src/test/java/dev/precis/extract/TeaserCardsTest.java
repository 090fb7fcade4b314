package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A grid of teaser cards (image, linked heading, date, excerpt) after the article, inside the box that
 * also holds the article, is dropped; a list of products with linked headings but no dates, and a
 * listing page that is only cards, keep their text. Pages written for this test.
 */
class TeaserCardsTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static String card(int i, boolean dated) {
        return "<div class=\"post-item row\"><div class=\"img\"><a href=\"/stories/" + i + "\" class=\"image\"></a></div>"
                + "<div class=\"copy\">" + (dated ? "<span class=\"stamp\">March " + (i + 3) + ", 2024</span>" : "")
                + "<h3 class=\"title\"><a href=\"/stories/" + i + "\">Another story number " + i + " from the coast</a></h3>"
                + "<p>Teaser " + i + ": fishermen in the harbour town counted fewer boats this spring than in any year "
                + "since the old pier was rebuilt, and the council wants to know why.</p></div></div>\n";
    }

    private static String page(String inner) {
        return "<html><head><title>Orchards save water</title></head><body><div class=\"wrap\"><div class=\"content\">"
                + inner + "</div></div></body></html>";
    }

    @Test
    void aGridOfDatedTeaserCardsAfterTheArticleIsDropped() throws Exception {
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            cards.append(card(i, i != 1)); // one sponsored card without a date
        }
        String html = page("<div class=\"entry\"><h1>Orchards save water</h1>" + OrchardStory.paragraphs(12) + "</div>"
                + "<div class=\"post-list\">" + cards + "</div>");
        Article a = extractor.extract(html, "https://farm.example/2024/05/orchards");
        assertThat(a.text()).contains("Part 0:").contains("Part 11:").doesNotContain("Teaser");
    }

    @Test
    void productCardsWithoutDatesAndAListingOfCardsKeepTheirText() throws Exception {
        StringBuilder products = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            products.append(card(i, false));
        }
        String article = page("<div class=\"entry\"><h1>Orchards save water</h1>" + OrchardStory.paragraphs(6)
                + "<div class=\"post-list\">" + products + "</div></div>");
        assertThat(extractor.extractText(article, "https://farm.example/2024/05/orchards").text()).contains("Teaser 0:")
                .contains("Teaser 3:");
        StringBuilder dated = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            dated.append(card(i, true));
        }
        String listing = page("<h1>Stories from the coast</h1><div class=\"post-list\">" + dated + "</div>");
        assertThat(extractor.extractPage(listing, "https://coast.example/stories/page/2").article().text())
                .contains("Teaser 0:").contains("Teaser 7:");
    }

    @Test
    void aListingShownInRowsOfCardsIsOneGridAndKeepsItsCards() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < 5; r++) {
            rows.append("<div class=\"row cards\">");
            for (int i = 0; i < 3; i++) {
                rows.append(card(r * 3 + i, true));
            }
            rows.append("</div>\n");
        }
        // an introduction long enough for an article, but shorter than all the rows' excerpts together
        String listing = page("<h1>News from the coast</h1>" + OrchardStory.paragraphs(11) + "<div class=\"grid\">" + rows + "</div>");
        assertThat(extractor.extractPage(listing, "https://coast.example/news").article().text())
                .contains("Teaser 0:").contains("Teaser 14:");
    }
}
