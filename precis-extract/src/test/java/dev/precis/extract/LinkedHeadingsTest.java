package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Section headings that are links, on a page written for this test: a ranked list article whose every
 * heading links to the place it names keeps those headings when prose follows them; a linked heading
 * followed only by another link (a "more stories" teaser) stays out.
 */
class LinkedHeadingsTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static String section(int rank, String name) {
        return "<h3><strong><a href=\"https://hotels.example/" + rank + "\">" + rank + ". " + name + "</a></strong></h3>"
                + "<p>" + name + " sits on a quiet bend of the river, with wide rooms, a long breakfast and staff who"
                + " remember your name by the second morning of a stay.</p>";
    }

    @Test
    void linkedHeadingsFollowedByProseAreKept() throws Exception {
        String html = "<html><head><title>The ten river hotels we liked most</title></head><body><article>"
                + "<h1>The ten river hotels we liked most</h1><div class=\"entry-content\">"
                + "<p>We spent a summer travelling along the river and stayed in more than forty hotels, small and large,"
                + " to find the ones worth a detour.</p>"
                + section(3, "The Lantern House") + section(2, "Mill Court") + section(1, "The Ferryman's Rest")
                + "</div></article></body></html>";
        Article a = extractor.extract(html, "https://travel.example/best-river-hotels");
        assertThat(a.text()).contains("3. The Lantern House", "2. Mill Court", "1. The Ferryman's Rest",
                "sits on a quiet bend");
    }

    @Test
    void aTeasersUnrankedLinkedHeadlineBeforeItsExcerptIsNotKept() throws Exception {
        String html = "<html><head><title>The ten river hotels we liked most</title></head><body><article>"
                + "<h1>The ten river hotels we liked most</h1><div class=\"entry-content\">"
                + "<p>We spent a summer travelling along the river and stayed in more than forty hotels, small and large,"
                + " to find the ones worth a detour.</p>" + section(1, "The Ferryman's Rest")
                + "<h3><a href=\"/stories/lakes\">Our guide to the mountain lakes</a></h3>"
                + "<p>Cold water, warm huts and a dozen walks between them: everything you need for a week in the hills,"
                + " from the trains that go there to the inns that stay open late.</p>"
                + "</div></article></body></html>";
        Article a = extractor.extract(html, "https://travel.example/best-river-hotels");
        assertThat(a.text()).contains("1. The Ferryman's Rest").doesNotContain("Our guide to the mountain lakes");
    }

    @Test
    void aHeadingsLinkToItselfIsNoLinkOut() throws Exception {
        StringBuilder body = new StringBuilder();
        for (String topic : new String[] {"Choosing an instrument", "Finding a teacher", "Practising at home"}) {
            String id = topic.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            body.append("<h2 id=\"").append(id).append("\"><a href=\"#").append(id).append("\">").append(topic)
                    .append("</a></h2><p>").append(topic).append(" takes a little thought at first, and a few weeks"
                            + " of patience, but most adult beginners find it easier than they feared it would be.</p>");
        }
        String html = "<html><head><title>Learning music as an adult</title></head><body><article>"
                + "<h1>Learning music as an adult</h1>" + body + "</article></body></html>";
        Article a = extractor.extract(html, "https://music.example/learning-as-an-adult");
        assertThat(a.text()).contains("Choosing an instrument\n\n", "Finding a teacher\n\n", "Practising at home\n\n");
    }

    @Test
    void aLinkedHeadingFollowedByALinkIsNotKept() throws Exception {
        String html = "<html><head><title>The ten river hotels we liked most</title></head><body><article>"
                + "<h1>The ten river hotels we liked most</h1><div class=\"entry-content\">"
                + "<p>We spent a summer travelling along the river and stayed in more than forty hotels, small and large,"
                + " to find the ones worth a detour.</p>" + section(1, "The Ferryman's Rest")
                + "<h3><a href=\"/more\">Our guide to the mountain lakes</a></h3>"
                + "<p><a href=\"/more\">Read the whole guide to the lakes</a></p>"
                + "<p>Prices were checked in June and may have changed since, so ask each hotel before you book a room"
                + " for the high season.</p></div></article></body></html>";
        Article a = extractor.extract(html, "https://travel.example/best-river-hotels");
        assertThat(a.text()).contains("1. The Ferryman's Rest").doesNotContain("Our guide to the mountain lakes");
    }
}
