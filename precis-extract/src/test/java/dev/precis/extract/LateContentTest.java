package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Article text the markup sends somewhere other than where readers see it, pages written for this
 * test: a block editor's table wrapped in a {@code <figure>}, a streaming renderer's parts sent at
 * the page's end in hidden boxes with a placeholder where each belongs, text written after headings
 * without paragraph tags, and a table's numbers and dates (no datelines there).
 */
class LateContentTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String PARA = "<p>Rents rose fastest in mid-sized cities last year, where new jobs arrived before"
            + " new homes did, and the gap between wages and rents widened again for young tenants.</p>";

    @Test
    void aTableInAFigureIsArticleText() throws Exception {
        String html = "<html><head><title>Where rents rose</title></head><body><article><h1>Where rents rose</h1>"
                + PARA + PARA.replace("Rents rose", "Prices climbed")
                + "<figure class=\"wp-block-table\"><table><thead><tr><th>Rank</th><th>City</th><th>Rise</th></tr></thead>"
                + "<tbody><tr><td>1</td><td>Leeds</td><td>+9.4%</td></tr><tr><td>2</td><td>Bristol</td><td>+8.1%</td></tr>"
                + "</tbody></table><figcaption>Source: a survey of letting agents</figcaption></figure>"
                + PARA.replace("Rents rose", "Rents fell") + "</article></body></html>";
        Article a = extractor.extract(html, "https://homes.example/news/where-rents-rose");
        assertThat(a.text()).contains("Leeds", "+9.4%", "Bristol", "Rents fell");
    }

    @Test
    void aPictureInAFigureStaysOut() throws Exception {
        String html = "<html><head><title>Where rents rose</title></head><body><article><h1>Where rents rose</h1>"
                + PARA + "<figure><img src=\"/a.jpg\" alt=\"\"><figcaption>Terraced houses in Leeds, photographed in"
                + " spring by our staff photographer</figcaption></figure>" + PARA.replace("Rents rose", "Rents fell")
                + "</article></body></html>";
        Article a = extractor.extract(html, "https://homes.example/news/where-rents-rose");
        assertThat(a.text()).contains("Rents fell").doesNotContain("Terraced houses");
    }

    private static String part(String id, String inner) {
        return "<div hidden id=\"S:" + id + "\">" + inner + "</div>";
    }

    @Test
    void streamedPartsGoWhereTheirPlaceholdersStand() throws Exception {
        String html = "<html><head><title>How tenants can cut their bills</title></head><body><main><article>"
                + "<h1>How tenants can cut their bills</h1>"
                + "<div class=\"body\"><template id=\"B:0\"></template><div>Loading paragraph...</div>"
                + "<div class=\"ad\"></div><template id=\"B:1\"></template><div>Loading paragraph...</div>"
                + "<template id=\"B:2\"></template><div>Loading paragraph...</div></div></article></main>"
                + "<footer><p>About us</p></footer>"
                + part("0", "<div class=\"prose\">" + PARA.replace("Rents rose", "Energy bills rose") + "</div>")
                + part("1", "<div class=\"prose\"><h2>Heating</h2>" + PARA.replace("Rents rose", "Heating costs rose")
                        + "<template id=\"P:3\"></template></div>")
                + part("2", "<div class=\"prose\">" + PARA.replace("Rents rose", "Water charges rose") + "</div>")
                + part("3", "<p>Turning the thermostat down by one degree saves more than most tenants expect over a winter.</p>")
                + "</body></html>";
        Article a = extractor.extract(html, "https://homes.example/guides/cut-your-bills");
        assertThat(a.text()).contains("Energy bills rose", "Heating costs rose", "Water charges rose", "thermostat down")
                .doesNotContain("Loading paragraph");
        assertThat(a.text().indexOf("Energy bills")).isLessThan(a.text().indexOf("Heating costs"));
        assertThat(a.text().indexOf("Heating costs")).isLessThan(a.text().indexOf("thermostat"));
        assertThat(a.text().indexOf("thermostat")).isLessThan(a.text().indexOf("Water charges"));
    }

    @Test
    void aHiddenBoxWithoutPlaceholderStaysHidden() throws Exception {
        String html = "<html><head><title>How tenants can cut their bills</title></head><body><article>"
                + "<h1>How tenants can cut their bills</h1>" + PARA + PARA.replace("Rents rose", "Energy bills rose")
                + PARA.replace("Rents rose", "Heating costs rose") + "</article>"
                + part("7", "<p>A draft paragraph that the page never shows to readers, kept for a later edition of the guide.</p>")
                + "</body></html>";
        Article a = extractor.extract(html, "https://homes.example/guides/cut-your-bills");
        assertThat(a.text()).contains("Heating costs rose").doesNotContain("draft paragraph");
    }

    @Test
    void textWrittenWithoutParagraphTagsAfterHeadingsIsKept() throws Exception {
        // an old editor's page: loose text and line breaks under headings, no <p> at all; the text after
        // each heading is no heading, so none of it is trimmed as a heading with nothing after it
        String loose = "Rents rose fastest in mid-sized cities last year, where new jobs arrived before new homes did,"
                + " and the gap between wages and rents widened again for young tenants.";
        String html = "<html><head><title>Where rents rose</title></head><body><article><div class=\"entry-content\">"
                + loose + "<h2>The cities</h2>" + loose.replace("Rents rose", "Prices climbed") + "<br><br>"
                + loose.replace("Rents rose", "Wages lagged") + "<h2>What comes next</h2>"
                + loose.replace("Rents rose", "Rents will keep rising") + "</div></article></body></html>";
        Article a = extractor.extract(html, "https://homes.example/news/where-rents-rose");
        assertThat(a.text()).contains("The cities", "Prices climbed", "Wages lagged", "What comes next",
                "Rents will keep rising");
    }

    @Test
    void numbersAndDatesInATablesCellsAreItsData() throws Exception {
        String html = "<html><head><title>Where rents rose</title></head><body><article><h1>Where rents rose</h1>"
                + PARA + PARA.replace("Rents rose", "Prices climbed")
                + "<table><tr><th>Rank</th><th>Score</th><th>Surveyed</th></tr><tr><td>3</td><td>78.0</td>"
                + "<td>12 March 2024</td></tr><tr><td>4</td><td>77.2</td><td>14 March 2024</td></tr></table>"
                + PARA.replace("Rents rose", "Rents fell") + "</article></body></html>";
        Article a = extractor.extract(html, "https://homes.example/news/where-rents-rose");
        assertThat(a.text()).contains("78.0", "77.2", "12 March 2024", "14 March 2024", "Rents fell");
        assertThat(a.text().split("\n")).contains("3", "4");
    }

    @Test
    void aDateLineOutsideATableIsStillDropped() throws Exception {
        String html = "<html><head><title>Where rents rose</title></head><body><article><h1>Where rents rose</h1>"
                + "<div>12 March 2024, 10:42</div>" + PARA + PARA.replace("Rents rose", "Prices climbed")
                + "</article></body></html>";
        Article a = extractor.extract(html, "https://homes.example/news/where-rents-rose");
        assertThat(a.text()).contains("Prices climbed").doesNotContain("10:42");
    }
}
