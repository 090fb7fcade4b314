package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A short box right after the body's box, beside it, that scores like a part of the body (a letters line, a
 * quote's credit, a "last updated" note) is the article's end matter and stays out; a longer box there (the
 * text going on after an advert) is still kept. Pages written for this test.
 */
class ShortBoxAfterBodyTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String[] PARAGRAPHS = {
        "Tomatoes want a warm spot, a deep pot and water at the roots, not on the leaves, and they will forgive a late"
                + " start if the nights stay mild through the early weeks of summer in most of the valley towns.",
        "Start the seeds indoors six weeks before the last frost, on a bright sill, in small cells of fine compost, and"
                + " move them outside only when the soil in the bed feels warm to the back of your hand.",
        "Feed them lightly once the first flowers open, with a tomato feed or a weak nettle brew, and pinch out the side"
                + " shoots of the tall kinds each week so the plant puts its strength into the fruit.",
        "Stake each plant on the day you set it out, tie the stem loosely with soft twine as it grows, and keep the"
                + " lowest leaves off the soil, where blight waits for the first wet spell of the season.",
        "Pick the fruit as soon as it colours, keep it out of the fridge, and at the end of the season hang the last"
                + " green trusses upside down in a shed, where most of them will still ripen by the autumn.",
    };

    private static final String NOTE = "Questions, corrections, tips or photos for the next edition? Write to the"
            + " garden desk, say which page, which plant, which town, and we answer every letter.";

    /** Links to other pieces after the text: the page box around the story is no part of the body. */
    private static final String MORE = "<div><a href=\"/peppers\">Growing peppers under glass this spring</a>"
            + " <a href=\"/herbs\">Ten herbs for a windowsill</a> <a href=\"/seed\">Saving seed from your best"
            + " tomatoes</a> <a href=\"/blight\">Blight and how to beat it</a></div>";

    private static String page(String before, String after) {
        StringBuilder story = new StringBuilder();
        for (String p : PARAGRAPHS) {
            story.append("<p>").append(p).append("</p>");
        }
        return "<html><head><title>Growing tomatoes in a small garden</title></head><body><div class=\"page\">"
                + before + "<div class=\"story\">" + story + "</div>" + after + MORE + "</div></body></html>";
    }

    @Test
    void aShortBoxAfterTheBodyIsLeftOut() throws Exception {
        Article a = extractor.extract(page("", "<div><p>" + NOTE + "</p></div>"), "https://garden.example/tomatoes");
        assertThat(a.text()).contains("Tomatoes want a warm spot", "hang the last green trusses")
                .doesNotContain("Write to the garden desk");
    }

    @Test
    void aLongerBoxAfterTheBodyIsStillKept() throws Exception {
        String more = "<div><p>Peppers want the same warm spot and deep pot, but a longer season: sow them a fortnight"
                + " earlier, keep them under glass until midsummer, and water them less once the fruit has set.</p>"
                + "<p>Chillies are hardier than they look, and a pot on a sunny step, fed every other week, will crop"
                + " from August until the first cold nights, when the whole plant can come indoors.</p>"
                + "<p>" + NOTE + "</p></div>";
        Article a = extractor.extract(page("", more), "https://garden.example/tomatoes");
        assertThat(a.text()).contains("Tomatoes want a warm spot", "Peppers want the same warm spot",
                "Chillies are hardier", "Write to the garden desk");
    }

    @Test
    void aShortBoxBeforeTheBodyIsNotTouchedByTheRule() throws Exception {
        Article a = extractor.extract(page("<div><p>" + NOTE + "</p></div>", ""), "https://garden.example/tomatoes");
        assertThat(a.text()).contains("Tomatoes want a warm spot", "Write to the garden desk");
    }
}
