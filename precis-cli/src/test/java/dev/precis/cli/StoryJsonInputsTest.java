package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis story ID --format json} names the inputs behind each article: the id a JSONL line came
 * with, its URL, and the lines stored as copies of it, so every input of a story can be found. Texts
 * written for this test.
 */
class StoryJsonInputsTest {

    @TempDir
    Path dir;

    private static final String PIER = "The harbour council in Portmere voted on Tuesday to rebuild the old stone pier. "
            + "Work will start next month and cost about two million euros, the council said. "
            + "Fishermen in Portmere welcomed the plan after storms damaged the pier last winter.";

    @Test
    void everyInputLineOfAStoryIsNamedInItsJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                json.writeValueAsString(java.util.Map.of("id", "a-1", "title", "Portmere will rebuild its pier",
                        "text", PIER, "url", "https://example.org/pier")),
                json.writeValueAsString(java.util.Map.of("id", "b-7", "title", "Pier to be rebuilt in Portmere",
                        "text", PIER)),
                json.writeValueAsString(java.util.Map.of("id", "c-3", "title", "Portmere pier work begins",
                        "text", "Work to rebuild the old stone pier in Portmere began on Monday, the harbour council said. "
                        + "The council voted last month to rebuild the pier, damaged by storms last winter, for two million euros. "
                        + "Fishermen in Portmere said the pier work could not come soon enough."))) + "\n");
        Path lib = dir.resolve("lib");
        CliRun ingest = CliRun.of("ingest", "--quiet", "--data", lib.toString(), in.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        CliRun stories = CliRun.of("stories", "--data", lib.toString(), "--format", "json");
        assertThat(stories.exitCode()).as(stories.err()).isZero();
        JsonNode list = json.readTree(stories.out());
        assertThat(list).hasSize(1);
        CliRun story = CliRun.of("story", "--data", lib.toString(), "--format", "json", list.get(0).get("id").asText());
        assertThat(story.exitCode()).as(story.err()).isZero();
        JsonNode articles = json.readTree(story.out()).get("articles");
        List<String> keys = new ArrayList<>();
        articles.forEach(x -> keys.add(x.get("key").asText()));
        assertThat(keys).containsExactlyInAnyOrder("a-1", "c-3");
        JsonNode a = articles.get(keys.indexOf("a-1"));
        // the fields other tools read stay as they were
        assertThat(a.has("id") && a.has("title") && a.has("published") && a.has("source")).isTrue();
        assertThat(a.get("key").asText()).isEqualTo("a-1");
        assertThat(a.get("url").asText()).isEqualTo("https://example.org/pier");
        List<String> origins = new ArrayList<>();
        a.get("copies").forEach(c -> origins.add(c.get("kind").asText() + " " + c.get("origin").asText()));
        assertThat(origins).singleElement().asString().startsWith("duplicate ").endsWith("in.jsonl:2");
    }
}
