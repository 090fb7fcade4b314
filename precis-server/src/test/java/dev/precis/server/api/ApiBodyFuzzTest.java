package dev.precis.server.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.precis.server.ArticleIntake;
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
        boolean ingest = data.consumeBoolean();
        String body = data.consumeRemainingAsString();
        try {
            if (ingest) {
                IngestApi.Batch batch = IngestApi.parse(body);
                for (String url : batch.urls()) {
                    ArticleIntake.checkUrl(url);
                }
            } else {
                AddRequest req = ArticleApi.addRequest(body);
                if (req.url() != null) {
                    ArticleIntake.checkUrl(req.url());
                } else {
                    ArticleIntake.checkDate(req.published());
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
