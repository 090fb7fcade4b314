package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.PageType;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A saved page read without its address is scored with the address it names, and a page with no address at all
 * with an average slug; a guide whose shop box outweighs its text is still refused. Pages written for this test.
 * (ext38 also tried a refusal margin below 0 here; it kept no article of the WCXB test half and was taken out.)
 */
class PageAddressTypeTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);
    private static final String TITLE = "Watering houseplants in winter";
    private static final String GUIDE = "<p>Most houseplants need far less water in winter, when the days are short and the"
            + " heating dries the air but the roots take up little.</p>"
            + "<p>Push a finger into the soil before you water: if the top two centimetres are dry, water slowly until"
            + " it runs from the drainage hole, then empty the saucer after half an hour.</p>"
            + "<p>Ferns and calatheas like damp air, so stand them on a tray of wet pebbles rather than watering more"
            + " often; cacti and succulents can go a month or more without any water at all.</p>"
            + "<p>Yellow lower leaves and a sour smell from the pot are signs of too much water, not too little.</p>";
    private static final String GUIDE_URL = "https://plants.example/care/watering-houseplants-in-winter";

    /** The guide with a shop's box of {@code products} linked pots to buy under it and {@code images} pictures. */
    private static String guideWithProductBox(int images, int products) {
        StringBuilder b = new StringBuilder("<main><h1>" + TITLE + "</h1>").append(GUIDE);
        b.append("<ul>");
        for (int i = 0; i < products; i++) {
            b.append("<li><a href=\"/shop/p").append(i).append("\">Self-watering pot, size ").append(i)
                    .append("</a> <button>Add to basket</button></li>");
        }
        b.append("</ul>");
        for (int i = 0; i < images; i++) {
            b.append("<img src=\"/i").append(i).append(".jpg\" alt=\"\">");
        }
        return "<html><head><title>" + TITLE + "</title></head><body>" + b.append("</main>") + "</body></html>";
    }

    private static double score(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageSignals s = PageSignals.of(doc);
        List<String> paragraphs = BodyExtractor.paragraphs(doc, TITLE);
        assertThat(PageTypeClassifier.byRules(s, paragraphs, url)).isNull();
        return PageTypeClassifier.score(s, paragraphs, url, false, false);
    }

    @Test
    void aPageTheShopsBoxOutweighsIsRefused() throws Exception {
        String html = guideWithProductBox(8, 12);
        // below the line (-0.40 under the in-sample bias; -0.10 since ptype51 placed the no-evidence bias on
        // out-of-fold scores, 0.30 higher)
        assertThat(score(html, GUIDE_URL)).isNegative();
        assertThat(extractor.extractPage(html, GUIDE_URL).pageType()).isNotEqualTo(PageType.ARTICLE);
    }

    @Test
    void aSavedPageIsTypedByTheAddressItNames() throws Exception {
        String shop = "<link rel=\"canonical\" href=\"https://shop.example/products/self-watering-pot\">";
        String html = "<html><head><title>Self-watering pot</title>" + shop + "</head><body><main><h1>Self-watering pot</h1>"
                + GUIDE + "</main></body></html>";
        // read from a file with no address: the canonical link files it with a shop's products
        assertThat(extractor.extractPage(html, null).pageType()).isEqualTo(PageType.PRODUCT);
        String story = html.replace("https://shop.example/products/self-watering-pot",
                "https://plants.example/2025/01/watering-houseplants-in-winter");
        assertThat(extractor.extractPage(story, null).pageType()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aPageWithNoAddressAtAllScoresWithAnAverageSlug() {
        String html = guideWithProductBox(2, 6);
        double unknown = score(html, null);
        // no address is no evidence of a bare one-word page ("/services"), nor of a long story slug
        assertThat(unknown).isGreaterThan(score(html, "https://plants.example/care/watering"))
                .isLessThan(score(html, "https://plants.example/care/how-often-to-water-houseplants-in-a-cold-winter"));
    }
}
