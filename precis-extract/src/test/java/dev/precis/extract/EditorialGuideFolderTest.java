package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.PageType;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A "guides" or "learn" folder is where publishers also file their own how-to writing: on a page that gives
 * article evidence (og:type article, a byline with a date, …) it is no sign of a manual, while "docs",
 * "reference", "api" and "wiki" still are; without evidence every documentation folder counts as before.
 * Pages written for this test.
 */
class EditorialGuideFolderTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    /** A guide's landing page: og:type article, a short introduction, what is inside, a form to get the guide. */
    private static String landing(boolean articleType) {
        return "<html><head><title>Winning the first meeting: a guide for small consultancies</title>"
                + (articleType ? "<meta property='og:type' content='article'>" : "")
                + "<meta property='article:published_time' content='2023-05-02T09:00:00Z'></head><body>"
                + "<header class='site-header'><a href='/'>Home</a><a href='/product'>Product</a><a href='/pricing'>Pricing"
                + "</a><a class='btn btn-cta' href='/demo'>Book a demo</a></header><main><div class='post-hero'>"
                + "<h1>Winning the first meeting: a guide for small consultancies</h1></div><div class='post-body'>"
                + "<p>Most owners of small firms know they should talk to a consultant about their accounts. Yet when the"
                + " moment comes to sign, they hesitate, not out of doubt about the need but because the offer feels vague"
                + " and far from what keeps them awake at night. That is where most first meetings go quiet.</p>"
                + "<p>The way to more signed letters is trust. This guide shows how to turn a sales call into a"
                + " conversation about the client's own plans, one that the client wants to continue next week.</p>"
                + "<p>Inside, you will find tried frameworks and checklists that help you:</p><ul>"
                + "<li>Understand why a client says no, and turn it into a real question</li>"
                + "<li>Lead the meeting as an adviser rather than a seller</li>"
                + "<li>Ask the questions that move a talk from price to purpose</li>"
                + "<li>Answer doubts with patience, clarity and confidence</li></ul>"
                + "<p>You will also see how firms like yours keep notes between meetings so that every client feels"
                + " remembered, and how a short written summary after each call wins the second meeting.</p>"
                + "<p>Use this guide to build trust, sign more letters and grow your practice with confidence.</p></div>"
                + "<div class='post-form'><form class='download-form'><input name='name'><input name='email'>"
                + "<input name='company'><button class='btn btn-submit'>Get the guide</button></form></div></main>"
                + "<footer><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a> <a href='/contact'>Contact</a>"
                + "</footer></body></html>";
    }

    private static double docFolder(String html, String url) {
        var doc = Jsoup.parse(html, url);
        PageSignals s = PageSignals.of(doc);
        boolean published = true;
        return PageFeatures.of(s, List.of("A paragraph of the text."), url, published, false)[PageFeatures.NAMES.indexOf("u_doc")];
    }

    @Test
    void aGuideWithArticleEvidenceUnderGuidesIsAnArticle() throws Exception {
        assertThat(extractor.extractPage(landing(true), "https://consult.example/guides/winning-the-first-meeting/")
                .pageType()).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void editorialFoldersCountOnlyWithoutEvidence() {
        assertThat(docFolder(landing(true), "https://consult.example/guides/winning-the-first-meeting/")).isZero();
        assertThat(docFolder(landing(true), "https://consult.example/learn/winning-the-first-meeting/")).isZero();
        assertThat(docFolder(landing(false), "https://consult.example/guides/winning-the-first-meeting/")).isOne();
    }

    @Test
    void manualFoldersStillCountWithEvidence() {
        assertThat(docFolder(landing(true), "https://consult.example/reference/meeting-api/")).isOne();
        assertThat(docFolder(landing(true), "https://consult.example/wiki/First_meeting")).isOne();
        assertThat(docFolder(landing(true), "https://consult.example/en/guide/reference/meeting")).isOne();
    }
}
