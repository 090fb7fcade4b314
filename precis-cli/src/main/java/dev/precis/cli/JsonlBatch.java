package dev.precis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Counts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The JSONL batch loop shared by {@code summarize --input} and {@code analyze --input}: one JSON object in
 * per line, one out per line, in order, streamed. No line stops the batch: a line that is not UTF-8, not
 * one JSON object, or that the handler rejects or fails on, is written as its command's empty record with
 * an {@code "error"} naming the line and the problem (as {@code extract --input} does), and also reported
 * on standard error with its file and line number; the command then ends with exit code 2 and a one-line
 * count of the unusable lines.
 */
final class JsonlBatch {

    /** Turns one input object into its output object; throws {@link UserInputException} to reject it. */
    @FunctionalInterface
    interface LineHandler {
        JsonNode handle(JsonNode line, String id);
    }

    /** The command's record for a line that gave no result (its fields empty); {@code id} may be null. */
    @FunctionalInterface
    interface FailedRecord {
        ObjectNode of(JsonNode id);
    }

    private JsonlBatch() {
    }

    static int run(Path input, Path output, PrintWriter err, ObjectMapper json, FailedRecord failed, LineHandler handler)
            throws IOException {
        // one object a line: "{...} trailing" is a bad line, not the object before it
        ObjectReader reader = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        EmptyInputs.requireContent(input);
        int unusable = 0;
        int read = 0;
        String first = null;
        try (JsonlLines lines = JsonlLines.open(input);
             BufferedWriter writer = StdStreams.writerOnFirstWrite(output)) {
            JsonlLines.Line line;
            while ((line = lines.next()) != null) {
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                read++;
                JsonNode node = null;
                JsonNode result;
                String problem;
                try {
                    if (line.text() == null) {
                        throw new UserInputException("not UTF-8 text");
                    }
                    node = parse(reader, line.text());
                    String id = node.path("id").isMissingNode() || node.path("id").isNull()
                            ? String.valueOf(line.number()) : node.path("id").asText();
                    result = handler.handle(node, id);
                    problem = null;
                } catch (UserInputException e) {
                    problem = e.getMessage();
                    result = null;
                } catch (RuntimeException | StackOverflowError e) {
                    problem = "failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                    result = null;
                }
                if (problem != null) {
                    problem = "line " + line.number() + ": " + problem.replaceAll("\\s*\\R\\s*", " ");
                    unusable++;
                    first = first == null ? problem : first;
                    err.println("precis: " + input + " " + problem);
                    ObjectNode record = failed.of(node != null && node.isObject() && node.hasNonNull("id") ? node.get("id") : null);
                    record.put("error", problem);
                    result = record;
                }
                writer.write(json.writeValueAsString(result));
                writer.newLine();
            }
        }
        err.flush();
        EmptyInputs.requireLines(input, read);
        if (unusable > 0) {
            throw new UserInputException(input + ": " + Counts.of(unusable, "line was", "lines were")
                    + " not usable, written with an \"error\" (first: " + first + ")");
        }
        return 0;
    }

    private static JsonNode parse(ObjectReader reader, String line) {
        JsonNode node;
        try {
            node = reader.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UserInputException("not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UserInputException("not JSON (" + e.getMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new UserInputException("expected a JSON object");
        }
        return node;
    }

    /** The line's string field {@code name}, or a rejection naming it. */
    static String requiredText(JsonNode node, String name) {
        if (!node.path(name).isTextual()) {
            throw new UserInputException("expected an object with a string \"" + name + "\"");
        }
        return node.get(name).asText();
    }
}
