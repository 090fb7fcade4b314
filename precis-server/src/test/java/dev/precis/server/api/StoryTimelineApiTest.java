package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.server.Http;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/stories/{id}} lists the timeline the reader's story page lists: no year inside a law's name, one
 * entry for a sentence naming its date twice. The article's analysis keeps every time expression. Invented text.
 */
class StoryTimelineApiTest {

    @TempDir
    Path dir;

    @Test
    void theStoryTimelineSkipsALawsYearAndListsARepeatedDateOnce() throws Exception {
        String text = "Ministers may use the 1911 Harbour Act to force the pier bill through.\n\n"
                + "The council first debated a new pier in March 2019, when storms broke the old one.\n\n"
                + "The harbour log starts in 1871, when the fire of 1871 burned the older books.";
        try (TestLibrary lib = TestLibrary.empty(dir)) {
            long id = lib.intake.addText(text, "Pier bill goes to ministers", "2024-05-02").articleId();
            lib.library.flush();
            TestServer.test(app(lib.context()), (server, client) -> {
                JsonNode article = Http.get(client, "/api/articles/" + id).json();
                JsonNode story = Http.get(client, "/api/stories/" + article.get("story").get("id").asLong()).json();
                List<String> listed = new ArrayList<>();
                story.get("timeline").forEach(e -> listed.add(e.get("value").asText() + " " + e.get("sentence").asText()));
                assertThat(listed).containsExactly(
                        "1871 The harbour log starts in 1871, when the fire of 1871 burned the older books.",
                        "2019-03 The council first debated a new pier in March 2019, when storms broke the old one.");
                // the data keep the law's year as a time expression
                List<String> times = new ArrayList<>();
                Http.get(client, "/api/articles/" + id + "/analysis").json().get("times").forEach(t -> times.add(t.get("value").asText()));
                assertThat(times).contains("1911");
            });
        }
    }
}
