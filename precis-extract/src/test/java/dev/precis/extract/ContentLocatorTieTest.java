package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Two boxes that score the same: the first in the document is the article's, on every parse. */
class ContentLocatorTieTest {

    private static final String PARAGRAPHS = "<p>The harbour board met on Monday, and it agreed to repair the old pier before the summer season begins.</p>"
            + "<p>Work will start in March, the board said, and the pier will stay open to walkers for most of it.</p>"
            + "<p>The repair, paid for by the town and the port, is expected to cost about two million euros in all.</p>";
    private static final String PAGE = "<html><body><div id=one><div>" + PARAGRAPHS + "</div></div>"
            + "<div id=two><div>" + PARAGRAPHS + "</div></div></body></html>";

    @Test
    void ofTwoEqualBoxesTheFirstWinsOnEveryParse() {
        // each parse allocates new elements, so a choice that followed identity hash codes would vary
        for (int run = 0; run < 40; run++) {
            Document doc = Jsoup.parse(PAGE);
            Element body = doc.body();
            List<Element> boxes = new ContentLocator(ElementStats.of(body), 0.5).locate(body);
            assertThat(boxes).as("run %d", run).isNotEmpty()
                    .allSatisfy(b -> assertThat(b.closest("#two")).isNull());
        }
    }
}
