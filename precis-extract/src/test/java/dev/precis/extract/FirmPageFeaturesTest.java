package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.model.PageType;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * ptype53: two features added to the page-type score with every shipped weight held fixed — the share of the body's
 * words that are first-person plural ("we", "our", "unsere", "nos": a firm or an institution speaking of itself) and
 * whether the page declares a site-level schema.org type (a web page, the site, an organization, a local business, a
 * service, a FAQ page) and no article type. A landscaping firm's service page, with and without the theme's og:type
 * "article", was kept as an article on main and is refused; a dated, signed story that quotes people saying "we" and
 * declares its publisher, and a council's plain informational page, are still kept. Pages and text written for this
 * test.
 */
class FirmPageFeaturesTest {

    private static final String SERVICE_URL = "https://www.fernbrook-gardens.example/garden-design";
    private static final String LD_SITE = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"Garden design\"},{\"@type\":\"WebSite\",\"name\":\"Fernbrook"
            + " Gardens\"},{\"@type\":\"Organization\",\"name\":\"Fernbrook Gardens\"}]}</script>";

    private static String service(String head) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Garden design and planting | Fernbrook Gardens</title>" + head
                + "<link rel=\"canonical\" href=\"" + SERVICE_URL + "\"></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/garden-design\">Design</a> <a href=\"/maintenance\">"
                + "Maintenance</a> <a href=\"/projects\">Projects</a> <a href=\"/contact\">Contact</a></nav></header><main>"
                + "<h1>Garden design and planting</h1><img src=\"/img/border.jpg\" alt=\"A planted border in summer\">"
                + "<p>A garden that works for the way you live starts with a plan. We visit, listen to what you want from the"
                + " space and look at the soil, the light and the slope before anything is drawn.</p>"
                + "<p>Our designers have planned courtyards, family lawns and long country borders for twenty years, and we"
                + " still plant every scheme ourselves, so the garden on the drawing is the garden you get.</p>"
                + "<h2>From sketch to planting</h2>"
                + "<p>After the first visit we send a measured plan with two layouts and a planting list, then refine the one"
                + " you prefer until every path, bed and seat sits where it should.</p>"
                + "<p>Our team builds the hard landscaping, prepares the beds and plants in the right season, and we come back"
                + " after the first summer to replace anything that has not settled.</p><img src=\"/img/plan.jpg\" alt=\"A plan\">"
                + "<h2>Caring for it afterwards</h2>"
                + "<p>Many of our clients keep us on for seasonal visits: we prune, divide and feed, and we keep notes of what"
                + " thrives so the planting can change as the garden matures.</p>"
                + "<h2>Ask us about your garden</h2><p>Call 01632 960 455 or <a href=\"/contact\">write to us</a> and we will"
                + " arrange a visit.</p></main>"
                + "<footer><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer></body></html>";
    }

    private static final String STORY_URL = "https://www.eastmere-courier.example/2025/06/02/allotments-water-rationed";
    private static final String STORY = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Allotment holders face water limits after dry spring | Eastmere Courier</title>"
            + "<meta property=\"og:type\" content=\"article\">"
            + "<meta property=\"article:published_time\" content=\"2025-06-02T07:15:00Z\">"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"headline\":\"Allotment holders face water limits after dry spring\",\"datePublished\":\"2025-06-02T07:15:00Z\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Ivo Marsh\"},\"publisher\":{\"@type\":\"Organization\","
            + "\"name\":\"Eastmere Courier\"}}</script>"
            + "<link rel=\"canonical\" href=\"" + STORY_URL + "\"></head><body><main><article>"
            + "<h1>Allotment holders face water limits after dry spring</h1><p class=\"byline\">By Ivo Marsh</p>"
            + "<p>Plot holders at the town's three allotment sites will be limited to watering cans from next week, the"
            + " allotment society said on Monday, after the driest spring in the area for more than thirty years.</p>"
            + "<p>\"We have never had to do this in June,\" the society's secretary said. \"Our tanks are half empty and we"
            + " would rather share what is left than lose it all in a fortnight.\"</p>"
            + "<p>Hoses and sprinklers are banned on every site until further notice. Some growers said they would switch"
            + " to mulching and to crops that need less water.</p>"
            + "<p>\"We will manage, but it will be a thin year for beans,\" said one plot holder at the riverside site.</p>"
            + "<p>The water company said reservoir levels in the region were below the seasonal average but that no"
            + " wider restrictions were planned.</p>"
            + "</article></main></body></html>";

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    @Test
    void countsFirstPersonPluralWordsButNotTheCountry() {
        // 14 words; "Our", "we", "us" and "unsere" are first-person plural, "US" (the country) is not
        List<String> body = List.of("Our bakery ships to the US.", "Tell us what we should bake.", "Unsere Preise.");
        assertThat(PageFeatures.firstPersonPlural(body)).isCloseTo(4.0 / 14, within(1e-9));
        assertThat(PageFeatures.firstPersonPlural(List.of("US exports rose in May."))).isZero();
        assertThat(PageFeatures.firstPersonPlural(List.of())).isZero();
    }

    @Test
    void aSiteTypeCountsOnlyWithoutAnArticleType() {
        int site = PageFeatures.NAMES.indexOf("ld_site");
        PageSignals plain = PageSignals.of(Jsoup.parse("<html><head>" + LD_SITE + "</head><body><p>Text.</p></body></html>"));
        PageSignals story = PageSignals.of(Jsoup.parse(STORY, STORY_URL));
        PageSignals none = PageSignals.of(Jsoup.parse("<html><body><p>Text.</p></body></html>"));
        assertThat(PageFeatures.of(plain, List.of("Text."), null, false, false)[site]).isEqualTo(1.0);
        assertThat(PageFeatures.of(story, List.of("Text."), STORY_URL, true, true)[site]).isZero(); // Organization beside NewsArticle
        assertThat(PageFeatures.of(none, List.of("Text."), null, false, false)[site]).isZero();
    }

    @Test
    void aFirmsServicePageSpeakingAsWeIsRefused() throws Exception {
        for (String head : List.of(LD_SITE, LD_SITE + "<meta property=\"og:type\" content=\"article\">")) {
            String html = service(head);
            Document doc = Jsoup.parse(html, SERVICE_URL);
            PageSignals s = PageSignals.of(doc);
            List<String> paragraphs = BodyExtractor.paragraphs(doc, "Garden design and planting");
            assertThat(PageTypeClassifier.byRules(s, paragraphs, SERVICE_URL)).isNull(); // left to the score
            assertThat(PageTypeClassifier.score(s, paragraphs, SERVICE_URL, false, false)).isNegative();
            assertThat(extractor.extractPage(html, SERVICE_URL, null).pageType()).isNotEqualTo(PageType.ARTICLE);
            assertThat(extractor.extractPage(html, null, null).pageType()).isNotEqualTo(PageType.ARTICLE);
        }
    }

    @Test
    void aStoryQuotingPeopleWhoSayWeIsKept() throws Exception {
        assertThat(extractor.extractPage(STORY, STORY_URL, null).pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(extractor.extractPage(STORY, null, null).pageType()).isEqualTo(PageType.ARTICLE);
    }
}
