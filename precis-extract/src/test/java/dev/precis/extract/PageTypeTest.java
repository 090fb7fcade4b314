package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.ExtractedPage;
import dev.precis.model.PageType;
import org.junit.jupiter.api.Test;

/** Page types on small pages written for this test, one per kind and cue. */
class PageTypeTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    /** Three paragraphs of a local news report, shared with the other small-page tests. */
    static final String PARAGRAPHS = "<p>The council met on Tuesday evening to decide the future of the old"
            + " swimming baths, which have stood empty for six years since the roof was found to be unsafe.</p>"
            + "<p>Residents filled the public gallery, and several spoke in favour of turning the building into a"
            + " community centre with a small pool, a cafe and rooms that local groups could hire.</p>"
            + "<p>The council will publish a plan in the spring and ask residents for their views before any money"
            + " is spent on the building or its grounds.</p>";

    private ExtractedPage page(String head, String body, String url) throws ExtractionException {
        return extractor.extractPage("<html><head><title>T</title>" + head + "</head><body>" + body + "</body></html>", url);
    }

    @Test
    void aStoryIsAnArticle() throws Exception {
        ExtractedPage p = page("<meta property=\"og:type\" content=\"article\">", "<article>" + PARAGRAPHS + "</article>",
                "https://town.example/news/baths-future");
        assertThat(p.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(extractor.extract("<html><body><article>" + PARAGRAPHS + "</article></body></html>",
                "https://town.example/2024/03/baths")).isNotNull();
    }

    @Test
    void schemaOrgTypesNameProductsForumsAndCollections() throws Exception {
        assertThat(page(ld("Product"), "<main>" + PARAGRAPHS + "</main>", "https://shop.example/bench").pageType())
                .isEqualTo(PageType.PRODUCT);
        assertThat(page(ld("DiscussionForumPosting"), "<main>" + PARAGRAPHS + "</main>", "https://talk.example/t/42").pageType())
                .isEqualTo(PageType.FORUM);
        assertThat(page(ld("CollectionPage"), "<main>" + PARAGRAPHS + "</main>", "https://town.example/topics").pageType())
                .isEqualTo(PageType.LISTING);
        // a story that declares itself an article is not turned into a product by the product it reviews
        assertThat(page(ld("NewsArticle") + ld("Product"), "<article>" + PARAGRAPHS.repeat(3) + "</article>",
                "https://town.example/news/2024/03/baths-future").pageType()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aPageFiledWhereAProductKeepsItsManualIsDocumentation() throws Exception {
        String ogArticle = "<meta property=\"og:type\" content=\"article\">";
        for (String url : new String[] {"https://docs.tool.example/get-started/introduction/",
            "https://tool.example/docs/current/select.html", "https://developer.tool.example/en-US/guide/sockets",
            "https://cloud.example/storage/documentation/overview"}) {
            assertThat(page(ogArticle, "<article>" + PARAGRAPHS + "</article>", url).pageType()).as(url)
                    .isEqualTo(PageType.DOCUMENTATION);
            assertThat(page(ld("TechArticle"), "<main>" + PARAGRAPHS + "</main>", url).pageType()).as(url)
                    .isEqualTo(PageType.DOCUMENTATION);
            assertThat(PageTypeClassifier.documentationAddress(url)).as(url).isTrue();
        }
        // a developers' blog post that declares itself one is judged by its structure
        assertThat(page(ld("BlogPosting"), "<article>" + PARAGRAPHS + "</article>",
                "https://developers.tool.example/blog/2024/03/new-release").pageType()).isEqualTo(PageType.ARTICLE);
        // nor is a story filed there by its address (an article folder or a dated path)
        for (String url : new String[] {"https://developers.news.example/story/25/12/19/2352/grads-find-jobs",
            "https://tool.example/docs/blog/new-release", "https://firm.example/services/news/2024/03/new-office"}) {
            assertThat(page("", "<article>" + PARAGRAPHS + "</article>", url).pageType()).as(url).isEqualTo(PageType.ARTICLE);
        }
        // the word as a page's own name, or inside a longer folder name or host, is no manual's folder
        for (String url : new String[] {"https://town.example/news/docs", "https://town.example/news/docsis-upgrade/story",
            "https://town.example/news/2024/03/doctors-strike", "https://docstown.example/news/baths"}) {
            assertThat(PageTypeClassifier.documentationAddress(url)).as(url).isFalse();
            assertThat(page(ogArticle, "<article>" + PARAGRAPHS + "</article>", url).pageType()).as(url)
                    .isEqualTo(PageType.ARTICLE);
        }
    }

    @Test
    void aBusinessPageFiledUnderServicesIsNoArticle() throws Exception {
        String ogArticle = "<meta property=\"og:type\" content=\"article\">";
        for (String url : new String[] {"https://firm.example/services/hr-consulting/", "https://firm.example/en/services/audit",
            "https://firm.example/what-we-do/expertise/cybersecurity.html", "https://firm.example/why-us/testimonials/",
            "https://firm.example/solutions/payroll", "https://firm.example/industries/retail/"}) {
            assertThat(page(ogArticle, "<article>" + PARAGRAPHS + "</article>", url).pageType()).as(url).isEqualTo(PageType.OTHER);
        }
        // a news site's "Service" section (singular) holds articles, and a declared news article stays one
        assertThat(page(ogArticle, "<article>" + PARAGRAPHS + "</article>", "https://zeitung.example/service/baeder-neu")
                .pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(page(ld("NewsArticle"), "<article>" + PARAGRAPHS + "</article>", "https://town.example/services/baths-future")
                .pageType()).isEqualTo(PageType.ARTICLE);
        // nor is a story filed under such a folder by its address
        assertThat(page(ogArticle, "<article>" + PARAGRAPHS + "</article>", "https://firm.example/solutions/blog/new-office")
                .pageType()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aSitesHomePageAndASectionsFrontAreListingsHoweverLongTheirText() throws Exception {
        String ogWebsite = "<meta property=\"og:type\" content=\"website\">";
        for (String url : new String[] {"https://town.example/", "https://town.example", "https://town.example/de/",
            "https://town.example/en-gb", "https://town.example/index.html", "https://town.example/news",
            "https://town.example/de/blog/", "https://town.example/Stories?page=2"}) {
            ExtractedPage p = page(ogWebsite, "<main>" + PARAGRAPHS.repeat(3) + "</main>", url);
            assertThat(p.pageType()).as(url).isEqualTo(PageType.LISTING);
        }
        // a story filed in such a folder, and a home page that declares itself a blog post, stay articles
        for (String url : new String[] {"https://town.example/news/baths-future", "https://town.example/blog/2024/03/baths",
            "https://town.example/news/2024/baths/story"}) {
            assertThat(page(ogWebsite, "<article>" + PARAGRAPHS.repeat(3) + "</article>", url).pageType()).as(url)
                    .isEqualTo(PageType.ARTICLE);
        }
        assertThat(page(ld("BlogPosting"), "<article>" + PARAGRAPHS.repeat(3) + "</article>", "https://jane.example/")
                .pageType()).isEqualTo(PageType.ARTICLE);
        // a one-segment path that is a story's name is no language's root
        assertThat(PageTypeClassifier.homePage(PageFeatures.segments(PageFeatures.path("https://town.example/baths-future"))))
                .isFalse();
        assertThat(PageTypeClassifier.homePage(PageFeatures.segments(PageFeatures.path("https://town.example/fr/")))).isTrue();
    }

    @Test
    void aThreadServedByAForumPackagesScriptIsAForum() throws Exception {
        for (String url : new String[] {"https://talk.example/viewtopic.php?id=3099", "https://bbs.example/forum/showthread.php?t=186",
            "https://board.example/index.php?action=x&topic=42.0", "https://board.example/showtopic/17"}) {
            assertThat(page("", "<main>" + PARAGRAPHS + "</main>", url).pageType()).as(url).isEqualTo(PageType.FORUM);
        }
        // the words elsewhere in a path are no such script, and a declared article stays one
        assertThat(page("", "<article>" + PARAGRAPHS + "</article>", "https://town.example/news/2024/03/viewtopic-of-the-week")
                .pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(page(ld("NewsArticle"), "<article>" + PARAGRAPHS + "</article>", "https://town.example/viewtopic.php?id=1")
                .pageType()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aFrontPageOfTeasersIsAListingAndIsRefusedAsAnArticle() throws Exception {
        StringBuilder teasers = new StringBuilder("<main>" + PARAGRAPHS.substring(0, PARAGRAPHS.indexOf("</p>") + 4) + "<div class=grid>");
        for (int i = 0; i < 40; i++) {
            teasers.append("<div class=card><h3><a href=/s").append(i).append(">Headline number ").append(i)
                    .append(" about the town and its council</a></h3><span>A short line of summary under the headline, number ")
                    .append(i).append(".</span></div>");
        }
        teasers.append("</div></main>");
        String html = "<html><head><title>Town News</title></head><body>" + teasers + "</body></html>";
        assertThat(extractor.extractPage(html, "https://town.example/environment").pageType()).isEqualTo(PageType.LISTING);
        assertThatThrownBy(() -> extractor.extract(html, "https://town.example/environment"))
                .isInstanceOf(ExtractionException.class).hasMessage("not an article: a listing page");
    }

    @Test
    void aServicePageOfShortBlocksAndCallsToActionIsNoArticle() throws Exception {
        StringBuilder body = new StringBuilder("<main>");
        for (int i = 0; i < 8; i++) {
            body.append("<section class=feature><h2>Feature ").append(i).append("</h2><p>Plan your week in minutes.</p>")
                    .append("<img src=/f").append(i).append(".png><a class=\"btn btn-primary cta\" href=/signup>Start free</a></section>");
        }
        body.append("<p>Teams of every size use the planner to share calendars, book rooms and keep track of who is"
                + " where, with reminders by e-mail and on the phone.</p></main>");
        ExtractedPage p = page("", body.toString(), "https://planner.example/features");
        assertThat(p.pageType()).isNotEqualTo(PageType.ARTICLE);
    }

    @Test
    void codeBlocksMakeDocumentationUnlessThePageIsAnArticle() throws Exception {
        String code = "<pre><code>precis extract page.html</code></pre>".repeat(4);
        assertThat(page("", "<main>" + PARAGRAPHS + code + "</main>", "https://docs.example/cli/extract").pageType())
                .isEqualTo(PageType.DOCUMENTATION);
        assertThat(page("", "<main>" + PARAGRAPHS + code + "</main>", "https://dev.example/blog/extracting-pages").pageType())
                .isEqualTo(PageType.ARTICLE);
    }

    @Test
    void priceAndCartMarkupMakeAProductPage() throws Exception {
        StringBuilder shop = new StringBuilder("<main><h1>Oak bench</h1><p>A solid oak bench for two, oiled by hand and"
                + " built to stay outdoors all year.</p>");
        for (int i = 0; i < 6; i++) {
            shop.append("<div class=product-option><span class=price>").append(200 + i).append(".00</span>")
                    .append("<span class=price-old>299.00</span><img src=/b").append(i).append(".jpg>")
                    .append("<form class=cart-form action=/cart><button class=add-to-cart>Add to basket</button></form></div>");
        }
        shop.append("</main>");
        assertThat(page("", shop.toString(), "https://shop.example/garden/oak-bench").pageType()).isEqualTo(PageType.PRODUCT);
    }

    @Test
    void aShopsAisleAManualsFrontAndACalculatorAreNoArticles() throws Exception {
        String ogWebsite = "<meta property=\"og:type\" content=\"website\">";
        String written = "<article>" + PARAGRAPHS.repeat(3) + "</article>";
        // an aisle of a shop, however much buying advice it writes above its grid
        for (String url : new String[] {"https://shop.example/browse/shoes/mens/sneakers",
            "https://shop.example/browse/gps-watches?sort=price", "https://shop.example/collections/wallets",
            "https://shop.example/en-gb/collections/skincare-sets/"}) {
            assertThat(page(ogWebsite, written, url).pageType()).as(url).isEqualTo(PageType.LISTING);
        }
        // the manual's own front page, its table of contents written as an introduction
        for (String url : new String[] {"https://tool.example/docs", "https://tool.example/en/documentation/"}) {
            assertThat(page(ogWebsite, written, url).pageType()).as(url).isEqualTo(PageType.DOCUMENTATION);
        }
        // a calculator's page: its fields and the text explaining them
        String fields = "<form><input name=age><input name=savings><input name=rate><button>Calculate</button></form>";
        for (String url : new String[] {"https://bank.example/retirement/retirement-plan-calculator/",
            "https://funds.example/planning/tools/retirement-planning-calculator.htm"}) {
            assertThat(page(ogWebsite, "<main>" + fields + PARAGRAPHS.repeat(3) + "</main>", url).pageType()).as(url)
                    .isEqualTo(PageType.OTHER);
        }
        // stories stay articles: a magazine's "collection" (singular) folder, a shop's blog post, a story
        // about a calculator (no fields to fill in), a story that declares itself one, a story in a docs folder
        for (String url : new String[] {"https://magazine.example/collection/best-book-subscriptions/",
            "https://shop.example/collections/blog/how-we-tan-leather", "https://shop.example/browse/2024/03/new-season",
            "https://bank.example/news/why-your-retirement-calculator-is-wrong",
            "https://bank.example/retirement-calculator", "https://town.example/news/docs-strike"}) {
            assertThat(page(ogWebsite, written, url).pageType()).as(url).isEqualTo(PageType.ARTICLE);
        }
        assertThat(page(ld("BlogPosting"), written, "https://shop.example/collections/summer-story").pageType())
                .isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aNumberedThreadsAddressIsAForumEvenWhenItsOgTypeSaysArticle() throws Exception {
        String ogArticle = "<meta property=\"og:type\" content=\"article\">";
        String firstPost = "<article>" + PARAGRAPHS.repeat(2) + "</article>";
        for (String url : new String[] {"https://talk.example/threads/best-closed-headphones-2024.973407/",
            "https://talk.example/discussion/39620/the-pool-is-closing", "https://board.example/forums/topic/188682-new-case/",
            "https://board.example/topic/18427/rc1-of-version-4", "https://talk.example/t/baths-reopening/931828",
            "https://links.example/r/Cooking/comments/1rl0nt4/cast_iron_pan/"}) {
            assertThat(page(ogArticle, firstPost, url).pageType()).as(url).isEqualTo(PageType.FORUM);
        }
        // topics with names, years and counts are sections and stories; a declared news article stays one
        for (String url : new String[] {"https://encyclopedia.example/topic/history-of-coffee",
            "https://town.example/topics/elections-2024", "https://town.example/topics/2024-elections",
            "https://town.example/topics/2024/baths-future", "https://town.example/topic/100-best-books",
            "https://town.example/news/thread-count-explained-12345"}) {
            assertThat(PageTypeClassifier.threadAddress(PageFeatures.segments(PageFeatures.path(url)))).as(url).isFalse();
            assertThat(page(ogArticle, firstPost, url).pageType()).as(url).isEqualTo(PageType.ARTICLE);
        }
        assertThat(page(ld("NewsArticle"), firstPost, "https://town.example/discussion/39620/the-pool-is-closing").pageType())
                .isEqualTo(PageType.ARTICLE);
    }

    private static String ld(String type) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"" + type + "\"}</script>";
    }
}
