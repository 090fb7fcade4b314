package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The API's answers checked against {@code openapi.json}: every JSON answer the API tests receive
 * ({@link Http} calls {@link #check}) must be a documented status of a documented operation and match
 * that response's schema, validated by networknt's json-schema-validator with its OpenAPI 3.0
 * dialect (so {@code nullable} and {@code $ref}s into {@code components} work as in the document).
 * Paths the document does not describe (the reader's pages, probes the tests add) are not checked.
 */
public final class OpenApiContract {

    private static final String DOCUMENT = "https://precis.invalid/openapi.json";
    private static final String TEXT = read();
    private static final JsonNode SPEC = parse(TEXT);
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
            b -> b.schemas(Map.of(DOCUMENT, TEXT)));

    /** "GET /api/articles/{id}" for every operation that has given a 2xx answer that matched. */
    private static final java.util.Set<String> ANSWERED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private OpenApiContract() {
    }

    /** Every operation the document describes, as "METHOD template". */
    public static java.util.Set<String> operations() {
        java.util.Set<String> all = new java.util.TreeSet<>();
        SPEC.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> all.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        return all;
    }

    /** The operations that have given a successful answer matching the document so far in this JVM. */
    public static java.util.Set<String> answered() {
        return new java.util.TreeSet<>(ANSWERED);
    }

    /**
     * Asserts that an answer matches the document.
     *
     * @param method GET, POST, ...
     * @param pathAndQuery the request's path, with or without a query string
     * @param status the answer's status
     * @param contentType the answer's Content-Type (null when none)
     * @param body the answer's body
     */
    public static void check(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        Optional<String> template = template(path);
        if (template.isEmpty()) {
            return;
        }
        String m = method.toLowerCase(Locale.ROOT);
        JsonNode operation = SPEC.path("paths").path(template.get()).path(m);
        if (operation.isMissingNode()) {
            return; // 404/405 of an undocumented method: nothing to compare with
        }
        String pointer = "/paths/" + escape(template.get()) + "/" + m + "/responses/" + status;
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        assertThat(response.isMissingNode()).as("%s %s answered %d, which openapi.json does not list for %s %s: %s",
                method, pathAndQuery, status, method, template.get(), body).isFalse();
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = SPEC.at(pointer);
        }
        JsonNode json = response.path("content").path("application/json");
        if (json.isMissingNode() || contentType == null || !contentType.startsWith("application/json")) {
            // not JSON (the metrics' text): the documented media type must be the one sent
            if (status < 300 && contentType != null && response.path("content").size() > 0) {
                String sent = contentType.split(";")[0].strip();
                assertThat(response.path("content").has(sent)).as("%s %s sent %s, openapi.json says %s", method, pathAndQuery,
                        sent, response.path("content").fieldNames().next()).isTrue();
                ANSWERED.add(method.toUpperCase(Locale.ROOT) + " " + template.get());
            }
            if (status < 300 && response.path("content").size() == 0) {
                // documented without a body (204): the answer must have none
                assertThat(body).as("%s %s answered %d with a body openapi.json does not describe", method, pathAndQuery, status).isEmpty();
                ANSWERED.add(method.toUpperCase(Locale.ROOT) + " " + template.get());
            }
            return;
        }
        Schema schema = SCHEMAS.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer + "/content/application~1json/schema"));
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        assertThat(errors).as("%s %s (%d) does not match openapi.json: %s%nbody: %s", method, pathAndQuery, status,
                errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).collect(Collectors.joining("; ")),
                body.length() > 500 ? body.substring(0, 500) + "..." : body).isEmpty();
        if (status < 300) {
            ANSWERED.add(method.toUpperCase(Locale.ROOT) + " " + template.get());
        }
    }

    /** The document's path template matching {@code path} (literal segments before parameters). */
    static Optional<String> template(String path) {
        String[] want = path.split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (Iterator<String> it = SPEC.path("paths").fieldNames(); it.hasNext(); ) {
            String t = it.next();
            String[] have = t.split("/", -1);
            if (have.length != want.length) {
                continue;
            }
            int literals = 0;
            boolean match = true;
            for (int i = 0; i < have.length && match; i++) {
                if (have[i].startsWith("{") && have[i].endsWith("}")) {
                    match = !want[i].isEmpty();
                } else {
                    match = have[i].equals(want[i]);
                    literals++;
                }
            }
            if (match && literals > bestLiterals) {
                best = t;
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String escape(String template) {
        return template.replace("~", "~0").replace("/", "~1");
    }

    private static String read() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/dev/precis/server/api/openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return Http.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
