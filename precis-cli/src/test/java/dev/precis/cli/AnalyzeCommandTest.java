package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void batchContractOffsetsIndexTheInputText(@TempDir Path dir) throws Exception {
        String text = "  Mayor Tom Hale said on Monday that the bridge would reopen.\n\n"
                + "“We waited nine years,” Hale said. The work began in July 2024.";
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, List.of(
                json.writeValueAsString(json.createObjectNode().put("id", "a1").put("text", text)
                        .put("published", "2024-11-27")),
                json.writeValueAsString(json.createObjectNode().put("id", "a2").put("text", ""))),
                StandardCharsets.UTF_8);
        int code = PrecisCli.commandLine().execute("analyze", "--input", in.toString(), "--output", out.toString());
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.path("id").asText()).isEqualTo("a1");
        assertThat(first.has("entities")).isTrue();
        for (JsonNode q : first.path("quotes")) {
            assertThat(text.substring(q.path("start").asInt(), q.path("end").asInt())).isEqualTo(q.path("content").asText());
            assertThat(q.path("kind").asText()).isIn("direct", "indirect");
            if (!q.path("speakerStart").isNull()) {
                assertThat(q.path("speakerEnd").asInt()).isGreaterThan(q.path("speakerStart").asInt());
            }
        }
        assertThat(first.path("quotes")).anySatisfy(q -> {
            assertThat(q.path("kind").asText()).isEqualTo("direct");
            assertThat(q.path("speaker").asText()).isEqualTo("Tom Hale");
            assertThat(q.path("content").asText()).isEqualTo("We waited nine years,");
        });
        for (JsonNode t : first.path("times")) {
            assertThat(text.substring(t.path("start").asInt(), t.path("end").asInt())).isEqualTo(t.path("text").asText());
        }
        assertThat(first.path("times")).anySatisfy(t -> {
            assertThat(t.path("text").asText()).isEqualTo("Monday");
            assertThat(t.path("value").asText()).isEqualTo("2024-11-25");
            assertThat(t.path("granularity").asText()).isEqualTo("DAY");
        });
        assertThat(first.path("times")).anySatisfy(t -> assertThat(t.path("value").asText()).isEqualTo("2024-07"));
        assertThat(json.readTree(lines.get(1)).path("quotes")).isEmpty();
    }

    @Test
    void badDateIsOneLineError() {
        StringWriter err = new StringWriter();
        CommandLine cl = PrecisCli.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("analyze", "-", "--published", "2023-02-30");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("precis: --published").doesNotContain("\n");
    }
}
