package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.PageType;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The thirty-eighth session's page-type rules: pages that list what a site published (a press page, an archive of
 * issues, coverage in the news), a glossary's entries and a job advertisement are no stories; a dated piece that
 * declares itself an article is one even when filed under "guides". Pages written for this test.
 */
class ListPagesAndGuidesPageTypeTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String TEXT = "<p>The boatyard on the east quay will build its first electric ferry this winter,"
            + " after the town council agreed to lend it the money for a new shed and a crane that can lift the batteries.</p>"
            + "<p>The ferry will carry forty people and six bicycles across the estuary, and should cut the crossing's fuel"
            + " bill by more than half, the yard's owner told the council's finance committee on Thursday evening.</p>"
            + "<p>Work on the hull starts in November. If the sea trials go well in the spring, a second boat will follow.</p>";

    private static String page(String head, String main) {
        return "<html><head><title>The electric ferry</title>" + head + "</head><body><header><a href='/'>Home</a>"
                + "<a href='/about'>About</a></header>" + main + "<footer><a href='/privacy'>Privacy</a></footer></body></html>";
    }

    /** {@code n} dated items, each a linked heading and an excerpt: a list of what was published. */
    private static String items(int n) {
        StringBuilder b = new StringBuilder("<main><h1>Press</h1>");
        for (int i = 0; i < n; i++) {
            b.append("<div class='item'><time datetime='2024-0").append(1 + i % 9).append("-01'>1 March</time><h3><a href='/x-")
                    .append(i).append("'>The yard announces its news, number ").append(i).append("</a></h3><p>A sentence"
                    + " or two from the release, enough to tell the reader what it is about before they click.</p></div>");
        }
        return page("", b.append("</main>").toString());
    }

    private PageType type(String html, String url) throws Exception {
        return extractor.extractPage(html, url).pageType();
    }

    @Test
    void pagesThatListWhatASitePublishedAreListings() throws Exception {
        assertThat(type(items(10), "https://boatyard.example/press")).isEqualTo(PageType.LISTING);
        assertThat(type(items(10), "https://boatyard.example/newsletter/archive/")).isEqualTo(PageType.LISTING);
        assertThat(type(items(10), "https://boatyard.example/about/in-the-news/")).isEqualTo(PageType.LISTING);
        // one release filed under the press page has its own name after it
        String release = page("<meta property='og:type' content='article'>", "<article><h1>The electric ferry</h1>"
                + "<p class='byline'>By Ann Pollard, March 7, 2024</p>" + TEXT + "</article>");
        assertThat(type(release, "https://boatyard.example/press/yard-to-build-electric-ferry")).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aGlossarysEntryIsReference() throws Exception {
        String entry = page("", "<main><h1>Slipway</h1>" + TEXT + "</main>");
        assertThat(type(entry, "https://boatwords.example/glossary/slipway")).isEqualTo(PageType.DOCUMENTATION);
        assertThat(AddressShapes.glossaryEntry(PageFeatures.segments("/en/dictionary/slipway"))).isTrue();
        // the glossary's own index, and a story that names the word in its address, are not entries
        assertThat(AddressShapes.glossaryEntry(PageFeatures.segments("/glossary"))).isFalse();
        assertThat(AddressShapes.glossaryEntry(PageFeatures.segments("/news/glossary-of-the-sea-wins-prize"))).isFalse();
    }

    @Test
    void aJobAdvertisementIsNoStory() throws Exception {
        String job = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\","
                + "\"title\":\"Boatbuilder\"}</script>";
        String html = page(job, "<main><h1>Boatbuilder</h1>" + TEXT + "<a class='btn' href='/apply'>Apply now</a></main>");
        assertThat(type(html, "https://boatyard.example/careers/boatbuilder")).isEqualTo(PageType.OTHER);
        // a story that also declares itself one is judged as a story
        String both = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"The electric ferry\"}</script>" + job;
        assertThat(type(page(both, "<article><h1>The electric ferry</h1>" + TEXT + "</article>"),
                "https://boatyard.example/careers/boatbuilder")).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aDatedDeclaredStoryUnderGuidesScoresAsIfFiledElsewhere() {
        PageSignals s = PageSignals.of(Jsoup.parse(page("<meta property='og:type' content='article'>",
                "<article><h1>The electric ferry</h1>" + TEXT + "</article>")));
        List<String> paragraphs = List.of(TEXT.replaceAll("<[^>]+>", " ").strip().split(" {2,}"));
        String guides = "https://boatyard.example/guides/the-electric-ferry-explained";
        String other = "https://boatyard.example/library/the-electric-ferry-explained";
        // with a publication date the "guides" folder costs nothing
        assertThat(PageTypeClassifier.score(s, paragraphs, guides, true, false))
                .isEqualTo(PageTypeClassifier.score(s, paragraphs, other, true, false));
        // without one it is still a manual's folder
        assertThat(PageTypeClassifier.score(s, paragraphs, guides, false, false))
                .isLessThan(PageTypeClassifier.score(s, paragraphs, other, false, false) - 1);
    }
}
