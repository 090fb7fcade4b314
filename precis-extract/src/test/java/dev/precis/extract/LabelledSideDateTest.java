package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.PageType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A publication date a page labels in words in a facts panel of its own, even beside the text
 * ({@code <h4>Published</h4> <time datetime=…>}), is read as a last resort ({@link VisibleDates#sideLabelled})
 * and, unlike the guessed last resorts (a date on a closing line, in a script), it counts as the page's
 * evidence of being an article: the page says when it was published, as articles do. Pages written for this
 * test; clock fixed at 2024-03-10T01:30Z.
 */
class LabelledSideDateTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneOffset.UTC);

    /** A guide's hub page: an introduction, then its parts as linked headings with a line each. */
    private static final String HUB = "<h1>Keeping a small shop's computers safe</h1><div class='intro'>"
            + "<p>How to protect the tills, laptops and phones of a small shop; plain advice that costs little.</p>"
            + "<p>Owners of a corner shop or a market stall do not need a technician to keep their machines safe."
            + " The five steps below take an afternoon and can save the takings of a month, and the trust of the"
            + " customers whose card numbers pass through the till every day of the week.</p>"
            + "<p>None of the steps promises safety from every attack, but each one removes an easy way in, and"
            + " together they stop most of the thefts that small traders report to the police each year.</p></div>"
            + "<h2>In this guide</h2>"
            + "<img src='/img/copies.png' alt=''><h3>Step 1 - <a href='/shop-guide/copies'>Keeping copies of your records</a></h3><p>Four things to think"
            + " about before you choose where the copies go.</p>"
            + "<img src='/img/updates.png' alt=''><h3>Step 2 - <a href='/shop-guide/updates'>Updating the tills</a></h3><p>Why the small prompts matter and"
            + " how to let them run at night.</p>"
            + "<img src='/img/phones.png' alt=''><h3>Step 3 - <a href='/shop-guide/phones'>Looking after the phones</a></h3><p>Three habits that keep a lost"
            + " phone from becoming a lost business.</p>"
            + "<img src='/img/passwords.png' alt=''><h3>Step 4 - <a href='/shop-guide/passwords'>Choosing passwords</a></h3><p>Long phrases, a manager and"
            + " a second check at the door.</p>"
            + "<img src='/img/mail.png' alt=''><h3>Step 5 - <a href='/shop-guide/mail'>Spotting false messages</a></h3><p>The signs of a message that"
            + " only pretends to come from your bank.</p>";

    private static final String PANEL = "<div class='side-bottom'><div class='fact'><h4>Published</h4>"
            + " <time datetime='2018-11-15T12:00:00Z'>15 November 2018</time></div><div class='fact'><h4>Reviewed</h4>"
            + " <time datetime='2020-10-08T12:00:00Z'>8 October 2020</time></div><div class='fact'><h4>Written for</h4>"
            + " <a href='/for/shops'>Shops and stalls</a></div></div>";

    private static String page(String side) {
        return "<html><head><title>Keeping a small shop's computers safe</title></head><body><nav><a href='/'>Home</a>"
                + "<a href='/advice'>Advice</a><a href='/news'>News</a><a href='/contact'>Contact</a></nav><main>"
                + "<div class='content'>" + HUB + "</div><div class='sidebar'>" + side + "</div></main>"
                + "<footer><a href='/privacy'>Privacy</a> <a href='/accessibility'>Accessibility</a></footer></body></html>";
    }

    private static MetadataReader.Metadata meta(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        return new MetadataReader(CLOCK, false, null).read(doc, url, html);
    }

    @Test
    void aFactsPanelsLabelledDayDatesThePageAndCountsAsItsEvidence() {
        MetadataReader.Metadata m = meta(page(PANEL), "https://shops.example/collection/shop-guide");
        assertThat(m.published()).startsWith("2018-11-15");
        assertThat(m.publishedGuessed()).isFalse();
        assertThat(m.dated()).isTrue();
    }

    @Test
    void aScriptsDayIsStillAGuess() {
        // the same hub dated only by a key in a page-state script: a last resort, no evidence
        String html = page("").replace("</head>", "<script>window.state = {pubDate: '2018-11-15'};</script></head>");
        MetadataReader.Metadata m = meta(html, "https://shops.example/collection/shop-guide");
        assertThat(m.published()).startsWith("2018-11-15");
        assertThat(m.dated()).isFalse();
    }

    @Test
    void aPanelWithoutAPublicationLabelIsNoEvidence() {
        MetadataReader.Metadata m = meta(page(PANEL.replace("<h4>Published</h4>", "<h4>Seen</h4>")
                .replace("<h4>Reviewed</h4>", "<h4>Checked</h4>")), "https://shops.example/collection/shop-guide");
        assertThat(m.dated()).isFalse();
    }

    @Test
    void aTeaserListsLabelledDaysDateNothing() {
        // "Published" before each card's day in a list of other pages: several days, none the page's
        StringBuilder cards = new StringBuilder("<ul class='more'>");
        for (int i = 1; i <= 3; i++) {
            cards.append("<li><a href='/n/").append(i).append("'><span>Published</span> <time datetime='2023-0").append(i)
                    .append("-1").append(i).append("'>1").append(i).append(" Jan</time> Another note ").append(i)
                    .append("</a></li>");
        }
        MetadataReader.Metadata m = meta(page(cards.append("</ul>").toString()), "https://shops.example/collection/shop-guide");
        assertThat(m.published()).isNull();
        assertThat(m.dated()).isFalse();
    }

    @Test
    void theHubWithItsPanelIsAnArticleAndWithoutItIsNot() throws Exception {
        DensityArticleExtractor extractor = new DensityArticleExtractor(null, CLOCK);
        String url = "https://shops.example/collection/shop-guide";
        assertThat(extractor.extractPage(page(PANEL), url, null).pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(extractor.extractPage(page(""), url, null).pageType()).isNotEqualTo(PageType.ARTICLE);
    }
}
