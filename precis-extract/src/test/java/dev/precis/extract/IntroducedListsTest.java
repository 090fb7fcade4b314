package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Lists of links inside an article body, on pages written for this test: a list the text introduces with a
 * sentence ending in a colon is part of the article; a list of links after a one- or two-word label
 * ("Related:") or after no lead-in at all stays out, as before.
 */
class IntroducedListsTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String PARA = "<p>The release took longer than planned, because every change had to pass the"
            + " new test suite on three machines, and two of them were borrowed from a friendly lab for a week.</p>";

    private static String links(String... items) {
        StringBuilder b = new StringBuilder("<ul>");
        for (String item : items) {
            b.append("<li><a href=\"/patches/").append(item.length()).append("\">").append(item).append("</a></li>");
        }
        return b.append("</ul>").toString();
    }

    private static String page(String inner) {
        return "<html><head><title>Progress report for the spring</title></head><body><article>"
                + "<h1>Progress report for the spring</h1>" + PARA + inner + PARA.replace("release", "review")
                + PARA.replace("longer", "shorter") + "</article></body></html>";
    }

    @Test
    void aListOfLinksTheTextIntroducesIsKept() throws Exception {
        String html = page("<p>Many small fixes were sent for review this month:</p>"
                + links("Teach the parser about nested tables", "Allow casts between two kinds of numbers",
                        "Fix the size of very long decimals")
                + "<p>All of them should land before the next release.</p>");
        Article a = extractor.extract(html, "https://blog.example/spring-progress-report");
        assertThat(a.text()).contains("Many small fixes were sent for review this month:",
                "Teach the parser about nested tables", "Allow casts between two kinds of numbers",
                "Fix the size of very long decimals", "All of them should land");
    }

    @Test
    void aNestedListInsideAnIntroducedListIsKeptToo() throws Exception {
        String html = page("<p>These are the parts that changed in the last weeks:</p><ul><li><a href=\"/a\">The"
                + " parser and its tests</a><ul><li><a href=\"/b\">Tables inside tables</a></li>"
                + "<li><a href=\"/c\">Line endings in quoted strings</a></li></ul></li>"
                + "<li><a href=\"/d\">The code generator</a></li></ul>");
        Article a = extractor.extract(html, "https://blog.example/spring-progress-report");
        assertThat(a.text()).contains("The parser and its tests", "Tables inside tables",
                "Line endings in quoted strings", "The code generator");
    }

    @Test
    void aListInAWrapperOfItsOwnTakesTheWrappersLeadIn() throws Exception {
        String html = page("<div class=\"paragraph\"><p>Three more fixes were merged upstream last week:</p></div>"
                + "<div class=\"ulist\">" + links("Keep warnings apart from errors", "Support a wider kind of number",
                        "Stop an endless loop in the cleaner") + "</div>");
        Article a = extractor.extract(html, "https://blog.example/spring-progress-report");
        assertThat(a.text()).contains("Keep warnings apart from errors", "Stop an endless loop in the cleaner");
    }

    @Test
    void aListOfLinksAfterAShortLabelIsNotKept() throws Exception {
        String html = page("<p>Related:</p>" + links("Our winter progress report", "How the test machines work",
                "What we plan for the summer"));
        Article a = extractor.extract(html, "https://blog.example/spring-progress-report");
        assertThat(a.text()).contains("The release took longer").doesNotContain("Our winter progress report",
                "What we plan for the summer");
    }

    @Test
    void aListOfLinksWithoutALeadInIsNotKept() throws Exception {
        String html = page(links("Our winter progress report", "How the test machines work",
                "What we plan for the summer"));
        Article a = extractor.extract(html, "https://blog.example/spring-progress-report");
        assertThat(a.text()).contains("The release took longer").doesNotContain("Our winter progress report");
    }
}
