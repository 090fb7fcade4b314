package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/**
 * A {@code .txt} file is read as {@code precis ingest} reads one (its first line standing alone is the
 * title, pasted page chrome is dropped), while a JSONL line's {@code text} stays the article's text
 * verbatim, as the batch contracts of {@code analyze --input} and {@code summarize --input} take it.
 * Text written for this test.
 */
class TextFileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADLINE = "Ferry timetable changes for the winter";
    private static final String BODY = "The island ferry will sail four times a day from November, the operator said on Monday. "
            + "Passengers had asked for an earlier morning crossing for years.\n\n"
            + "The new timetable keeps the late sailing on Fridays and adds a second boat at weekends.";
    private static final String FILE = HEADLINE + "\n\n" + BODY + "\n\nNo time to read?\n\nGet a summary\n";

    @Test
    void aTextFileKeepsItsHeadlineAsTitleAndLosesPageChrome() throws Exception {
        Iterator<Doc> docs = InputReader.read("notes/ferry.txt",
                () -> new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)));
        Doc d = docs.next();
        assertThat(d.textFile()).isTrue();
        Outcome o = PipelineHolder.processor().process(d, false);
        assertThat(o.failure()).isNull();
        JsonNode line = JSON.readTree(o.json());
        assertThat(line.get("title").asText()).isEqualTo(HEADLINE);
        assertThat(line.get("text").asText()).startsWith("The island ferry").doesNotContain(HEADLINE)
                .doesNotContain("No time to read").doesNotContain("Get a summary");
    }

    @Test
    void aJsonLinesTextStaysVerbatim() throws Exception {
        Doc d = InputReader.jsonDoc("in.jsonl:1", JSON.writeValueAsString(
                JSON.createObjectNode().put("id", "ferry").put("text", HEADLINE + "\n\n" + BODY)));
        assertThat(d.textFile()).isFalse();
        JsonNode line = JSON.readTree(PipelineHolder.processor().process(d, false).json());
        assertThat(line.get("title").asText()).isEmpty();
        assertThat(line.get("text").asText()).startsWith(HEADLINE);
    }
}
