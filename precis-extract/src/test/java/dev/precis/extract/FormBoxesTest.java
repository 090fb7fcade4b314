package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Boxes built around a form inside an article's own box, on pages written for this test: a sign-up box with
 * an e-mail field and a calculator asking for a postcode leave the body; a form of buttons alone, check
 * boxes in a checklist, and an article that wraps a small form in its own box keep their text.
 */
class FormBoxesTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String PARA = "<p>The orchard was planted in the spring of the dry year, when the river ran"
            + " low and the growers had to carry water up the slope in barrels every second morning.</p>";

    private static String page(String inner) {
        return "<html><head><title>How the old orchard came back</title></head><body><article>"
                + "<h1>How the old orchard came back</h1><div class=\"x1\">" + PARA + inner
                + PARA.replace("spring", "autumn") + PARA.replace("dry", "wet") + "</div></article></body></html>";
    }

    @Test
    void aSignUpBoxWithAnEmailFieldLeavesTheBody() throws Exception {
        String html = page("<div class=\"x2\"><h3>Never miss a harvest</h3><p>Get our weekly letter with the"
                + " best stories from the valley, straight to you.</p><div><input type=\"email\""
                + " placeholder=\"Your address\"><button>Go</button></div></div>");
        Article a = extractor.extract(html, "https://valley.example/orchard");
        assertThat(a.text()).contains("planted in the spring", "planted in the autumn")
                .doesNotContain("Never miss a harvest").doesNotContain("weekly letter");
    }

    @Test
    void aCalculatorAskingForAPostcodeLeavesTheBody() throws Exception {
        String html = page("<section><p>See what a tree costs where you live.</p><form action=\"/q\">"
                + "<span>Postcode</span><input name=\"zip\"><span>Show prices</span></form></section>");
        Article a = extractor.extract(html, "https://valley.example/orchard");
        assertThat(a.text()).contains("planted in the spring").doesNotContain("what a tree costs");
    }

    @Test
    void aFormOfButtonsAloneAndAChecklistKeepTheirText() throws Exception {
        String html = page("<div><p>Pruning tools the growers swear by, tested over three winters.</p>"
                + "<form action=\"/cart\"><input type=\"hidden\" name=\"id\" value=\"7\"><button>Add</button></form></div>"
                + "<ul><li><input type=\"checkbox\"> Check the grafts before the first frost arrives</li>"
                + "<li><input type=\"checkbox\"> Clear the grass around every young trunk</li></ul>");
        Article a = extractor.extract(html, "https://valley.example/orchard");
        assertThat(a.text()).contains("Pruning tools the growers swear by",
                "Check the grafts before the first frost arrives", "Clear the grass around every young trunk");
    }

    @Test
    void aFormInsideTheArticlesOwnBoxTakesNoParagraphWithIt() throws Exception {
        String html = "<html><head><title>How the old orchard came back</title></head><body><article>"
                + "<h1>How the old orchard came back</h1>" + PARA + PARA.replace("spring", "autumn")
                + "<input type=\"search\">" + PARA.replace("dry", "wet") + "</article></body></html>";
        Article a = extractor.extract(html, "https://valley.example/orchard");
        assertThat(a.text()).contains("planted in the spring", "planted in the autumn", "the wet year");
    }
}
