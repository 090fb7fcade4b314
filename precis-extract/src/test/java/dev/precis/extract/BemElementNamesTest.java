package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Class names in BEM form ({@code block__element}): when a block names chrome ("site-banner__content"), the
 * content word of an element part names the inner box of that chrome, not the article, and the content locator
 * gives the box no content bonus. Pages and names written for this test.
 */
class BemElementNamesTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String URL = "https://port.lindvik.example/harbour/cameras";

    /** A site notice at the top of every page of a public body, opened by a button, above a page of short linked items. */
    private static final String BANNER = "<section class=\"site-banner\" aria-label=\"Official site notice\">"
            + "<header class=\"site-banner__header\"><p class=\"site-banner__text\">An official site of the town of"
            + " Lindvik</p><button class=\"site-banner__button\">Here is how you know</button></header>"
            + "<div class=\"site-banner__content accordion__content\" id=\"notice-panel\">"
            + "<p>Official sites end in .lindvik.example, and a site of the town always belongs to one of its offices.</p>"
            + "<p>A secure site shows a closed lock in the address bar, so what you send it, stays between you and the"
            + " town.</p></div></section>";

    private static String camera(String name, String text) {
        return "<div class=\"cam\"><h2>" + name + "</h2><p>" + text + " See the <a href=\"/cams/"
                + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "\">" + name.toLowerCase(java.util.Locale.ROOT)
                + " camera page</a>.</p></div>";
    }

    private static final String CAMERAS = "<div id=\"main\" class=\"MainContent\"><h1>Harbour cameras</h1>"
            + camera("North pier", "The north pier camera looks over the ferry berth.")
            + camera("Fish market", "From the roof of the old fish market you see the whole inner basin.")
            + camera("Lighthouse", "The lighthouse camera turns every ten minutes between the sound and the town.")
            + camera("Marina", "The marina camera shows the guest moorings and the fuel dock in summer.")
            + "</div>";

    @Test
    void aSiteBannersContentBoxIsNotTakenForThePage() throws Exception {
        String html = "<html><head><title>Harbour cameras</title></head><body>" + BANNER
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/harbour\">Harbour</a></nav></header>" + CAMERAS
                + "<footer><p>Port of Lindvik, Harbour Road 1</p></footer></body></html>";
        Article a = extractor.extractText(html, URL);
        assertThat(a.text()).contains("The north pier camera looks over the ferry berth.",
                "The marina camera shows the guest moorings").doesNotContain("Official sites end in", "closed lock");
    }

    @Test
    void anArticleInBemNamesIsStillFoundWhole() throws Exception {
        String para = "<p>The ferry company will add a late crossing on Fridays from June, after a season in which the"
                + " last boat left more than forty travellers on the pier most weekends.</p>";
        String html = "<html><head><title>Late ferry on Fridays</title></head><body>"
                + "<header class=\"masthead\"><a href=\"/\">Lindvik News</a></header>"
                + "<article class=\"story\"><h1 class=\"story__title\">Late ferry on Fridays</h1>"
                + "<div class=\"story__body\">" + para + para.replace("Fridays", "Saturdays")
                + para.replace("forty", "fifty") + "</div>"
                + "<aside class=\"more-stories\"><div class=\"teaser-card__content\"><a href=\"/a\">New bus timetable"
                + " for the harbour</a></div></aside></article></body></html>";
        Article a = extractor.extract(html, "https://news.lindvik.example/late-ferry");
        assertThat(a.text()).contains("add a late crossing on Fridays", "add a late crossing on Saturdays",
                "more than fifty travellers").doesNotContain("New bus timetable");
    }

    @Test
    void contentWordsOfAnElementPartAreNotReadWhenABlockIsChrome() {
        assertThat(ClassSignals.words(ClassSignals.blocks("site-banner__content accordion__content collapse")))
                .containsExactly("site", "banner", "accordion", "collapse");
        // no block names chrome: every word is read as before
        assertThat(ClassSignals.blocks("article__share post__body")).isEqualTo("article__share post__body");
        assertThat(ClassSignals.blocks("entry-content")).isEqualTo("entry-content");
        org.jsoup.nodes.Element banner = org.jsoup.Jsoup.parse("<div class=\"usa-banner__content\">x</div>")
                .selectFirst("div");
        // the locator reads the banner's inner box as chrome; the cleaner reads its names as they are
        assertThat(ClassSignals.boxOf(banner)).isEqualTo(-1);
        assertThat(ClassSignals.of(banner)).isEqualTo(1);
        assertThat(ClassSignals.boxOf(org.jsoup.Jsoup.parse("<div class=\"story__body\">x</div>")
                .selectFirst("div"))).isEqualTo(1);
    }
}
