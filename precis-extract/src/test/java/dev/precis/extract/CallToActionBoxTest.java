package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A box whose class names a call to action ("cta": "post-cta", "ctaBanner") asks the reader to buy, book or sign
 * up; it is chrome even when it holds a plain paragraph inside the article's box, while the word "cta" inside
 * another word ("octave", "dictate") says nothing. Pages written for this test.
 */
class CallToActionBoxTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String[] PARAGRAPHS = {
        "A sourdough starter is flour and water left to sour for a week, fed each morning with a spoonful of each, until"
                + " it doubles within a few hours of feeding and smells of yoghurt rather than of glue or old socks.",
        "Mix the dough the evening before you bake: five hundred grams of strong flour, three hundred and fifty of water,"
                + " a hundred of lively starter and ten of salt, squeezed together until no dry flour is left.",
        "Fold the dough over itself four times in the first two hours, then leave it covered on the counter overnight,"
                + " where it will rise slowly and take on the sour, rounded taste a quick loaf never has.",
        "In the morning shape it into a tight ball, set it seam side up in a floured basket, and let it rest an hour"
                + " while the oven and a heavy lidded pot heat through at the hottest setting the oven has.",
        "Bake it covered for twenty minutes and uncovered for twenty-five more, until the crust is dark, then let the"
                + " loaf cool for an hour before cutting, or the crumb will be gummy however well it rose.",
    };

    private static final String OFFER = "Bake with us this spring: book a place on our weekend bread course today and"
            + " take home a jar of our own starter, a proving basket and a printed recipe card.";

    private static String page(String boxClass) {
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS.length; i++) {
            story.append("<p>").append(PARAGRAPHS[i]).append("</p>");
            if (i == 2) {
                story.append("<div class=\"").append(boxClass).append("\"><p>").append(OFFER).append("</p></div>");
            }
        }
        return "<html><head><title>Your first sourdough loaf</title></head><body><div class=\"page\">"
                + "<div class=\"entry-content\">" + story + "</div></div></body></html>";
    }

    @Test
    void aCallToActionBoxInTheArticleIsLeftOut() throws Exception {
        Article a = extractor.extract(page("post-cta"), "https://bakery.example/sourdough");
        assertThat(a.text()).contains("A sourdough starter is flour", "Fold the dough over itself",
                "Bake it covered for twenty minutes").doesNotContain("weekend bread course");
    }

    @Test
    void aCamelCaseCallToActionNameIsReadToo() throws Exception {
        Article a = extractor.extract(page("ctaBanner inline"), "https://bakery.example/sourdough");
        assertThat(a.text()).contains("A sourdough starter is flour", "Bake it covered for twenty minutes")
                .doesNotContain("weekend bread course");
    }

    @Test
    void theLettersInsideAnotherWordSayNothing() throws Exception {
        Article a = extractor.extract(page("octave-note"), "https://bakery.example/sourdough");
        assertThat(a.text()).contains("A sourdough starter is flour", "weekend bread course",
                "Bake it covered for twenty minutes");
    }
}
