package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A tagline or second title after a spaced hyphen, en dash or bar is no part of the headline. */
class TaglineTest {

    private static String title(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://shop.example/");
        return TitleChooser.choose(doc, null, "Garden Corner");
    }

    @Test
    void aTaglineAfterAHyphenOrEnDashGoesAlsoFromTheVisibleH1() {
        assertThat(title("<title>Seed Sowing Calendar - Printable Chart - Garden Corner</title>",
                "<h1>Seed Sowing Calendar – Printable Chart</h1><p>Text.</p>"))
                .isEqualTo("Seed Sowing Calendar");
        assertThat(title("<title>Pruning Apple Trees in Winter - Part 2</title>", "<p>Text.</p>"))
                .isEqualTo("Pruning Apple Trees in Winter");
    }

    @Test
    void aSecondTitleAfterABarGoes() {
        assertThat(title("<meta property=og:title content=\"Best Compost Bins of 2026 | Nine Models Tested | Garden Corner\">",
                "<h1>Best Compost Bins of 2026 | Nine Models Tested</h1>"))
                .isEqualTo("Best Compost Bins of 2026");
    }

    @Test
    void colonsEmDashesAndShortHeadsStay() {
        assertThat(title("<title>Raised Beds: What Nobody Tells You</title>", "<h1>Raised Beds: What Nobody Tells You</h1>"))
                .isEqualTo("Raised Beds: What Nobody Tells You");
        assertThat(title("<title>I Grew Tomatoes Indoors — and It Worked</title>", "<p>x</p>"))
                .isEqualTo("I Grew Tomatoes Indoors — and It Worked");
        // two words before the dash: the dash joins the headline's own parts
        assertThat(title("<title>Zero Waste - A Beginner's Guide</title>", "<p>x</p>"))
                .isEqualTo("Zero Waste - A Beginner's Guide");
        // a hyphen inside a word is no separator
        assertThat(title("<title>Low-Maintenance Hedges for Small Gardens</title>", "<p>x</p>"))
                .isEqualTo("Low-Maintenance Hedges for Small Gardens");
    }
}
