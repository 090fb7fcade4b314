package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.extract.DensityArticleExtractor;
import dev.precis.extract.ExtractionException;
import dev.precis.extract.FetchTime;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The batch form of {@code precis extract}: one {@code {"id","html","url"?,"fetched"?}} per input
 * line, one record per input line out, in order. {@code fetched} is when the page was fetched (a
 * WARC-Date or ISO-8601 instant, or an HTTP {@code Date} header): relative times the page shows
 * ("vor 3 Stunden") count from it, and without it they are not read. No page stops the batch: a page that holds no article, or
 * that the extractor fails on, is written with an empty text and an {@code "error"} naming the
 * problem; a line that is not a JSON object with an "html" string is written the same way and also
 * reported on standard error, and the command then ends with exit code 2. Not thread-safe.
 */
final class ExtractBatch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DensityArticleExtractor extractor;
    private final PrintWriter err;

    ExtractBatch(DensityArticleExtractor extractor, PrintWriter err) {
        this.extractor = extractor;
        this.err = err;
    }

    /** Reads {@code input}, writes {@code out}; throws {@link UserInputException} at the end if lines were unusable. */
    void run(Path input, Writer out) {
        int unusable = 0;
        int read = 0;
        String firstProblem = null;
        try (JsonlLines in = JsonlLines.open(input)) {
            JsonlLines.Line next;
            while ((next = in.next()) != null) {
                String line = next.text();
                int lineNo = next.number();
                if (line != null && line.isBlank()) {
                    continue;
                }
                read++;
                ObjectNode result;
                JsonNode node = line == null ? null : parse(line);
                String problem = line == null ? "not UTF-8 text" : node == null ? "not valid JSON"
                        : !node.isObject() || !node.path("html").isTextual() ? "needs a JSON object with an \"html\" string"
                        : fetchedProblem(node.get("fetched"));
                if (problem != null) {
                    problem = "line " + lineNo + ": " + problem;
                    unusable++;
                    firstProblem = firstProblem == null ? problem : firstProblem;
                    err.println("precis: " + input + " " + problem);
                    result = ExtractCommand.record(node != null && node.isObject() ? node.get("id") : null, null, problem);
                    result.putNull("url");
                } else {
                    result = extract(node);
                }
                out.write(JSON.writeValueAsString(result));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UserInputException("batch extraction: " + e.getMessage(), e);
        }
        err.flush();
        EmptyInputs.requireLines(input, read);
        if (unusable > 0) {
            throw new UserInputException(input + ": " + unusable + " line(s) were not usable input, written with an"
                    + " \"error\" (first: " + firstProblem + ")");
        }
    }

    private ObjectNode extract(JsonNode node) {
        JsonNode id = node.get("id");
        String url = node.path("url").isTextual() ? node.get("url").asText() : null;
        String error;
        try {
            return ExtractCommand.record(id, extractor.extractPage(node.get("html").asText(), url,
                    fetched(node.get("fetched"))), null);
        } catch (ExtractionException e) {
            if (e.metadataOnly().isPresent()) {
                // a page without article text still tells its title and dates
                return ExtractCommand.record(id, e.metadataOnly().get(), e.getMessage().replaceAll("\\s*\\R\\s*", " "));
            }
            error = e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            error = "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        ObjectNode result = ExtractCommand.record(id, null, error.replaceAll("\\s*\\R\\s*", " "));
        if (url != null) {
            result.put("url", url);
        }
        return result;
    }

    /** Null when {@code value} is absent, null or a date-time {@link #fetched} reads; else the problem. */
    private static String fetchedProblem(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() && fetched(value) != null ? null
                : FetchTime.PROBLEM;
    }

    /** The fetch time ({@link FetchTime}); null when absent or unreadable. */
    static Instant fetched(JsonNode value) {
        return value == null || !value.isTextual() ? null : FetchTime.parse(value.asText());
    }

    private static JsonNode parse(String line) {
        try {
            // one object a line: "{...} trailing" is a bad line, not the object before it
            return JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(line);
        } catch (IOException e) {
            return null;
        }
    }
}
