package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.server.FixtureLibrary;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every {@code /api} route of the route table, asked badly: each query parameter the API description
 * lists for it with values it cannot take (not a number, negative, past its maximum, far too large, not a
 * date, an unknown word), each path id not a number and unknown, and each body route with a body that is
 * no JSON and one of the wrong media type. Every answer must be a 4xx with the JSON error naming the
 * parameter (or the body), never a 5xx, a page, or a Java name.
 */
class BadRequestSweepTest {

    @RegisterExtension
    static final FixtureLibrary lib = new FixtureLibrary();

    /** Values of an integer parameter that no route takes, by what each tries. */
    private static List<String> badIntegers(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("abc", "1.5", "99999999999999999999"));
        if (schema.has("minimum")) {
            values.add(String.valueOf(schema.get("minimum").asLong() - 1));
        }
        if (schema.has("maximum")) {
            values.add(String.valueOf(schema.get("maximum").asLong() + 1));
        }
        return values;
    }

    /** Values of a string parameter that is not free text (free text only has a length limit, tried apart). */
    private static final Map<String, List<String>> BAD_WORDS = Map.of(
            "since", List.of("notadate", "2024-13-45"),
            "from", List.of("notadate", "2024-02-30"),
            "to", List.of("notadate"),
            "sort", List.of("sideways"),
            "type", List.of("planet"),
            "every", List.of("soon", "-5m"),
            "force", List.of("maybe"),
            "q", List.of("x".repeat(5000)));

    @Test
    void everyDocumentedQueryParameterWithABadValueIsA400NamingIt() {
        TestServer.test(app(lib.context()), (server, client) -> {
            JsonNode api = Http.get(client, "/openapi.json").json();
            SoftAssertions soft = new SoftAssertions();
            List<String> tried = new ArrayList<>();
            for (ApiRoutes.Route route : ApiRoutes.routes()) {
                for (JsonNode p : parameters(api, operation(api, route))) {
                    if (!p.path("in").asText().equals("query")) {
                        continue;
                    }
                    String name = p.get("name").asText();
                    JsonNode schema = p.path("schema");
                    List<String> values = schema.path("type").asText().equals("integer") ? badIntegers(schema)
                            : schema.path("type").asText().equals("number") ? List.of("abc", "-1", "2")
                            : BAD_WORDS.getOrDefault(name, List.of());
                    for (String value : values) {
                        // a search needs something to search for: without it, the missing query is the 400
                        String path = concrete(route.path()) + (route.path().equals("/api/search") && !name.equals("q") ? "?q=ferry&" : "?")
                                + name + "=" + value;
                        Answer a = send(client, route.method(), path, "{}");
                        tried.add(route.method() + " " + path);
                        soft.assertThat(a.status()).as(route.method() + " " + clip(path) + " -> " + a.body()).isEqualTo(400);
                        soft.assertThat(error(a)).as(route.method() + " " + clip(path)).contains(name);
                    }
                }
            }
            soft.assertAll();
            assertThat(tried).hasSizeGreaterThan(40);
        });
    }

    @Test
    void everyPathIdNotANumberIsA400AndAnUnknownOneA404() {
        TestServer.test(app(lib.context()), (server, client) -> {
            SoftAssertions soft = new SoftAssertions();
            for (ApiRoutes.Route route : ApiRoutes.routes()) {
                if (!route.path().contains("{id}")) {
                    continue;
                }
                Answer word = send(client, route.method(), route.path().replace("{id}", "abc"), "{}");
                soft.assertThat(word.status()).as(route + " abc -> " + word.body()).isEqualTo(400);
                soft.assertThat(error(word)).as(route + " abc").contains("id").contains("abc");
                Answer unknown = send(client, route.method(), route.path().replace("{id}", "987654"), "{}");
                if (route.path().startsWith("/api/feeds/polls/")) {
                    // this server polls no feeds, so there is no poll of any id to find
                    soft.assertThat(unknown.status()).as(route + " 987654 -> " + unknown.body()).isEqualTo(409);
                    soft.assertThat(error(unknown)).as(route + " 987654").contains("no feed poller");
                    continue;
                }
                soft.assertThat(unknown.status()).as(route + " 987654 -> " + unknown.body()).isEqualTo(404);
                soft.assertThat(error(unknown)).as(route + " 987654").contains("987654");
            }
            Answer type = Http.get(client, "/api/entities/planet/Mars");
            soft.assertThat(type.status()).as(type.body()).isEqualTo(400);
            soft.assertThat(error(type)).contains("type").contains("planet");
            Answer name = Http.get(client, "/api/entities/person/Nobody%20Here%20At%20All");
            soft.assertThat(name.status()).as(name.body()).isEqualTo(404);
            soft.assertThat(error(name)).contains("Nobody Here At All");
            soft.assertAll();
        });
    }

    @Test
    void everyBodyRouteRefusesABodyThatIsNoJsonAndOneOfTheWrongType() {
        TestServer.test(app(lib.context()), (server, client) -> {
            JsonNode api = Http.get(client, "/openapi.json").json();
            SoftAssertions soft = new SoftAssertions();
            for (ApiRoutes.Route route : ApiRoutes.routes()) {
                if (!operation(api, route).has("requestBody")) {
                    continue;
                }
                String path = concrete(route.path());
                boolean opml = path.endsWith("/import");
                if (!opml) {
                    Answer broken = send(client, "POST", path, "{\"text\": ");
                    soft.assertThat(broken.status()).as(path + " broken JSON -> " + broken.body()).isBetween(400, 499);
                    soft.assertThat(error(broken)).as(path + " broken JSON").contains("malformed JSON");
                }
                Answer typed = Http.post(client, path, RequestBody.create("<p>hello</p>", MediaType.get("text/html")), TestLibrary.TOKEN);
                soft.assertThat(typed.status()).as(path + " text/html -> " + typed.body()).isBetween(400, 499);
                // main named only the parse error ("Unexpected character ('<' …)"), not the media type that caused it
                soft.assertThat(error(typed)).as(path + " text/html").contains(opml ? "not an OPML document" : "(the body was sent as text/html; send application/json)");
            }
            // main: 200 with "items": 1, "failed": 1, as if a batch had been read
            Answer ingest = send(client, "POST", "/api/ingest", "{\"text\": \n{\"title\"");
            soft.assertThat(ingest.status()).as(ingest.body()).isEqualTo(400);
            soft.assertThat(error(ingest)).isEqualTo("malformed JSON: no line of the body is a JSON object (line 1: "
                    + "Unexpected end-of-input within/between Object entries)");
            soft.assertAll();
        });
    }

    private static JsonNode operation(JsonNode api, ApiRoutes.Route route) {
        return api.path("paths").path(route.path()).path(route.method().toLowerCase(java.util.Locale.ROOT));
    }

    private static List<JsonNode> parameters(JsonNode api, JsonNode op) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            if (p.has("$ref")) {
                String ref = p.get("$ref").asText();
                p = api.path("components").path("parameters").path(ref.substring(ref.lastIndexOf('/') + 1));
            }
            out.add(p);
        }
        return out;
    }

    /** The route's template with ids that exist in the fixture library (a bad query is then the only problem). */
    private static String concrete(String template) {
        return template.replace("{id}", String.valueOf(lib.ids().get(0))).replace("{type}", "person").replace("{name}", "x");
    }

    private static Answer send(TestServer.Client client, String method, String path, String body) throws IOException {
        return switch (method) {
            case "GET" -> Http.get(client, path, TestLibrary.TOKEN);
            case "POST" -> Http.post(client, path, body, TestLibrary.TOKEN);
            case "DELETE" -> Http.delete(client, path, TestLibrary.TOKEN);
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** The JSON error's text; "" when the answer is no JSON error (the assertion on it then fails). */
    private static String error(Answer a) {
        return a.json() == null ? "" : a.json().path("error").asText();
    }

    private static String clip(String path) {
        return path.length() <= 120 ? path : path.substring(0, 117) + "...";
    }
}
