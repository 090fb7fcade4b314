package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Lines about the page rather than the story, on pages written for this test: an affiliate disclosure, a labelled
 * change or posting day and a tag line are left out of the body; an article's paragraph that speaks of a
 * disclosure or an update, a table's "Category:" cell and a longer note that merely opens like a label stay.
 */
class EndMatterLinesTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String URL = "https://kettle.example/descaling-a-kettle";

    private static final String[] STEPS = {"Fill the kettle halfway with equal parts of water and white vinegar",
        "Bring the mixture to the boil and switch the kettle off at once", "Leave it to stand for an hour or so",
        "Pour the mixture away and rinse the kettle three times with cold water",
        "Boil a full kettle of clean water and throw it away", "Wipe the outside with a soft cloth",
        "Repeat the whole treatment each month where the water is hard"};

    private static String body(String before, String after) {
        StringBuilder b = new StringBuilder("<div class=\"entry-content\">").append(before);
        for (String s : STEPS) {
            b.append("<p>").append(s).append(", and take your time over it, since the scale comes away more easily")
                    .append(" when the acid has had a while to work on the element at the bottom of the kettle.</p>");
        }
        return b.append(after).append("</div>").toString();
    }

    private static String page(String before, String after) {
        return "<html><head><title>Descaling a kettle</title></head><body><h1>Descaling a kettle</h1>"
                + "<article>" + body(before, after) + "</article></body></html>";
    }

    private Article read(String before, String after) throws Exception {
        return extractor.extract(page(before, after), URL);
    }

    @Test
    void anAffiliateDisclosureIsLeftOut() throws Exception {
        Article a = read("<p><em>Disclosure: this post contains affiliate links. When you buy through them we may earn"
                + " a small commission, at no extra cost to you.</em></p>", "");
        assertThat(a.text()).startsWith("Fill the kettle").doesNotContain("affiliate links");
    }

    @Test
    void anAmazonAssociateNoticeAfterTheBodyIsLeftOut() throws Exception {
        Article a = read("", "<p>As an Amazon Associate we earn from qualifying purchases made through the links on"
                + " this page.</p>");
        assertThat(a.text()).contains("Repeat the whole treatment").doesNotContain("Amazon Associate");
    }

    @Test
    void aGermanAffiliateNoticeIsLeftOut() throws Exception {
        Article a = read("<p>Dieser Artikel enthält Affiliate-Links. Kaufst du darüber ein, erhalten wir eine kleine"
                + " Provision.</p>", "");
        assertThat(a.text()).startsWith("Fill the kettle").doesNotContain("Provision");
    }

    @Test
    void labelledChangeAndPostingDaysAreLeftOut() throws Exception {
        Article a = read("<p>Last updated on March 3rd, 2024</p>", "<p>Originally posted November 12, 2023</p>"
                + "<p>Post time: 01-04-2023</p><p>Zuletzt aktualisiert: 12.07.2023</p>");
        assertThat(a.text()).startsWith("Fill the kettle").doesNotContain("Last updated").doesNotContain("Originally posted")
                .doesNotContain("Post time").doesNotContain("Zuletzt aktualisiert");
    }

    @Test
    void aTagLineUnderThePostIsLeftOut() throws Exception {
        Article a = read("", "<p>Tags: Kitchen, Cleaning, Kettles</p><p>Filed under: Household tips</p>");
        assertThat(a.text()).contains("Repeat the whole treatment").doesNotContain("Tags:").doesNotContain("Filed under");
    }

    @Test
    void anEditorsPickNoticeAndCountersAreLeftOut() throws Exception {
        Article a = read("<p>Every item on this page was chosen by our kitchen editor. We may be paid for some of the"
                + " items you choose to buy.</p><p>1,204 views</p><p>Read time: 6 min</p><p>Written by Ann Example</p>",
                "<p>3 days ago</p>");
        assertThat(a.text()).startsWith("Fill the kettle").doesNotContain("chosen by our kitchen editor")
                .doesNotContain("views").doesNotContain("Read time").doesNotContain("Written by").doesNotContain("days ago");
    }

    @Test
    void aParagraphAboutDisclosureOrAnUpdateStays() throws Exception {
        String prose = "<p>The maker's disclosure, filed last spring, shows that the element was changed in 2021,"
                + " and the last update to the manual, made in June, tells owners to descale twice as often.</p>";
        String longer = "<p>Last updated on March 3, 2024, this guide now also covers glass kettles, whose element"
                + " sits under a steel plate that scales just as quickly.</p>";
        Article a = read(prose + longer, "");
        assertThat(a.text()).contains("The maker's disclosure, filed last spring").contains("this guide now also covers");
    }

    @Test
    void aCategoryCellInATableStays() throws Exception {
        String table = "<table><tr><th>Kettle</th><th>Note</th></tr><tr><td>Steel kettle</td><td>Category: budget</td></tr>"
                + "<tr><td>Glass kettle</td><td>Category: premium</td></tr></table>";
        Article a = read("", table);
        assertThat(a.text()).contains("Category: budget");
    }

    @Test
    void theShapesAsLines() {
        assertThat(EndMatterLines.matches("Disclaimer: I am not a plumber, and this is no professional advice."))
                .isTrue();
        assertThat(EndMatterLines.matches("Last Updated: December 15th 2025")).isTrue();
        assertThat(EndMatterLines.matches("Date Last Reviewed:")).isTrue();
        assertThat(EndMatterLines.matches("Dernière mise à jour : 12/07/2023")).isTrue();
        assertThat(EndMatterLines.matches("Last updated by the editors after readers wrote in")).isFalse();
        assertThat(EndMatterLines.matches("Categories of kettle differ in how fast they scale.")).isFalse();
        assertThat(EndMatterLines.matches("We may earn more if the kettle lasts longer.")).isFalse();
        assertThat(EndMatterLines.matches("3 days ago the kettle stopped heating, and the fuse was fine.")).isFalse();
        assertThat(EndMatterLines.matches("Each kettle was tested with hard water for a month.")).isFalse();
    }
}
