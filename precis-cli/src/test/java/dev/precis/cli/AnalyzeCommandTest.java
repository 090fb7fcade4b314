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
    void theHeadlineCountsAgreeWithTheirNouns() {
        String text = "Mayor Ada Quill opened the ferry.";
        dev.precis.model.AnalyzedArticle one = new dev.precis.model.AnalyzedArticle(
                dev.precis.model.Article.of("x", "Ferry", text, List.of()), List.of(),
                List.of(new dev.precis.model.EntityMention(new dev.precis.model.TextRange(6, 14),
                        dev.precis.model.EntityType.PERSON, "Ada Quill", null)), List.of(), List.of());
        StringWriter out = new StringWriter();
        AnalyzeCommand.printText(new PrintWriter(out), "ferry.txt", one);
        assertThat(out.toString()).startsWith("== ferry.txt: 0 quotes, 0 times, 1 entity mention\n");
    }

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

    @Test
    void aSavedPageIsAnalysedByItsArticleBodyNotItsMarkup(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("ferry.html");
        Files.writeString(page, "<!doctype html><html><head><title>Ferry back | Coast Post</title>"
                + "<meta property=\"article:published_time\" content=\"2025-03-04T08:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Ferry back after repairs</h1>"
                + "<p>The island ferry sailed again on Monday after four months in dry dock, the harbour office said.</p>"
                + "<p>\"We are glad to have it back,\" said harbour master Ann Holt, adding that crossings would resume.</p>"
                + "<p>Repairs to the hull were paid by the county council, which said the work was overdue.</p>"
                + "</article><footer>Coast Post</footer></body></html>");
        StringWriter out = new StringWriter();
        CommandLine cl = PrecisCli.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("analyze", "--format", "json", page.toString())).isZero();
        JsonNode result = json.readTree(out.toString());
        assertThat(result.toString()).doesNotContain("<p>").doesNotContain("<");
        assertThat(result.path("quotes").findValuesAsText("speaker")).contains("Ann Holt");
        // "on Monday" resolves against the page's own date (Monday 3 March 2025), not to nothing
        assertThat(result.path("times").findValuesAsText("value")).contains("2025-03-03");
    }

    @Test
    void aBatchLineHoldingAPageSourceIsReadAsThatPagesArticle(@TempDir Path dir) throws Exception {
        String page = "<!DOCTYPE html><html><head><title>Ferry back | Coast Post</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Ferry back after repairs</h1>"
                + "<p>The island ferry sailed again on Monday after four months in dry dock, the harbour office said.</p>"
                + "<blockquote><p>&ldquo;We are glad to have it back,&rdquo; said harbour master Ann Holt, adding that crossings"
                + " would resume.</p></blockquote>"
                + "<p>Repairs to the hull were paid by the county council, which said the work was overdue.</p>"
                + "</article><footer>Coast Post</footer></body></html>";
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, List.of(json.writeValueAsString(json.createObjectNode().put("id", "p1").put("text", page)
                .put("published", "2025-03-04"))), StandardCharsets.UTF_8);
        assertThat(PrecisCli.commandLine().execute("analyze", "--input", in.toString(), "--output", out.toString())).isZero();
        JsonNode line = json.readTree(Files.readAllLines(out, StandardCharsets.UTF_8).get(0));
        String body = line.path("text").asText();
        assertThat(body).startsWith("The island ferry").contains("“We are glad").doesNotContain("<", "&ldquo;", "Home");
        assertThat(line.path("quotes")).anySatisfy(q -> {
            assertThat(q.path("speaker").asText()).isEqualTo("Ann Holt");
            assertThat(q.path("content").asText()).isEqualTo("We are glad to have it back,");
            assertThat(body.substring(q.path("start").asInt(), q.path("end").asInt())).isEqualTo(q.path("content").asText());
        });
        assertThat(line.path("times").findValuesAsText("value")).contains("2025-03-03");
    }
}
