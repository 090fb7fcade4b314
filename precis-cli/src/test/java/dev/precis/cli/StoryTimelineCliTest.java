package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis story ID} lists the timeline the reader and the API list: a year in a law's name ("the 1961
 * Harbours Act") is no moment of the story, in text and in JSON; and it gives the story's summary as its page does.
 * Texts written for this test.
 */
class StoryTimelineCliTest {

    @TempDir
    Path dir;

    private static final String TEXT = "The harbour council in Portmere voted on 3 March 2021 to rebuild the old stone pier. "
            + "The council said the 1961 Harbours Act lets it borrow for the work. "
            + "Fishermen in Portmere welcomed the plan after storms damaged the pier last winter.";

    private static final String OTHER = "Portmere's harbour council will rebuild the old stone pier, damaged by storms last "
            + "winter, after a vote on 3 March 2021. Work on the Portmere pier will start next month and cost about two "
            + "million euros, the council said. Fishermen in Portmere said the pier work could not come soon enough.";

    @Test
    void aLawsYearIsNoMomentOfTheStory() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path lib = library(json);
        String id = storyId(json, lib);

        CliRun text = CliRun.of("story", "--data", lib.toString(), id);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("voted on 3 March 2021").doesNotContain("1961 Harbours Act");
        JsonNode timeline = json.readTree(CliRun.of("story", "--data", lib.toString(), "--format", "json", id).out())
                .get("timeline");
        assertThat(timeline).isNotEmpty();
        timeline.forEach(e -> assertThat(e.get("sentence").asText()).doesNotContain("1961 Harbours Act"));
    }

    @Test
    void theStoryIsSummarizedAsItsPageSummarizesIt() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path lib = library(json);
        String id = storyId(json, lib);

        // main: no summary at all in either form
        JsonNode summary = json.readTree(CliRun.of("story", "--data", lib.toString(), "--format", "json", id).out()).get("summary");
        assertThat(summary).isNotNull();
        assertThat(summary.size()).isBetween(3, 5);
        for (JsonNode x : summary) {
            String sentence = x.get("text").asText();
            assertThat(TEXT.contains(sentence) || OTHER.contains(sentence)).as(sentence).isTrue();
            assertThat(x.get("end").asInt() - x.get("start").asInt()).isEqualTo(sentence.length());
        }
        String text = CliRun.of("story", "--data", lib.toString(), id).out();
        assertThat(text).contains("What happened:");
        for (JsonNode x : summary) {
            // as the story page shows it: a day named relative to the article's gets its date beside it
            String shown = x.get("text").asText();
            JsonNode dates = x.get("relativeDates");
            for (int i = dates.size() - 1; i >= 0; i--) {
                int end = dates.get(i).get("end").asInt() - x.get("start").asInt();
                shown = shown.substring(0, end) + " (" + dev.precis.server.DayAnchors.label(dates.get(i).get("value").asText(), "2021")
                        + ")" + shown.substring(end);
            }
            assertThat(text).contains("  - " + shown);
        }
        assertThat(text).contains("will start next month (April) and cost");
        assertThat(text.indexOf("What happened:")).isLessThan(text.indexOf("Articles:"));
    }

    private Path library(ObjectMapper json) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, json.writeValueAsString(Map.of("id", "a-1", "title", "Portmere will rebuild its pier",
                "text", TEXT, "published", "2021-03-04")) + "\n"
                + json.writeValueAsString(Map.of("id", "b-2", "title", "Portmere votes to rebuild stone pier",
                "text", OTHER, "published", "2021-03-05")) + "\n");
        Path lib = dir.resolve("lib");
        CliRun ingest = CliRun.of("ingest", "--quiet", "--data", lib.toString(), in.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        return lib;
    }

    private static String storyId(ObjectMapper json, Path lib) throws Exception {
        CliRun stories = CliRun.of("stories", "--data", lib.toString(), "--format", "json");
        return json.readTree(stories.out()).get(0).get("id").asText();
    }
}
