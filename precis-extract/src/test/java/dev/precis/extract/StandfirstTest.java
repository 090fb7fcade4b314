package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The standfirst (dek) between the headline and the body, on pages written for this test: a sentence in a short
 * {@code header} or a hero box above the text opens the article; a byline, a date, a caption, a share line or a
 * short question ("No time to read?") in the same place stays out.
 */
class StandfirstTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String DEK = "The council voted late on Tuesday to shut the old river bridge for a year of"
            + " repairs, sending ten thousand drivers a day onto the ring road.";

    private static final String BODY = "<div class=\"story-body\">"
            + "<p>Engineers found cracks in two of the bridge's five piers during a routine survey in the spring,"
            + " and the report they sent to the council last month called the damage serious but repairable.</p>"
            + "<p>The works will start in March and are planned to last twelve months, the council said, though it"
            + " warned that a wet winter could push the opening of the bridge back by several weeks.</p>"
            + "<p>Shop owners on the north bank fear a quiet year. One baker said half of her morning customers"
            + " cross the bridge on foot, and that she did not know where they would buy their bread instead.</p>"
            + "</div>";

    private static final String URL = "https://news.example/2026/bridge-to-close-for-repairs";

    private static String page(String beforeBody) {
        return "<html><head><title>River bridge to close for a year</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav><main><article>"
                + beforeBody + BODY + "</article></main><footer>All rights reserved.</footer></body></html>";
    }

    @Test
    void aDekInAShortHeaderOpensTheArticle() throws Exception {
        String html = page("<header><h1>River bridge to close for a year</h1><p class=\"dek\">" + DEK + "</p>"
                + "<p class=\"byline\">By Ann Lee</p><time datetime=\"2026-03-02\">2 March 2026</time></header>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).startsWith(DEK).contains("Engineers found cracks", "Shop owners on the north bank");
    }

    @Test
    void aDekInAHeroBoxAboveTheChosenBoxOpensTheArticle() throws Exception {
        String html = "<html><head><title>River bridge to close for a year</title></head><body>"
                + "<div class=\"hero\"><h1>River bridge to close for a year</h1><div class=\"hero-text\">" + DEK
                + "</div></div><div class=\"layout\"><div class=\"col\">" + BODY + "</div></div></body></html>";
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).startsWith(DEK);
    }

    @Test
    void aDekAlreadyInTheBodyIsNotRepeated() throws Exception {
        String html = page("<header><h1>River bridge to close for a year</h1><p>" + DEK + "</p></header><p>" + DEK
                + "</p>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text().indexOf("The council voted")).isEqualTo(a.text().lastIndexOf("The council voted"));
    }

    @Test
    void bylinesDatesCaptionsAndShortQuestionsStayOut() throws Exception {
        String html = page("<header><h1>River bridge to close for a year</h1>"
                + "<p>By Ann Lee and Tom Ray, our reporters on the north bank of the river.</p>"
                + "<p>No time to read? Listen to this story.</p>"
                + "<p class=\"share-line\">Share this story with your friends and neighbours on every network.</p>"
                + "<figure><img src=\"/b.jpg\"><figcaption>The old river bridge seen from the north bank on a"
                + " grey morning last week.</figcaption></figure><p>2 March 2026, 10:42</p></header>");
        Article a = extractor.extract(html, URL);
        assertThat(a.text()).startsWith("Engineers found cracks")
                .doesNotContain("By Ann Lee", "No time to read", "Share this story", "grey morning");
    }

    @Test
    void sentenceShapeNeedsWordsACapitalAndAStop() {
        assertThat(Standfirst.sentence(DEK)).isTrue();
        assertThat(Standfirst.sentence("River bridge to close for a year of repairs from March onwards")).isFalse();
        assertThat(Standfirst.sentence("the council voted late on Tuesday to shut the old bridge for a year.")).isFalse();
        assertThat(Standfirst.sentence("No time to read? Listen instead.")).isFalse();
        assertThat(Standfirst.sentence("By Ann Lee and Tom Ray, reporters on the north bank of the river.")).isFalse();
    }
}
