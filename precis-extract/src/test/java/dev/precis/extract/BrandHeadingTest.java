package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An h1 that carries the site's name or logo is no headline. */
class BrandHeadingTest {

    private static String title(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://blog.example/");
        return TitleChooser.choose(doc, null, "Jane's Notes");
    }

    @Test
    void theSitesNameInAnH1DoesNotBeatTheTitle() {
        String head = "<title>A brief intro to git • Jane's Notes</title><meta property=og:title content=\"A brief intro to git • Jane's Notes\">";
        assertThat(title(head, "<header><h1>Jane's Notes</h1></header><article><h2>A brief intro to git</h2></article>"))
                .isEqualTo("A brief intro to git");
    }

    @Test
    void anH1LinkingHomeFromTheMastheadIsTheLogo() {
        String head = "<title>Progress report #39</title>";
        assertThat(title(head, "<header><a href=\"/\"><h1>Antoine's Blog</h1></a></header><main><h2>Progress report #39</h2></main>"))
                .isEqualTo("Progress report #39");
        assertThat(title(head, "<header><h1><a href=\"https://blog.example/\">Antoine's Blog</a></h1></header>"))
                .isEqualTo("Progress report #39");
    }

    @Test
    void anArticlesOwnH1StillWins() {
        String head = "<title>Bridge plans changed after long debate | Jane's Notes</title>";
        assertThat(title(head, "<article><h1><a href=\"/\">Bridge plans changed after a long debate</a></h1></article>"))
                .isEqualTo("Bridge plans changed after a long debate");
    }
}
