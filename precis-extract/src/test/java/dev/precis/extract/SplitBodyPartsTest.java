package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Parts of an article that a page builder sets apart from the body's box, on pages written for this test: an
 * opening in its own section above the body, a closed accordion pane, and questions and answers after the
 * body; and what stays out: a call to support the site after the body, a hidden box that is no accordion
 * pane, and a box of linked questions.
 */
class SplitBodyPartsTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String URL = "https://garden.example/pruning-roses";

    private static String para(String subject) {
        return "<p>Prune " + subject + " in late winter, when the buds begin to swell, and cut each stem just above"
                + " an outward-facing bud, so that the new shoots grow away from the centre of the plant.</p>";
    }

    private static final String[] ROSES = {"climbing roses", "rambling roses", "shrub roses", "floribunda roses",
        "patio roses", "ground-cover roses", "English roses", "miniature roses", "standard roses", "moss roses",
        "musk roses", "hybrid tea roses"};

    private static String body() {
        StringBuilder b = new StringBuilder("<div class=\"post-content\">");
        for (String rose : ROSES) {
            b.append(para(rose));
        }
        return b.append("</div>").toString();
    }

    /** The body's box in a column beside a picture; {@code before} stands beside that column. */
    private static String page(String before, String after) {
        return "<html><head><title>How to prune roses</title></head><body><h1>How to prune roses</h1>"
                + "<div class=\"layout\"><div class=\"row\">" + before + "<div class=\"col\"><img src=\"/rose.jpg\" alt=\"\">"
                + body() + "</div></div>" + after + "</div></body></html>";
    }

    @Test
    void anOpeningInItsOwnSectionAboveTheBodyIsKept() throws Exception {
        String opening = "<div class=\"intro\"><p>Roses flower best on young wood, and a yearly cut, made with"
                + " care, keeps them healthy, tidy and full of blooms, however old, large or small the plant may be.</p>"
                + "<p>This guide walks through each kind of rose, from the climbers on the wall, the ramblers in the"
                + " hedge, to the small shrubs by the path, with the cuts that suit each one.</p></div>";
        Article a = extractor.extract(page(opening, ""), URL);
        assertThat(a.text()).startsWith("Roses flower best on young wood").contains("Prune climbing roses");
    }

    @Test
    void aBoxOfLinksAboveTheBodyIsNotTakenForItsOpening() throws Exception {
        String links = "<div class=\"intro\"><p><a href=\"/a\">Pruning apple trees in the winter months, with"
                + " a saw</a>, <a href=\"/b\">Pruning plum trees after they flower, in June</a>, and <a href=\"/c\">"
                + "Pruning lavender after the summer, before the frost</a>.</p></div>";
        Article a = extractor.extract(page(links, ""), URL);
        assertThat(a.text()).startsWith("Prune climbing roses").doesNotContain("Pruning apple trees");
    }

    @Test
    void aClosedAccordionPaneIsKeptAndAHiddenBoxIsNot() throws Exception {
        String panes = "<div class=\"accordion\"><button class=\"accordion-toggle\">Tools you need</button>"
                + "<div class=\"accordion-panel accordion-panel-hidden\"><ul><li>A pair of sharp bypass secateurs</li>"
                + "<li>Thick gloves against the thorns</li><li>A small pruning saw for the old, woody stems at the"
                + " base</li></ul></div></div>"
                + "<div class=\"hidden\"><p>Thanks for signing up, your first letter arrives on Monday morning.</p></div>";
        // the panes stand inside the body's box, before its last paragraph
        Article a = extractor.extract(page("", "").replace(para("hybrid tea roses"), panes + para("hybrid tea roses")), URL);
        assertThat(a.text()).contains("A pair of sharp bypass secateurs").doesNotContain("Thanks for signing up");
    }

    @Test
    void questionsAndAnswersAfterTheBodyAreKept() throws Exception {
        String faq = "<section class=\"band\"><h2>Frequently asked questions</h2><div class=\"item\"><h3>Can I prune"
                + " roses in the autumn?</h3><div>A light trim in the autumn stops the wind rocking tall stems, but"
                + " leave the main cut for late winter.</div></div></section>";
        Article a = extractor.extract(page("", faq), URL);
        assertThat(a.text()).contains("Prune hybrid tea roses", "Frequently asked questions",
                "A light trim in the autumn stops the wind rocking tall stems");
    }

    @Test
    void aCallToSupportTheSiteAndLinkedQuestionsAfterTheBodyAreNotKept() throws Exception {
        String after = "<section class=\"band\"><div class=\"col\"><p>Enjoyed this guide? We are a small team and"
                + " every gift, however small, helps us keep writing free guides for gardeners.</p></div></section>"
                + "<section class=\"band\"><h2>FAQ</h2><ul><li><a href=\"/q1\">When do I feed roses?</a></li>"
                + "<li><a href=\"/q2\">Why are my rose leaves yellow?</a></li></ul></section>";
        Article a = extractor.extract(page("", after), URL);
        assertThat(a.text()).contains("Prune hybrid tea roses")
                .doesNotContain("Enjoyed this guide", "When do I feed roses");
    }
}
