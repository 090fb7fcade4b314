package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An author's bio printed with the article is dropped when the page's JSON-LD gives the same words as
 * the author's description; the article's own paragraphs, a bio the JSON-LD does not give, and a
 * profile page that is the bio stay. Pages written for this test.
 */
class AuthorBiosTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String BIO = "Mara Lindqvist is a science writer who covers rivers, farming and water law. "
            + "She grew up on a dairy farm and has reported from four continents.";

    private static String page(String jsonLd, String body) {
        return "<html><head><title>Orchards save water</title><script type=\"application/ld+json\">" + jsonLd
                + "</script></head><body><main><article><h1>Orchards save water</h1>" + body
                + "</article></main></body></html>";
    }

    /** A Yoast-style graph: the article names its author by @id, the Person holds the description. */
    private static String graph(String description) {
        return "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Orchards save water\","
                + "\"author\":{\"@id\":\"https://farm.example/#/person/1\"},\"datePublished\":\"2024-05-02T08:00:00Z\"},"
                + "{\"@type\":\"Person\",\"@id\":\"https://farm.example/#/person/1\",\"name\":\"Mara Lindqvist\","
                + "\"description\":\"" + description + "\"}]}";
    }

    @Test
    void aBioAfterTheTextThatRepeatsTheAuthorsDescriptionIsDropped() throws Exception {
        String html = page(graph(BIO), OrchardStory.paragraphs(8) + "<p>" + BIO + "</p>");
        Article a = extractor.extract(html, "https://farm.example/2024/05/orchards");
        assertThat(a.text()).contains("Part 0:").contains("Part 7:").doesNotContain("science writer");
    }

    @Test
    void aBioSplitOverTwoBlocksAndAnInlineAuthorObjectAreMatchedToo() throws Exception {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Orchards save water\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Mara Lindqvist\",\"description\":\"<p>" + BIO + "</p>\"}]}";
        String html = page(ld, OrchardStory.paragraphs(8) + "<p>Mara Lindqvist is a science writer who covers rivers, farming and "
                + "water law.</p><p>She grew up on a dairy farm and has reported from four continents.</p>");
        Article a = extractor.extract(html, "https://farm.example/2024/05/orchards");
        assertThat(a.text()).contains("Part 7:").doesNotContain("science writer").doesNotContain("dairy farm");
    }

    @Test
    void aBioTheJsonLdDoesNotGiveAndTheArticlesOwnWordsStay() throws Exception {
        String other = "Jon Berg is a photographer who has followed the valley's growers for a decade and more.";
        String html = page(graph(BIO), OrchardStory.paragraphs(8) + "<p>" + other + "</p>");
        Article a = extractor.extract(html, "https://farm.example/2024/05/orchards");
        assertThat(a.text()).contains("Part 0:").contains("Part 7:").contains("Jon Berg is a photographer");
        // a description too short to tell a bio from a role matches nothing
        String roleOnly = page(graph("Staff writer"), OrchardStory.paragraphs(8) + "<p>Staff writer at the county paper since the spring "
                + "of last year, covering farms.</p>");
        assertThat(extractor.extract(roleOnly, "https://farm.example/2024/05/orchards").text()).contains("Staff writer at");
    }

    @Test
    void aPageThatIsTheBioKeepsIt() {
        List<String> profile = List.of("Mara Lindqvist", BIO);
        assertThat(AuthorBios.drop(profile, List.of(BIO))).isEqualTo(profile);
        List<String> article = List.of("The growers along the valley changed how they water their orchards this summer, and "
                + "the county measured the savings month by month, field by field, from May to the end of September.", BIO);
        assertThat(AuthorBios.drop(article, List.of(BIO))).containsExactly(article.get(0));
    }
}
