package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.PageType;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A page that declares itself a story and gives its publication date is one dated piece wherever it is filed: the
 * manual-folder feature reads 0 for it, the thread-folder one only when a news or post type is declared in schema.org
 * (og:type "article" is many forum packages' default), and the product-type one only when the story is also signed;
 * and a signed, dated page that declares only an ItemList (a "best of" piece listing its picks) is left to the score.
 * Pages written for this test.
 */
class DatedStoryFeaturesTest {

    private static final int LD_PROD = PageFeatures.NAMES.indexOf("ld_prod");
    private static final int U_DOC = PageFeatures.NAMES.indexOf("u_doc");
    private static final int U_FORUM = PageFeatures.NAMES.indexOf("u_forum");
    private static final List<String> BODY = List.of("A made-up paragraph about a heat pump in a cold house, long enough to count.");

    private static PageSignals signals(String head) {
        return PageSignals.of(Jsoup.parse("<html><head>" + head + "</head><body><p>x</p></body></html>"));
    }

    private static String ld(String type) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"" + type + "\"}</script>";
    }

    private static final String OG_ARTICLE = "<meta property=\"og:type\" content=\"article\">";

    @Test
    void aDatedStoryUnderAManualFolderIsNotHeldToIt() {
        PageSignals og = signals(OG_ARTICLE);
        String url = "https://heat.example/guides/heat-pumps-old-houses";
        assertThat(PageFeatures.datedStory(og, true)).isTrue();
        assertThat(PageFeatures.of(og, BODY, url, true, false)[U_DOC]).isZero();
        // undated, or declared only with a bare "Article" (what documentation themes and wikis put on every page): held
        assertThat(PageFeatures.of(og, BODY, url, false, false)[U_DOC]).isEqualTo(1.0);
        assertThat(PageFeatures.of(signals(ld("Article")), BODY, url, true, true)[U_DOC]).isEqualTo(1.0);
    }

    @Test
    void aThreadFolderIsLetGoOnlyForANewsOrPostType() {
        String url = "https://heat.example/topics/grants/grant-rules-changed";
        assertThat(PageFeatures.of(signals(ld("BlogPosting")), BODY, url, true, false)[U_FORUM]).isZero();
        // og:type "article" with a time is how forum packages mark a thread
        assertThat(PageFeatures.of(signals(OG_ARTICLE), BODY, url, true, true)[U_FORUM]).isEqualTo(1.0);
    }

    @Test
    void declaredProductsCountAgainstAStoryOnlyWhenItIsUnsigned() {
        PageSignals s = signals(OG_ARTICLE + ld("NewsArticle") + ld("Product"));
        String url = "https://heat.example/reviews/best-heat-pumps";
        assertThat(PageFeatures.of(s, BODY, url, true, true)[LD_PROD]).isZero();
        assertThat(PageFeatures.of(s, BODY, url, true, false)[LD_PROD]).isEqualTo(1.0);
        assertThat(PageFeatures.of(s, BODY, url, false, true)[LD_PROD]).isEqualTo(1.0);
    }

    @Test
    void aSignedDatedItemListIsLeftToTheScore() {
        PageSignals list = signals(ld("ItemList"));
        assertThat(PageTypeClassifier.bySchema(list, false)).isEqualTo(PageType.LISTING);
        assertThat(PageTypeClassifier.bySchema(list, true)).isNull();
        // a page that names itself a collection stays a listing, signed or not
        assertThat(PageTypeClassifier.bySchema(signals(ld("ItemList") + ld("CollectionPage")), true)).isEqualTo(PageType.LISTING);
        assertThat(PageTypeClassifier.bySchema(signals(ld("SearchResultsPage")), true)).isEqualTo(PageType.LISTING);
    }
}
