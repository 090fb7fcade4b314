package dev.precis.server.api;

import dev.precis.server.QueryParams;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.server.ApiJson;
import dev.precis.server.BoundedBody;
import dev.precis.server.JsonErrors;
import dev.precis.server.ServerContext;
import dev.precis.ingest.IngestFailure;
import dev.precis.ingest.IngestReport;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/ingest}: a batch of URLs and items. The body is either a JSON array whose elements
 * are URL strings or item objects, or JSONL (one JSON object per line). An item is
 * {@code {"text"|"html", "title"?, "url"?, "published"?, "id"?}}; an object with only {@code "url"} is
 * a page or feed to fetch. Bounded by the request size limit and {@code ArticleIntake.MAX_BATCH_ITEMS}.
 * Thread-safe (stateless over the shared context).
 */
final class IngestApi {

    private static final Pattern TEMP_ORIGIN = Pattern.compile("^.*precis-ingest[^/\\\\]*[/\\\\][a-z]+\\.jsonl:(\\d+)$");

    private final ServerContext context;

    IngestApi(ServerContext context) {
        this.context = context;
    }

    void ingest(Context ctx) throws Exception {
        context.security().requireToken(ctx);
        String body = BoundedBody.read(ctx, context.config().maxRequestBytes());
        String source = QueryParams.text(ctx, "source", 200);
        Batch batch;
        try {
            batch = parse(body);
        } catch (BadRequestResponse e) {
            throw new BadRequestResponse(e.getMessage() + JsonErrors.sentAs(ctx));
        }
        IngestReport r = context.intake().ingest(batch.urls(), batch.items(), source);
        List<Views.Failure> failures = new ArrayList<>();
        for (IngestFailure f : r.failures()) {
            Matcher m = TEMP_ORIGIN.matcher(f.origin());
            failures.add(new Views.Failure(m.matches() ? "item " + m.group(1) : f.origin(), f.reason()));
        }
        ctx.json(new Views.IngestResult(r.items(), r.added(), r.duplicates(), r.nearDuplicates(), r.refreshed(), r.empty(), failures.size(),
                failures, r.notes(), r.elapsed().toMillis() / 1000.0));
    }

    /** A request body's URLs and JSONL items (an item line that is not JSON is kept: the report names it). */
    record Batch(List<String> urls, List<String> items) {
    }

    /**
     * Sorts a body into URLs and items; a body that is neither a JSON array nor JSONL objects is a 400
     * ({@link BadRequestResponse}, or Jackson's exception, which the error mapper answers with 400).
     */
    static Batch parse(String rawBody) throws JsonProcessingException {
        String body = rawBody.strip();
        List<String> urls = new ArrayList<>();
        List<String> items = new ArrayList<>();
        if (body.isEmpty()) {
            throw new BadRequestResponse("empty body: send a JSON array of URLs or items, or JSONL items");
        }
        if (body.startsWith("[")) {
            JsonNode array = ApiJson.MAPPER.readTree(body);
            for (JsonNode n : array) {
                if (n.isTextual()) {
                    urls.add(n.asText());
                } else if (n.isObject()) {
                    sort(n, urls, items);
                } else {
                    throw new BadRequestResponse("each element must be a URL string or an item object, got " + n.getNodeType().name().toLowerCase());
                }
            }
        } else if (body.startsWith("{")) {
            String[] lines = body.split("\r?\n");
            String firstProblem = null;
            boolean anyObject = false;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank()) {
                    continue;
                }
                String problem = "not a JSON object";
                try {
                    JsonNode n = ApiJson.MAPPER.readTree(line);
                    if (n != null && n.isObject()) {
                        sort(n, urls, items);
                        anyObject = true;
                        continue;
                    }
                } catch (JsonProcessingException e) {
                    // the ingester reports the line as not JSON, with its number
                    problem = e.getOriginalMessage();
                }
                firstProblem = firstProblem == null ? "line " + (i + 1) + ": " + problem : firstProblem;
                items.add(line);
            }
            if (!anyObject) {
                // a body with no usable line is a bad request, not a batch whose every item failed
                throw new BadRequestResponse("malformed JSON: no line of the body is a JSON object (" + firstProblem + ")");
            }
        } else {
            throw new BadRequestResponse("the body must be a JSON array or JSONL objects");
        }
        return new Batch(urls, items);
    }

    private static void sort(JsonNode n, List<String> urls, List<String> items) throws JsonProcessingException {
        if (n.size() == 1 && n.has("url") && n.get("url").isTextual()) {
            urls.add(n.get("url").asText());
        } else {
            items.add(ApiJson.MAPPER.writeValueAsString(n));
        }
    }
}
