package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Shop and teaser cards inside an article's box, on pages written for this test: a comparison table of paid
 * links ({@code rel="sponsored"}) and text the page cuts to a few lines ({@code line-clamp-2}) are not the
 * article's; a table of the article's own figures and text clamped to many lines, or not at all, stay.
 */
class CardChromeTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String PARA = "<p>We boiled a litre of water in each kettle twenty times over a fortnight, timing"
            + " every run and noting how loud the kettle was, how hot its handle got and how well its lid stayed shut.</p>";

    private static String page(String inner) {
        return "<html><head><title>The kettles we tested this winter</title></head><body><article>"
                + "<h1>The kettles we tested this winter</h1>" + PARA + inner
                + PARA.replace("twenty", "thirty") + PARA.replace("fortnight", "month")
                + PARA.replace("litre", "pint") + PARA.replace("kettle", "pot") + "</article></body></html>";
    }

    private static String row(String name, String price, String rel) {
        // the other cells outweigh the link, as in a shop's table of specifications and prices
        return "<tr><td>" + name + "</td><td>Holds 1.7 litres, boils in under four minutes</td><td>" + price
                + "</td><td><a href=\"https://shop.example/k/" + name.length()
                + "\" rel=\"" + rel + "\">Check price at Shop Example</a></td></tr>";
    }

    @Test
    void aTableOfPaidLinksIsNotKeptAndATableOfFiguresIs() throws Exception {
        String paid = "<table>" + row("Copper Steam 3000", "$89 list", "nofollow sponsored")
                + row("Quiet Boil Mini", "$35 list", "sponsored noopener") + "</table>";
        String figures = "<table><tr><td>Average boiling time</td><td>3 min 40 s</td></tr>"
                + "<tr><td>Loudest kettle</td><td>71 dB</td></tr></table>";
        Article a = extractor.extract(page(paid + figures), "https://kettles.example/tested");
        assertThat(a.text()).contains("We boiled a litre", "Average boiling time", "Loudest kettle")
                .doesNotContain("Copper Steam 3000", "Check price at Shop Example");
    }

    @Test
    void oneOrUnmarkedShopLinksLeaveATable() throws Exception {
        String table = "<table>" + row("Copper Steam 3000", "$89 list", "sponsored")
                + row("Quiet Boil Mini", "$35 list", "nofollow") + row("Steel Classic", "$42 list", "sponsoredby")
                + "</table>";
        Article a = extractor.extract(page(table), "https://kettles.example/tested");
        assertThat(a.text()).contains("Copper Steam 3000", "Quiet Boil Mini", "Steel Classic");
    }

    @Test
    void textClampedToAFewLinesIsNotKept() throws Exception {
        String card = "<div class=\"card\"><h4 class=\"mb-2 line-clamp-2 md:line-clamp-1\">Best kettle I ever owned</h4>"
                + "<p class=\"text-sm line-clamp-3\">It boils in no time and the handle stays cool, which matters with"
                + " small children running around the kitchen every morning.</p></div>";
        Article a = extractor.extract(page(card), "https://kettles.example/tested");
        assertThat(a.text()).contains("We boiled a litre").doesNotContain("Best kettle I ever owned",
                "the handle stays cool");
    }

    @Test
    void textClampedToManyLinesOrUnclampedOnWideScreensIsKept() throws Exception {
        String blurbs = "<div class=\"blurb line-clamp-6\"><p>Why we chose it: the lid opens with one thumb and the spout"
                + " pours without a dribble, even when the kettle is full to the brim.</p></div>"
                + "<div class=\"line-clamp-3 lg:line-clamp-none\"><p>Our runner-up keeps water hot for half an hour"
                + " after it switches off, thanks to its double wall.</p></div>";
        Article a = extractor.extract(page(blurbs), "https://kettles.example/tested");
        assertThat(a.text()).contains("the lid opens with one thumb", "keeps water hot for half an hour");
    }

    @Test
    void clampTokensAreReadWhole() {
        assertThat(CardChrome.clampedPreview(div("line-clamp-2"), 120)).isTrue();
        assertThat(CardChrome.clampedPreview(div("text-gray md:line-clamp-3"), 120)).isTrue();
        assertThat(CardChrome.clampedPreview(div("line-clamp-12"), 120)).isFalse();
        assertThat(CardChrome.clampedPreview(div("x-line-clamp-2"), 120)).isFalse();
        assertThat(CardChrome.clampedPreview(div("line-clamp-"), 120)).isFalse();
        assertThat(CardChrome.clampedPreview(div("line-clamp-2"), CardChrome.MAX_PREVIEW_CHARS + 1)).isFalse();
    }

    private static Element div(String classes) {
        return Jsoup.parse("<div class=\"" + classes + "\">x</div>").selectFirst("div");
    }
}
