package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The two cheap tests {@link BylineLabels} runs on every element: the bounded count of element children must agree
 * with {@code childrenSize()} up to the limit, and "own text certainly longer" must never hold for an element whose
 * stripped own text is within the limit (or the label test would skip a label). Pages written for this test.
 */
class BylineLabelsCountsTest {

    private static final String PAGE = "<body><div class=meta><h3>Author</h3><p>Jane Doe</p></div>"
            + "<p>A long paragraph of running text that is certainly no label of an author.</p>"
            + "<p>  Autorin : <br> </p><span>\u00a0\u200b written\tby \u00ad</span><pre>  Auteur\n\n </pre>"
            + "<ul><li><i class='bi bi-person'></i> Jan de Vries</li><li>one <b>two</b> three <i>four</i></li></ul>"
            + "<div>x<![CDATA[ cdata text ]]>y</div><p>12345678901234567890</p><p>123456789012345678901</p></body>";

    @Test
    void childCountAgreesWithChildrenSizeUpToTheLimit() {
        Document doc = Jsoup.parse(PAGE);
        for (Element e : doc.getAllElements()) {
            for (int limit = 0; limit <= 3; limit++) {
                assertThat(BylineLabels.childElements(e, limit)).as(e.normalName())
                        .isEqualTo(Math.min(e.childrenSize(), limit + 1));
            }
        }
    }

    @Test
    void longerOnlyWhenTheOwnTextIsLonger() {
        Document doc = Jsoup.parse(PAGE);
        int longer = 0;
        for (Element e : doc.getAllElements()) {
            if (BylineLabels.ownTextLonger(e, 20)) {
                longer++;
                assertThat(e.ownText().strip().length()).as(e.outerHtml()).isGreaterThan(20);
            }
        }
        assertThat(longer).as("the long paragraph and the 21 digits").isGreaterThanOrEqualTo(2);
        assertThat(BylineLabels.ownTextLonger(doc.selectFirst("h3"), 20)).isFalse();
    }

    @Test
    void neverLongerForShortOwnTextOnRandomPages() {
        String[] parts = {"Author", " ", "\u00a0", "\n", "<br>", "<b>Jane Doe</b>", "x", "\u200b", "\u00ad", "é", "12",
            "<span></span>", "\t", "Verfasserin:", "<i class=fa-user></i>"};
        Random r = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder html = new StringBuilder("<body><p>");
            for (int i = r.nextInt(12); i > 0; i--) {
                html.append(parts[r.nextInt(parts.length)]);
            }
            Element p = Jsoup.parse(html.append("</p></body>").toString()).selectFirst("p");
            for (int max = 0; max <= 25; max += 5) {
                if (p.ownText().strip().length() <= max) {
                    assertThat(BylineLabels.ownTextLonger(p, max)).as(html.toString()).isFalse();
                }
            }
        }
    }
}
