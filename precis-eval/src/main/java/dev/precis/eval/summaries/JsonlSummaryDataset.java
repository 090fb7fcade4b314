package dev.precis.eval.summaries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.nlp.SentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads summary cases from JSONL: one {@code {"id","title","text","reference"}} a line. A reference
 * with line breaks is taken as one sentence a line (the CNN/DailyMail highlight convention); without,
 * it is split into sentences. A malformed line fails with its line number.
 */
public final class JsonlSummaryDataset {

    private JsonlSummaryDataset() {
    }

    public static List<SummaryCase> read(Path file, SentenceSplitter splitter) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<SummaryCase> cases = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + lineNo + ": not JSON");
                }
                if (!node.path("text").isTextual() || !node.path("reference").isTextual()) {
                    throw new IOException(file + ":" + lineNo + ": needs string fields \"text\" and \"reference\"");
                }
                String id = node.path("id").asText(String.valueOf(lineNo));
                String reference = node.get("reference").asText().strip();
                List<String> sentences = reference.contains("\n")
                        ? Arrays.stream(reference.split("\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                        : splitter.split(reference).stream().map(s -> s.text(reference)).toList();
                cases.add(new SummaryCase(
                        BbcSummaryDataset.articleOf(id, node.path("title").asText(""), node.get("text").asText()),
                        sentences, "jsonl", lineNo));
            }
        }
        return cases;
    }
}
