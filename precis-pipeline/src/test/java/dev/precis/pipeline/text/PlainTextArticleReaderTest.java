package dev.precis.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Article;
import dev.precis.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainTextArticleReaderTest {

    private final PlainTextArticleReader reader = new PlainTextArticleReader();

    @Test
    void firstLineBeforeABlankLineIsTheTitle() {
        Article a = reader.read("x", "Storm closes ferry routes\n\nFerries stayed in port on Tuesday.\n\nMore wind is due.");
        assertThat(a.title()).isEqualTo("Storm closes ferry routes");
        assertThat(a.text()).isEqualTo("Ferries stayed in port on Tuesday.\n\nMore wind is due.");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraph(1)).isEqualTo("More wind is due.");
    }

    @Test
    void noTitleWhenTheFirstLineRunsOn() {
        Article a = reader.read("x", "Ferries stayed in port on Tuesday.\nMore wind is due.");
        assertThat(a.title()).isEmpty();
        assertThat(a.text()).contains("Ferries stayed");
    }

    @Test
    void navigationLinesAndTheirLinkedHeadlinesAreDropped() {
        Article a = reader.read("x", """
                Council votes on budget

                Skip to content
                Listen to this article

                The council approved the budget on Monday after a long debate.

                Share this story
                Read more
                Library hours to be extended in winter
                Related articles
                New tram line opens next month
                """);
        assertThat(a.text()).isEqualTo("The council approved the budget on Monday after a long debate.");
    }

    @Test
    void shortSubheadingsInsideTheBodyStay() {
        Article a = reader.read("x", """
                Title here

                The first paragraph says what happened, in full sentences.

                What comes next

                The second paragraph explains what comes next for the town.
                """);
        assertThat(a.text()).contains("What comes next");
    }

    @Test
    void projectExampleLosesItsChromeAndKeepsItsBody() throws IOException {
        // Maven runs tests in the module folder; the README's example sits at the repository root.
        Path example = Path.of("../examples/harbour-bridge.txt");
        Article a = reader.read("harbour", Files.readString(example, StandardCharsets.UTF_8));
        assertThat(a.title()).startsWith("Harbour bridge reopens");
        assertThat(a.text()).startsWith("The Eastgate harbour bridge reopened")
                .endsWith("stitched back together.\"")
                .doesNotContain("No time to read?", "Get a summary", "Previous Article", "Next Article",
                        "electric cranes", "Museum night");
    }

    @Test
    void seedChromeIsNotArticleText() throws IOException {
        Path gold = SharedData.require("gold/seeds.json");
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> seed = it.next();
            Path file = gold.getParent().resolveSibling("seeds").resolve(seed.getKey());
            Article a = reader.read(seed.getKey(), Files.readString(file, StandardCharsets.UTF_8));
            JsonNode g = seed.getValue();
            assertThat(a.title()).isEqualTo(g.get("title").asText());
            assertThat(a.text()).startsWith(g.get("body_first_words").asText())
                    .endsWith(g.get("body_last_words").asText());
            for (JsonNode chrome : g.get("page_chrome")) {
                assertThat(a.text().lines()).doesNotContain(chrome.asText());
            }
        }
    }
}
