package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import dev.precis.model.PageType;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Page types decided by what a page declares and where it is filed: a shop's buyers' reviews are no declared
 * article, a front page that declares several stories lists them, a manual page's bare "Article" is no news
 * declaration, and a shop files its items under "product(s)". Pages written for this test.
 */
class DeclaredItemsPageTypeTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);
    private static final String PARAGRAPHS = PageTypeTest.PARAGRAPHS;
    private static final String OG_ARTICLE = "<meta property=\"og:type\" content=\"article\">";

    private ExtractedPage page(String head, String body, String url) throws ExtractionException {
        return extractor.extractPage("<html><head><title>T</title>" + head + "</head><body>" + body + "</body></html>", url);
    }

    private static String script(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    private static PageSignals signals(String head, String body) {
        return PageSignals.of(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
    }

    private static final String PRODUCT_WITH_BUYERS_REVIEWS = script("{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
            + "\"name\":\"Oak bench\",\"offers\":{\"@type\":\"Offer\",\"price\":\"120\"},\"review\":["
            + "{\"datePublished\":\"2025-03-01\",\"@type\":\"Review\",\"author\":{\"name\":\"ann\"},\"reviewBody\":\"Solid.\"},"
            + "{\"@type\":\"Review\",\"author\":{\"name\":\"bo\"},\"reviewBody\":\"Heavy but fine.\"}]}");

    @Test
    void aProductsBuyersReviewsDeclareNoArticle() throws Exception {
        PageSignals s = signals(PRODUCT_WITH_BUYERS_REVIEWS, "<main>" + PARAGRAPHS + "</main>");
        assertThat(s.reviewsAreCustomerReviews()).isTrue();
        assertThat(PageTypeClassifier.declaresArticle(s)).isFalse();
        assertThat(page(PRODUCT_WITH_BUYERS_REVIEWS, "<main>" + PARAGRAPHS.repeat(3) + "</main>",
                "https://shop.example/oak-bench-120cm").pageType()).isEqualTo(PageType.PRODUCT);
        // the same in microdata: Review items given as the product's "review" property
        String micro = "<div itemscope itemtype=\"https://schema.org/Product\"><h1 itemprop=\"name\">Oak bench</h1>" + PARAGRAPHS
                + "<div itemprop=\"review\" itemscope itemtype=\"https://schema.org/Review\"><p>Solid.</p></div></div>";
        assertThat(PageTypeClassifier.declaresArticle(signals("", micro))).isFalse();
    }

    @Test
    void aReviewArticleStillDeclaresOne() throws Exception {
        // the page's own Review names the product it reviews: a review article
        String review = script("{\"@context\":\"https://schema.org\",\"@type\":\"Review\",\"name\":\"The oak bench, tested\","
                + "\"itemReviewed\":{\"@type\":\"Product\",\"name\":\"Oak bench\"},\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}");
        PageSignals s = signals(review, "<article>" + PARAGRAPHS + "</article>");
        assertThat(s.reviewsAreCustomerReviews()).isFalse();
        assertThat(PageTypeClassifier.declaresArticle(s)).isTrue();
        assertThat(page(review, "<article>" + PARAGRAPHS.repeat(3) + "</article>", "https://mag.example/2025/03/oak-bench-tested")
                .pageType()).isEqualTo(PageType.ARTICLE);
        // a product page that also declares a news article about it, and a broken block, keep the declaration
        assertThat(PageTypeClassifier.declaresArticle(signals(PRODUCT_WITH_BUYERS_REVIEWS
                + script("{\"@type\":\"NewsArticle\"}"), PARAGRAPHS))).isTrue();
        assertThat(PageTypeClassifier.declaresArticle(signals(script("{\"@type\":\"Product\",\"review\":{\"@type\":\"Review\","),
                PARAGRAPHS))).isTrue();
    }

    @Test
    void aFrontPageDeclaringSeveralStoriesListsThem() throws Exception {
        String post = "<article itemscope itemtype=\"https://schema.org/BlogPosting\"><h2><a href=\"/p/%d\">Post %d</a></h2>"
                + PARAGRAPHS + "</article>";
        StringBuilder three = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            three.append(String.format(post, i, i));
        }
        for (String url : new String[] {"https://jane.example/", "https://jane.example/blog/"}) {
            assertThat(page("", "<main>" + three + "</main>", url).pageType()).as(url).isEqualTo(PageType.LISTING);
            // one declared post at the front of a one-post site stays an article
            assertThat(page("", "<main>" + String.format(post, 1, 1) + PARAGRAPHS + "</main>", url).pageType()).as(url)
                    .isEqualTo(PageType.ARTICLE);
        }
        // a story's own page with three declared teasers is judged as before
        assertThat(page(OG_ARTICLE, "<main>" + three + "</main>", "https://jane.example/blog/2024/03/baths").pageType())
                .isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aManualPageMarkedAsABareArticleIsDocumentation() throws Exception {
        String body = "<div role=\"main\" itemscope itemtype=\"http://schema.org/Article\">" + PARAGRAPHS + "</div>";
        assertThat(page("", body, "https://docs.tool.example/latest/guide/intro.html").pageType())
                .isEqualTo(PageType.DOCUMENTATION);
        // a declared news article or post there is still judged by its structure
        assertThat(page(script("{\"@type\":\"NewsArticle\"}"), "<article>" + PARAGRAPHS + "</article>",
                "https://docs.tool.example/latest/release-news").pageType()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aPageFiledUnderProductsIsAProduct() throws Exception {
        for (String url : new String[] {"https://shop.example/product/oak-bench", "https://firm.example/products/payroll-cloud/"}) {
            assertThat(page(OG_ARTICLE, "<article>" + PARAGRAPHS + "</article>", url).pageType()).as(url)
                    .isEqualTo(PageType.PRODUCT);
        }
        // a story filed there by an article folder or a dated path, a declared news article, and the word as a
        // page's own name stay articles
        for (String url : new String[] {"https://firm.example/products/blog/oak-care", "https://firm.example/products/2024/03/launch",
            "https://town.example/news/new-products"}) {
            assertThat(page(OG_ARTICLE, "<article>" + PARAGRAPHS + "</article>", url).pageType()).as(url)
                    .isEqualTo(PageType.ARTICLE);
        }
        assertThat(page(script("{\"@type\":\"NewsArticle\"}"), "<article>" + PARAGRAPHS + "</article>",
                "https://firm.example/product/launch-of-the-oak-bench").pageType()).isEqualTo(PageType.ARTICLE);
    }
}
