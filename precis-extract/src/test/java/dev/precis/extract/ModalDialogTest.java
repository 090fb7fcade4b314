package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A hidden modal dialog that holds more text than the article (a "republish this story" box with its
 * guidelines and a copy of the text) is no wrapper of the page; a page whose only text is sent hidden
 * for a script to reveal still keeps it. Pages written for this test.
 */
class ModalDialogTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static String paragraphs(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<p>").append(prefix).append(' ').append(i).append(": the growers along the valley changed how they "
                    + "water their orchards this summer, and the county measured the savings month by month.</p>\n");
        }
        return b.toString();
    }

    private static String guidelines() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append("<p>Republishing rule ").append(i).append(": please credit the outlet and the writer, link back to "
                    + "the original story, and do not change the text beyond references to time and place.</p>\n");
        }
        return b.toString();
    }

    @Test
    void aHiddenModalWithMoreTextThanTheArticleIsDropped() throws Exception {
        String html = "<html><head><title>Orchards save water</title></head><body><main><article><h1>Orchards save water</h1>"
                + paragraphs("Story", 20) + "</article>"
                + "<div class=widget><div role=dialog aria-modal=true aria-labelledby=m style=\"display:none\">"
                + "<h2 id=m>Republish this article</h2>" + guidelines() + paragraphs("Copy", 20) + "</div></div>"
                + "</main></body></html>";
        Article a = extractor.extract(html, "https://farm.example/2024/05/orchards");
        assertThat(a.text()).contains("Story 0:").contains("Story 19:").doesNotContain("Republishing rule");
    }

    @Test
    void anArticleSentHiddenForAScriptToRevealIsKept() throws Exception {
        String html = "<html><head><title>Orchards save water</title></head><body><div style=\"display:none\" class=app>"
                + "<h1>Orchards save water</h1>" + paragraphs("Story", 10) + "</div></body></html>";
        Article a = extractor.extract(html, "https://farm.example/2024/05/orchards");
        assertThat(a.text()).contains("Story 0:").contains("Story 9:");
    }
}
