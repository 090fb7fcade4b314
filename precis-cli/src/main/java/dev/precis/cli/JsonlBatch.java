package dev.precis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The JSONL batch loop shared by the batch commands: one JSON object in per line, one out per line,
 * streamed. A line that is not JSON, or that the handler rejects, is reported on standard error with
 * its file and line number and skipped; the others are written. Exit code 2 when any line failed.
 */
final class JsonlBatch {

    /** Turns one input object into its output object; throws {@link UserInputException} to reject it. */
    @FunctionalInterface
    interface LineHandler {
        JsonNode handle(JsonNode line, String id);
    }

    private JsonlBatch() {
    }

    static int run(Path input, Path output, PrintWriter err, ObjectMapper json, LineHandler handler) throws IOException {
        int failed = 0;
        int lineNo = 0;
        try (BufferedReader reader = StdStreams.reader(input);
             BufferedWriter writer = StdStreams.writer(output)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = json.readTree(line);
                    if (node == null || !node.isObject()) {
                        throw new UserInputException("expected a JSON object");
                    }
                    String id = node.path("id").isMissingNode() || node.path("id").isNull()
                            ? String.valueOf(lineNo) : node.path("id").asText();
                    writer.write(json.writeValueAsString(handler.handle(node, id)));
                    writer.newLine();
                } catch (JsonProcessingException e) {
                    failed++;
                    err.println("precis: " + input + ":" + lineNo + ": not JSON (" + e.getOriginalMessage() + ")");
                } catch (UserInputException e) {
                    failed++;
                    err.println("precis: " + input + ":" + lineNo + ": " + e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw new UserInputException(e.getFile() + ": no such file");
        }
        err.flush();
        return failed == 0 ? 0 : 2;
    }

    /** The line's string field {@code name}, or a rejection naming it. */
    static String requiredText(JsonNode node, String name) {
        if (!node.path(name).isTextual()) {
            throw new UserInputException("expected an object with a string \"" + name + "\"");
        }
        return node.get(name).asText();
    }
}
