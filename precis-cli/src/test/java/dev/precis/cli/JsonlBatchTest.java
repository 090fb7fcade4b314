package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSONL batches of {@code summarize --input} and {@code analyze --input} (and the line reader
 * {@code extract --input} shares): no bad line stops the batch or goes missing from the output.
 */
class JsonlBatchTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    /** Five lines: good, not JSON, not UTF-8, an object followed by more text, good; all invented. */
    private Path mixedInput() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("{\"id\":\"a\",\"text\":\"The island ferry sailed again on Monday. The harbour office said the repairs were done.\"}\n"
                + "{not json\n").getBytes(StandardCharsets.UTF_8));
        // "Café" with a Latin-1 é: not UTF-8
        b.writeBytes("{\"id\":\"b\",\"text\":\"Caf".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9);
        b.writeBytes((" owners marched on Tuesday.\"}\n"
                + "{\"id\":\"c\",\"text\":\"One sentence.\"} and some text after it\n"
                + "{\"id\":\"d\",\"text\":\"The council met on Friday. It agreed the budget for the new school.\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        Path in = dir.resolve("in.jsonl");
        Files.write(in, b.toByteArray());
        return in;
    }

    private static String lastLine(String err) {
        List<String> lines = err.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void summarizeWritesABadLineAsAnErrorRecordAndGoesOn() throws Exception {
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("summarize", "--input", mixedInput().toString(), "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(lastLine(run.err())).contains("in.jsonl").contains("3 lines were not usable").contains("line 2");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        JsonNode a = json.readTree(lines.get(0));
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("summary")).isNotEmpty();
        assertThat(a.has("error")).isFalse();
        JsonNode notJson = json.readTree(lines.get(1));
        assertThat(notJson.get("id").isNull()).isTrue();
        assertThat(notJson.get("summary")).isEmpty();
        assertThat(notJson.get("error").asText()).startsWith("line 2: not JSON");
        JsonNode notUtf8 = json.readTree(lines.get(2));
        assertThat(notUtf8.get("error").asText()).isEqualTo("line 3: not UTF-8 text");
        JsonNode trailing = json.readTree(lines.get(3));
        assertThat(trailing.get("error").asText()).startsWith("line 4: not JSON");
        assertThat(trailing.get("summary")).isEmpty();
        JsonNode d = json.readTree(lines.get(4));
        assertThat(d.get("id").asText()).isEqualTo("d");
        assertThat(d.get("summary")).isNotEmpty();
    }

    @Test
    void analyzeWritesABadLineAsAnErrorRecordAndGoesOn() throws Exception {
        Path in = dir.resolve("an.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"a\",\"text\":\"Mayor Tom Hale said on Monday that the bridge would reopen.\"}",
                "[1, 2]",
                "{\"id\":\"c\",\"text\":\"The work began in July 2024.\",\"published\":\"someday\"}",
                "{\"id\":\"d\",\"text\":\"The work ends in May 2025.\"}"), StandardCharsets.UTF_8);
        Path out = dir.resolve("an-out.jsonl");
        CliRun run = CliRun.of("analyze", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lastLine(run.err())).contains("an.jsonl").contains("2 lines were not usable");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(json.readTree(lines.get(0)).get("times")).isNotEmpty();
        JsonNode array = json.readTree(lines.get(1));
        assertThat(array.get("error").asText()).isEqualTo("line 2: expected a JSON object");
        assertThat(array.get("entities")).isEmpty();
        JsonNode badDate = json.readTree(lines.get(2));
        assertThat(badDate.get("id").asText()).isEqualTo("c");
        assertThat(badDate.get("error").asText()).startsWith("line 3: ").contains("someday");
        assertThat(badDate.get("quotes")).isEmpty();
        assertThat(json.readTree(lines.get(3)).get("id").asText()).isEqualTo("d");
    }

    @Test
    void extractReadsPastALineThatIsNotUtf8() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\"id\":\"p1\",\"html\":\"<p>Caf".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9);
        b.writeBytes("</p>\"}\n{\"id\":\"p2\",\"html\":\"<html><body><article><p>The island ferry sailed again on Monday after a winter of repairs in the harbour, the office said.</p></article></body></html>\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        Path in = dir.resolve("pages.jsonl");
        Files.write(in, b.toByteArray());
        Path out = dir.resolve("pages-out.jsonl");
        CliRun run = CliRun.of("extract", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(json.readTree(lines.get(0)).get("error").asText()).contains("line 1: not UTF-8 text");
        assertThat(json.readTree(lines.get(1)).get("id").asText()).isEqualTo("p2");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreRead() throws Exception {
        Path in = dir.resolve("bom.jsonl");
        Files.write(in, ("\uFEFF{\"id\":\"a\",\"text\":\"The ferry sailed on Monday.\"}\r\n"
                + "{\"id\":\"b\",\"text\":\"The bridge reopened on Friday.\"}\r\n").getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("bom-out.jsonl");
        CliRun run = CliRun.of("summarize", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2).allSatisfy(l -> assertThat(l).doesNotContain("error"));
    }
}
