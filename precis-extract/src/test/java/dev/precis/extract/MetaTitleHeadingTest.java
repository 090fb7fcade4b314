package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A meta title the page shows as a lower heading is the headline; the h1 above it is a banner or a short label. */
class MetaTitleHeadingTest {

    private static String title(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://guides.example/");
        return TitleChooser.choose(doc, null, "Guides Example");
    }

    @Test
    void aShortenedH1GivesWayToTheMetaTitleShownBelowIt() {
        String head = "<title>Best Garden Hoses for Small Yards in 2031 | Guides Example</title>";
        String body = "<h1>Best Garden Hoses for Small Yards</h1><p>Intro.</p>"
                + "<h2>Best Garden Hoses for Small Yards in 2031</h2><p>Our picks.</p><h2>How we tested</h2>";
        assertThat(title(head, body)).isEqualTo("Best Garden Hoses for Small Yards in 2031");
    }

    @Test
    void theH1StaysTheTopHeadlineThatDatesAreFoundNear() {
        String head = "<title>Best Garden Hoses for Small Yards in 2031 | Guides Example</title>";
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body><h1>Best Garden Hoses for Small Yards</h1>"
                + "<p>May 2, 2031</p><h2>Best Garden Hoses for Small Yards in 2031</h2></body></html>", "https://guides.example/");
        TitleChooser.Titles t = TitleChooser.both(doc, new MetaTags(doc), null, "Guides Example");
        assertThat(t.article()).isEqualTo("Best Garden Hoses for Small Yards in 2031");
        assertThat(t.top()).isEqualTo("Best Garden Hoses for Small Yards");
    }

    @Test
    void theSitesNameShownAsAHeadingIsNoHeadline() {
        String head = "<meta property=og:title content=\"Guides Example\"><title>Guides Example</title>";
        String body = "<h1>How to oil a wooden garden bench</h1><p>Text.</p><footer><h2>Guides Example</h2></footer>";
        assertThat(title(head, body)).isEqualTo("How to oil a wooden garden bench");
    }

    @Test
    void aPullQuoteInTheH1GivesWayToo() {
        String head = "<meta property=og:title content=\"What do readers value in a weekly paper?\">";
        String body = "<h1>But what they value most is the letters page</h1>"
                + "<section><h3>What do readers value in a weekly paper?</h3><p>We asked them.</p></section>";
        assertThat(title(head, body)).isEqualTo("What do readers value in a weekly paper?");
    }

    @Test
    void theH1StaysWhenNoLowerHeadingReadsAsTheMetaTitle() {
        String head = "<title>Best Garden Hoses for Small Yards in 2031 | Guides Example</title>";
        String body = "<h1>Best Garden Hoses for Small Yards</h1><h2>Our picks</h2><h2>How we tested</h2>";
        assertThat(title(head, body)).isEqualTo("Best Garden Hoses for Small Yards");
    }

    @Test
    void aOneWordMetaTitleThatHeadsASectionDoesNotCount() {
        String head = "<title>Budgeting | Guides Example</title>";
        String body = "<h1>How to keep a household budget in a notebook</h1><h2>Budgeting</h2><p>Text.</p>";
        assertThat(title(head, body)).isEqualTo("How to keep a household budget in a notebook");
    }
}
