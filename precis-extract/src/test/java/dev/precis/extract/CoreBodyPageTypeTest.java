package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import dev.precis.model.PageType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The page's type is read from the body's core, which body rules that keep more text do not change: on pages
 * written for this test, text kept by such a rule (questions and answers after the body, an accordion's closed
 * pane, an opening above the body) is in the body but not in its core, the core is the body the page has
 * without that part, and a firm's short page with a long list of questions and answers after it stays no
 * article although its whole body would score as one.
 */
class CoreBodyPageTypeTest {

    private static final String URL = "https://lawns.example/autumn-lawn-care/";

    private static String para(String subject) {
        return "<p>Rake the " + subject + " in early autumn, when the soil is still warm and moist, then spread a"
                + " thin layer of sieved compost so that the grass roots find food before the first frost.</p>";
    }

    private static final String[] PLOTS = {"front lawn", "back lawn", "shady corner", "slope by the gate",
        "strip by the drive", "patch under the oak", "edge of the pond", "bank by the hedge", "grass path",
        "play area"};

    private static String story() {
        StringBuilder b = new StringBuilder("<div class=\"post-content\">");
        for (String plot : PLOTS) {
            b.append(para(plot));
        }
        return b.append("</div>").toString();
    }

    private static String faq(int questions) {
        StringBuilder b = new StringBuilder("<section class=\"band\"><h2>Frequently asked questions</h2>");
        for (int i = 1; i <= questions; i++) {
            b.append("<div class=\"item\"><h3>Question ").append(i).append(": how often should the lawn be cut in week ")
                    .append(i).append("?</h3><div>In week ").append(i).append(" of the season the grass grows more"
                    + " slowly, so one cut a week at a height of four centimetres is enough, and the clippings can stay"
                    + " on the lawn as a mulch that feeds the soil and keeps it moist in dry spells.</div></div>");
        }
        return b.append("</section>").toString();
    }

    /** The body in a column beside a picture; {@code before} stands beside that column, {@code after} after the row. */
    private static String page(String head, String before, String body, String after) {
        return "<html><head><title>Autumn lawn care</title>" + head + "</head><body><h1>Autumn lawn care</h1>"
                + "<div class=\"layout\"><div class=\"row\">" + before + "<div class=\"col\"><img src=\"/lawn.jpg\" alt=\"\">"
                + body + "</div></div>" + after + "</div></body></html>";
    }

    private static BodyExtractor.Body extract(String html) {
        return BodyExtractor.extract(Jsoup.parse(html, URL), "Autumn lawn care");
    }

    @Test
    void questionsAndAnswersAfterTheBodyAreBodyButNotCore() {
        BodyExtractor.Body with = extract(page("", "", story(), faq(3)));
        BodyExtractor.Body without = extract(page("", "", story(), ""));
        assertThat(String.join("\n", with.paragraphs())).contains("In week 2 of the season");
        assertThat(with.core()).isEqualTo(without.paragraphs()).isEqualTo(without.core());
        assertThat(String.join("\n", with.core())).contains("Rake the play area").doesNotContain("In week 2");
    }

    @Test
    void aClosedAccordionPaneIsBodyButNotCore() {
        String pane = "<div class=\"accordion\"><button class=\"accordion-toggle\">What you need</button>"
                + "<div class=\"accordion-panel accordion-panel-hidden\"><ul><li>A spring-tine rake with a long"
                + " handle</li><li>A bag of sieved garden compost</li><li>A wide broom to brush the compost into the"
                + " grass</li></ul></div></div>";
        String story = story();
        String last = para("play area");
        BodyExtractor.Body with = extract(page("", "", story.replace(last, pane + last), ""));
        BodyExtractor.Body without = extract(page("", "", story, ""));
        assertThat(String.join("\n", with.paragraphs())).contains("A spring-tine rake with a long handle");
        assertThat(with.core()).isEqualTo(without.paragraphs());
    }

    @Test
    void anOpeningAboveTheBodyIsBodyButNotCore() {
        String opening = "<div class=\"intro\"><p>A lawn that is fed and raked in the autumn comes through the"
                + " winter thick and green, however small, shaded or worn it may be after a long summer of use.</p>"
                + "<p>This guide takes each part, in turn, from the front lawn, to the play area, with the work, the"
                + " tools, and the weeks, that suit each one.</p></div>";
        BodyExtractor.Body with = extract(page("", opening, story(), ""));
        BodyExtractor.Body without = extract(page("", "", story(), ""));
        assertThat(with.paragraphs().get(0)).startsWith("A lawn that is fed and raked");
        assertThat(with.core()).isEqualTo(without.paragraphs());
    }

    @Test
    void aPageWithoutSuchRulesHasItsBodyAsItsCore() {
        BodyExtractor.Body plain = extract(page("", "", story(), ""));
        assertThat(plain.core()).isSameAs(plain.paragraphs());
    }

    @Test
    void aFirmsShortPageWithLongQuestionsAfterItStaysNoArticle() throws Exception {
        // og:type "article" is many site generators' default, on a firm's pages too; a bar of forty buttons
        String url = "https://lawns.example/care/";
        StringBuilder bar = new StringBuilder("<nav>");
        for (int k = 0; k < 40; k++) {
            bar.append("<a class=\"btn\" href=\"/s").append(k).append("\">Service ").append(k).append("</a>");
        }
        bar.append("</nav>");
        String intro = "<div class=\"post-content\"><p>We look after lawns across the county, from small front gardens"
                + " to sports grounds, parks and schools.</p><p>Call us for a visit and a price, or write to us, and we"
                + " will come within the week.</p></div>";
        String html = page("<meta property=\"og:type\" content=\"article\">", "", intro, faq(8))
                .replace("<body>", "<body>" + bar);
        Document doc = Jsoup.parse(html, url);
        PageSignals signals = PageSignals.of(doc);
        BodyExtractor.Body body = BodyExtractor.extract(doc, "Autumn lawn care");
        // the whole body, questions and answers included, would score as an article; its core does not
        assertThat(PageTypeClassifier.score(signals, body.paragraphs(), url, false, false)).isGreaterThanOrEqualTo(0);
        assertThat(PageTypeClassifier.score(signals, body.core(), url, false, false)).isLessThan(0);
        ExtractedPage page = new DensityArticleExtractor(null).extractPage(html, url);
        assertThat(page.article().text()).contains("We look after lawns", "In week 8 of the season");
        assertThat(page.pageType()).isNotEqualTo(PageType.ARTICLE);
    }
}
