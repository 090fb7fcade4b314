package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static dev.precis.server.api.ApiTestSupport.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.server.FixtureLibrary;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stories, entities and search over the fixture library. */
class CatalogApiTest {

    @RegisterExtension
    static final FixtureLibrary lib = new FixtureLibrary();
    static long bridgeClosed;
    static long bridgeReopens;

    @BeforeAll
    static void open() throws Exception {
        bridgeClosed = lib.ids().get(0);
        bridgeReopens = lib.ids().get(1);
    }

    @Test
    void storiesAndTheirTimelines() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer stories = Http.get(client, "/api/stories");
            assertThat(stories.status()).isEqualTo(200);
            JsonNode bridge = null;
            for (JsonNode s : stories.json().get("stories")) {
                if (s.get("size").asInt() == 2) {
                    bridge = s;
                }
            }
            assertThat(bridge).as(stories.body()).isNotNull();
            assertThat(bridge.get("firstPublished").asText()).isEqualTo("2024-03-04");
            assertThat(bridge.get("lastPublished").asText()).isEqualTo("2024-03-23");
            assertThat(Http.get(client, "/api/stories?minSize=1&limit=100").json().get("stories").size())
                    .isGreaterThan(stories.json().get("stories").size());
            assertThat(Http.get(client, "/api/stories?minSize=1&limit=1").json().get("stories")).hasSize(1);

            Answer story = Http.get(client, "/api/stories/" + bridge.get("id").asLong());
            assertThat(story.status()).isEqualTo(200);
            List<Long> ids = new ArrayList<>();
            story.json().get("articles").forEach(a -> ids.add(a.get("id").asLong()));
            assertThat(ids).containsExactly(bridgeClosed, bridgeReopens);
            List<String> values = new ArrayList<>();
            story.json().get("timeline").forEach(e -> values.add(e.get("value").asText()));
            assertThat(values).contains("2023-03").isSorted();
            for (JsonNode e : story.json().get("timeline")) {
                assertThat(e.get("sentence").asText()).contains(e.get("expression").asText());
            }

            assertError(Http.get(client, "/api/stories?limit=0"), 400, "limit");
            assertError(Http.get(client, "/api/stories?minSize=zero"), 400, "minSize");
            assertError(Http.get(client, "/api/stories/987654"), 404, "no story with id 987654");
            assertError(Http.get(client, "/api/stories/first"), 400, "id");
        });
    }

    @Test
    void storiesPageWithAnOffsetAndRejectBadLimitsAndOffsets() {
        TestServer.test(app(lib.context()), (server, client) -> {
            JsonNode all = Http.get(client, "/api/stories?minSize=1&limit=100").json().get("stories");
            assertThat(all.size()).isGreaterThan(2);
            JsonNode second = Http.get(client, "/api/stories?minSize=1&limit=1&offset=1").json().get("stories");
            assertThat(second).hasSize(1);
            assertThat(second.get(0).get("id")).isEqualTo(all.get(1).get("id"));
            assertThat(Http.get(client, "/api/stories?minSize=1&offset=" + all.size()).json().get("stories")).isEmpty();
            assertError(Http.get(client, "/api/stories?offset=-1"), 400, "offset");
            assertError(Http.get(client, "/api/stories?offset=two"), 400, "offset");
            assertError(Http.get(client, "/api/stories?limit=-1"), 400, "limit");
            assertError(Http.get(client, "/api/stories?limit=ten"), 400, "limit");
        });
    }

    @Test
    void aStorySummaryTakesTheDigestsSinceForms() {
        TestServer.test(app(lib.context()), (server, client) -> {
            long id = -1;
            for (JsonNode s : Http.get(client, "/api/stories").json().get("stories")) {
                id = s.get("id").asLong();
            }
            String base = "/api/stories/" + id + "/summary";
            Answer whole = Http.get(client, base);
            assertThat(whole.status()).isEqualTo(200);
            // a duration reaching back before every fixture article gives the whole story, as the date form does
            JsonNode all = whole.json().get("sentences");
            assertThat(all).isNotEmpty();
            assertThat(Http.get(client, base + "?since=99999d").json().get("sentences")).isEqualTo(all);
            assertThat(Http.get(client, base + "?since=2000-01-01").json().get("sentences")).isEqualTo(all);
            assertThat(Http.get(client, base + "?since=24h").status()).isEqualTo(200);
            assertError(Http.get(client, base + "?since=lately"), 400, "since");
        });
    }

    @Test
    void entitiesAndAnEntitysPage() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer people = Http.get(client, "/api/entities?type=person");
            assertThat(people.status()).isEqualTo(200);
            JsonNode first = people.json().get("entities").get(0);
            assertThat(first.get("canonical").asText()).isEqualTo("Helena Marsh");
            assertThat(first.get("articles").asInt()).isEqualTo(2);
            people.json().get("entities").forEach(e -> assertThat(e.get("type").asText()).isEqualTo("PERSON"));
            assertThat(Http.get(client, "/api/entities?limit=1").json().get("entities")).hasSize(1);

            Answer marsh = Http.get(client, "/api/entities/person/Helena%20Marsh");
            assertThat(marsh.status()).isEqualTo(200);
            assertThat(marsh.json().get("canonical").asText()).isEqualTo("Helena Marsh");
            List<Long> ids = new ArrayList<>();
            marsh.json().get("articles").forEach(a -> ids.add(a.get("id").asLong()));
            assertThat(ids).containsExactly(bridgeClosed, bridgeReopens);
            JsonNode quotes = marsh.json().get("quotes");
            assertThat(quotes.size()).isGreaterThanOrEqualTo(2);
            assertThat(quotes.get(0).get("article").get("id").asLong()).isEqualTo(bridgeClosed);
            List<String> said = new ArrayList<>();
            quotes.forEach(q -> said.add(q.get("content").asText()));
            assertThat(said).contains("the closure would last at least three weeks")
                    .anyMatch(q -> q.startsWith("We will not take risks"));
            assertThat(quotes.get(quotes.size() - 1).get("article").get("id").asLong()).isEqualTo(bridgeReopens);

            assertError(Http.get(client, "/api/entities?type=animal"), 400, "type");
            assertError(Http.get(client, "/api/entities?limit=100000"), 400, "limit");
            assertError(Http.get(client, "/api/entities/animal/Rex"), 400, "type");
            assertError(Http.get(client, "/api/entities/person/Nobody%20Known"), 404, "no person named 'Nobody Known'");
            assertError(Http.get(client, "/api/entities/person/%20"), 400, "name");
        });
    }

    @Test
    void searchWithFiltersAndSorting() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer r = Http.get(client, "/api/search?q=bridge");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("total").asLong()).isEqualTo(2);
            assertThat(r.json().get("hits").get(0).get("snippet").asText()).containsIgnoringCase("[[bridge");

            Answer byDate = Http.get(client, "/api/search?q=bridge&sort=date");
            assertThat(byDate.json().get("hits").get(0).get("id").asLong()).isEqualTo(bridgeReopens);
            Answer dated = Http.get(client, "/api/search?q=bridge&from=2024-03-10&to=2024-12-31");
            assertThat(dated.json().get("total").asLong()).isEqualTo(1);
            Answer entity = Http.get(client, "/api/search?entity=Lena%20Brandt");
            assertThat(entity.json().get("total").asLong()).isEqualTo(1);
            Answer source = Http.get(client, "/api/search?q=harvest&source=pasted");
            assertThat(source.json().get("total").asLong()).isEqualTo(1);
            assertThat(Http.get(client, "/api/search?q=harvest&source=elsewhere").json().get("total").asLong()).isZero();
            assertThat(Http.get(client, "/api/search?q=bridge&limit=1").json().get("hits")).hasSize(1);
            // paging: the second hit alone, the total of all matches on every page
            Answer second = Http.get(client, "/api/search?q=bridge&sort=date&limit=1&offset=1");
            assertThat(second.json().get("hits")).hasSize(1);
            assertThat(second.json().get("hits").get(0).get("id").asLong()).isEqualTo(bridgeClosed);
            assertThat(second.json().get("total").asLong()).isEqualTo(2);
            assertThat(second.json().get("offset").asInt()).isEqualTo(1);
            assertThat(second.json().get("limit").asInt()).isEqualTo(1);
            Answer past = Http.get(client, "/api/search?q=bridge&offset=5");
            assertThat(past.json().get("hits")).isEmpty();
            assertThat(past.json().get("total").asLong()).isEqualTo(2);

            assertError(Http.get(client, "/api/search"), 400, "q");
            assertError(Http.get(client, "/api/search?q=bridge&sort=popular"), 400, "sort");
            assertError(Http.get(client, "/api/search?q=bridge&from=03/04/2024"), 400, "from");
            assertError(Http.get(client, "/api/search?q=bridge&from=2024-05-01&to=2024-01-01"), 400, "after");
            assertError(Http.get(client, "/api/search?q=bridge&limit=-3"), 400, "limit");
            assertError(Http.get(client, "/api/search?q=bridge&limit=100000"), 400, "limit");
            for (String offset : new String[] {"-1", "two", "9999", "99999999999"}) {
                assertError(Http.get(client, "/api/search?q=bridge&offset=" + offset), 400, "offset");
            }
            // invalid query syntax is searched as plain words, not a 400 with parser text
            assertThat(Http.get(client, "/api/search?q=" + java.net.URLEncoder.encode("title:(unclosed", java.nio.charset.StandardCharsets.UTF_8)).json().get("total").asInt()).isZero();
            assertThat(Http.get(client, "/api/search?q=" + java.net.URLEncoder.encode("\"bridge", java.nio.charset.StandardCharsets.UTF_8))
                    .json().get("total").asInt()).isPositive();
        });
    }
}
