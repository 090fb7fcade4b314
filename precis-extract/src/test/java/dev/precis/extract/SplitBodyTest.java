package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Articles that page builders split into many boxes, written for this test: the body is the box that
 * gathers their prose, also when most of it stands in bulleted steps or a list of links sits inside it.
 */
class SplitBodyTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static String section(String inner) {
        return "<div class=\"row\"><div class=\"col\"><div class=\"rich-text\"><div class=\"rich-text-content\">"
                + inner + "</div></div></div></div>";
    }

    private static String steps(String topic) {
        StringBuilder b = new StringBuilder("<h2>" + topic + "</h2><ul>");
        for (int i = 1; i <= 3; i++) {
            b.append("<li><strong>Step ").append(i).append(":</strong> ").append(topic)
                    .append(" works best when you start small, keep a short list of what went well and change one thing at a time.</li>");
        }
        return b.append("</ul>").toString();
    }

    @Test
    void bulletedStepsInManyBoxesAreOneBody() throws Exception {
        String html = "<html><head><title>Starting a garden</title></head><body><main><div class=\"page\">"
                + section("<p>Starting a vegetable garden is easier than it looks, and a few beds are enough for a family's summer salads.</p>")
                + section(steps("Choosing a spot")) + section(steps("Preparing the soil")) + section(steps("Sowing"))
                + section(steps("Watering")) + section("<p>Take it at your own pace, and enjoy the first harvest.</p>")
                + "</div></main></body></html>";
        Article a = extractor.extract(html, "https://garden.example/blog/starting-a-garden");
        assertThat(a.text()).contains("Starting a vegetable garden", "Choosing a spot", "Preparing the soil", "Step 3:",
                "enjoy the first harvest");
    }

    @Test
    void aListOfLinksInsideTheArticlesBoxDoesNotCutTheBodyToOneBox() throws Exception {
        StringBuilder links = new StringBuilder("<ul class=\"more\">");
        for (String city : new String[] {"Aberdeen", "Bristol", "Cardiff", "Dundee", "Exeter", "Glasgow", "Leeds",
            "Norwich", "Oxford", "York", "Bath", "Derby", "Durham", "Hull", "Truro", "Wells"}) {
            links.append("<li><a href=\"/costs/").append(city.toLowerCase()).append("\">What cleaning costs in ")
                    .append(city).append(" this year</a></li>");
        }
        links.append("</ul>");
        String para = "<p>Prices depend on the size of the home, how long since the last clean, pets, products and any"
                + " special requests, so ask for a written quote before the first visit.</p>";
        String html = "<html><head><title>What cleaning costs</title></head><body><article><div class=\"col\">"
                + section("<p>The first section explains what most households pay for a regular clean, by size of home.</p>" + para)
                + section("<h2>Deep cleans</h2>" + para + para)
                + section("<h2>What changes the price</h2>" + para + para + para)
                + section("<h2>Ways to save</h2><p>Booking weekly visits and tidying before the cleaners arrive both lower the bill.</p>" + para)
                + section(links.toString()) + "</div></article></body></html>";
        Article a = extractor.extract(html, "https://clean.example/blog/what-cleaning-costs");
        assertThat(a.text()).contains("The first section explains", "Deep cleans", "What changes the price", "Ways to save")
                .doesNotContain("What cleaning costs in Aberdeen");
    }

    @Test
    void aHighlightersCommentSpansInACodeBlockAreCode() throws Exception {
        String para = "<p>Version control keeps every change to a project, so a mistake can be undone and the history read"
                + " back; these are the commands I use most days, with a note on what each one does.</p>";
        String html = "<html><head><title>A brief intro to git</title></head><body><article><h1>A brief intro to git</h1>"
                + para + para.replace("Version control", "A repository")
                + "<pre><code class=\"language-bash\"><span class=\"hljs-comment\"># start a repository</span>\ngit init\n"
                + "<span class=\"token comment\"># stage every change</span>\ngit add -A</code></pre>" + para.replace("so a", "and a")
                + "</article></body></html>";
        Article a = extractor.extract(html, "https://dev.example/posts/2021/git-intro");
        assertThat(a.text()).contains("# start a repository", "git init", "# stage every change", "git add -A");
    }
}
