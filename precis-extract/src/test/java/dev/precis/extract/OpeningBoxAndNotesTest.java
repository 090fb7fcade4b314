package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The article's opening paragraph in a box of its own just before the body's box, and a note set in an
 * {@code <aside>} among the article's paragraphs: both are text of the article; a sidebar, a related-links aside
 * and a short line above the body are not. Pages written for this test.
 */
class OpeningBoxAndNotesTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String URL = "https://garden.example/blog/winter-pruning";

    private static String para(String topic) {
        return "<p>Cut the " + topic + " back to a pair of strong buds in late winter, when the frost has passed and"
                + " the sap has not yet risen, so the wounds close quickly once the weather warms up again.</p>";
    }

    private static final String BODY = "<div class=\"article-text\">" + para("roses") + para("clematis")
            + para("wisteria") + para("apple trees") + "</div>";

    @Test
    void anOpeningBoxBeforeTheBodysBoxIsKept() throws Exception {
        String html = "<html><head><title>Winter pruning</title></head><body><main><h1>Winter pruning</h1>"
                + "<div class=\"layout\"><div class=\"intro-wrap\"><p>Most shrubs in a small garden need one good cut"
                + " a year, and the quiet weeks of late winter are the best time to give it to them.</p></div>"
                + BODY + "</div></main></body></html>";
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).startsWith("Most shrubs in a small garden need one good cut a year")
                .contains("Cut the apple trees back");
    }

    @Test
    void aShortLineOrALinkBoxBeforeTheBodyIsNotKept() throws Exception {
        String html = "<html><head><title>Winter pruning</title></head><body><main><h1>Winter pruning</h1>"
                + "<div class=\"layout\"><div class=\"kicker-line\"><p>Five minutes to read.</p></div>"
                + "<div class=\"jump\"><p><a href=\"#roses\">Roses, clematis and wisteria</a> and"
                + " <a href=\"#apples\">apple trees, pears and plums in the orchard</a> are covered below.</p></div>"
                + BODY + "</div></main></body></html>";
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).startsWith("Cut the roses back").doesNotContain("Five minutes", "are covered below");
    }

    @Test
    void aNoteInAnAsideAmongTheParagraphsIsKeptAndARelatedAsideIsNot() throws Exception {
        String html = "<html><head><title>Winter pruning</title></head><body><article><h1>Winter pruning</h1>"
                + para("roses") + para("clematis")
                + "<aside class=\"box\"><p><strong>Not every clematis is the same.</strong> The early flowering kinds"
                + " bloom on last year's wood, so they are pruned lightly right after flowering and never in"
                + " the middle of winter, whatever the weather does in the weeks before.</p></aside>"
                + para("wisteria")
                + "<aside class=\"box\"><h3>Read next</h3><ul><li><a href=\"/a\">Planting bulbs in autumn</a></li>"
                + "<li><a href=\"/b\">Ten hedges for a windy garden</a></li></ul></aside>"
                + para("apple trees") + "</article>"
                + "<aside><p>About this blog: two gardeners write here every week about their allotment in the"
                + " hills, and about what they learn from their many mistakes there.</p></aside></body></html>";
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).contains("Not every clematis is the same.", "Cut the apple trees back")
                .doesNotContain("Read next", "Planting bulbs", "About this blog");
    }
}
