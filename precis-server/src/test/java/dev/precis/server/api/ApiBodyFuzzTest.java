package dev.precis.server.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.precis.server.IntakeChecks;
import dev.precis.server.IntakeException;
import dev.precis.server.api.ArticleApi.AddRequest;
import io.javalin.http.HttpResponseException;
import java.io.IOException;

/**
 * Fuzz target: the JSON bodies of {@code POST /api/articles} and {@code POST /api/ingest}, through the
 * same parsing and checks the routes run before any article is stored (the URL and date checks of the
 * intake). The contract: a body is accepted, or refused with an exception the error mapper answers
 * with a 4xx ({@link HttpResponseException} below 500, Jackson's {@link JsonProcessingException}, an
 * {@link IntakeException} whose problem is a 4xx). Anything else would be a 500 with a logged stack
 * trace, and is a finding.
 *
 * <p>Regression inputs and seeds: {@code src/test/resources/dev/precis/server/api/ApiBodyFuzzTestInputs/fuzz/};
 * long runs: {@code bench/fuzz.sh api SECONDS}.
 */
public class ApiBodyFuzzTest {

    /** One input; throws only when the contract is broken. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws IOException {
        check(data.consumeBoolean(), data.consumeRemainingAsString());
    }

    /** Jazzer's command-line driver calls this once: Jackson loads its classes before the first timed input. */
    public static void fuzzerInitialize() throws IOException {
        for (String body : new String[] {"{\"text\":\"a\",\"published\":\"2024-01-01\"}", "{\"url\":\"https://a.example/\"}",
            "[\"https://a.example/\",{\"text\":\"a\"}]", "{\"text\":\"a\"}\n{x", "{bad"}) {
            check(true, body);
            check(false, body);
        }
    }

    /** One body for one of the two routes; throws only when the contract is broken. */
    private static void check(boolean ingest, String body) throws IOException {
        try {
            if (ingest) {
                IngestApi.Batch batch = IngestApi.parse(body);
                for (String url : batch.urls()) {
                    IntakeChecks.checkUrl(url);
                }
            } else {
                AddRequest req = ArticleApi.addRequest(body);
                if (req.url() != null) {
                    IntakeChecks.checkUrl(req.url());
                } else {
                    IntakeChecks.checkDate(req.published());
                }
            }
        } catch (HttpResponseException e) {
            if (e.getStatus() >= 500) {
                throw new IllegalStateException("a bad body answered " + e.getStatus() + ": " + e.getMessage(), e);
            }
        } catch (IntakeException e) {
            if (e.problem().httpStatus() >= 500) {
                throw new IllegalStateException("a bad body answered " + e.problem().httpStatus() + ": " + e.getMessage(), e);
            }
        } catch (JsonProcessingException e) {
            // 400 "malformed JSON"
        }
    }

    @FuzzTest(maxDuration = "30s")
    void fuzz(FuzzedDataProvider data) throws IOException {
        fuzzerTestOneInput(data);
    }
}
