package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static dev.precis.server.api.ApiTestSupport.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.model.Sentence;
import dev.precis.server.FixtureLibrary;
import dev.precis.server.Fixtures;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.ServerConfig;
import dev.precis.server.TestLibrary;
import dev.precis.store.ArticleText;
import dev.precis.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ArticleApiTest {

    @RegisterExtension
    static final FixtureLibrary lib = new FixtureLibrary();
    static long bridgeClosed;
    static long bridgeReopens;
    static long orchard;
    static long xss;

    @BeforeAll
    static void open() throws Exception {
        bridgeClosed = lib.ids().get(0);
        bridgeReopens = lib.ids().get(1);
        orchard = lib.ids().get(2);
        xss = lib.ids().get(4);
    }

    @Test
    void listsArticlesNewestFirstAPageAtATime() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer all = Http.get(client, "/api/articles");
            assertThat(all.status()).isEqualTo(200);
            assertThat(all.json().get("total").asInt()).isEqualTo(Fixtures.ALL.size());
            List<String> dates = new ArrayList<>();
            all.json().get("articles").forEach(a -> dates.add(a.get("published").asText()));
            assertThat(dates).containsExactly("2024-10-06", "2024-08-20", "2024-05-14", "2024-03-23", "2024-03-04");

            Answer page = Http.get(client, "/api/articles?offset=1&limit=2");
            assertThat(page.json().get("articles")).hasSize(2);
            assertThat(page.json().get("articles").get(0).get("published").asText()).isEqualTo("2024-08-20");
            assertThat(Http.get(client, "/api/articles?offset=10").json().get("articles")).isEmpty();

            assertError(Http.get(client, "/api/articles?limit=0"), 400, "limit");
            assertError(Http.get(client, "/api/articles?limit=201"), 400, "limit");
            assertError(Http.get(client, "/api/articles?offset=-1"), 400, "offset");
            assertError(Http.get(client, "/api/articles?limit=ten"), 400, "limit");
        });
    }

    @Test
    void getsOneArticleWithItsTextAndMetadata() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer a = Http.get(client, "/api/articles/" + orchard);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().get("id").asLong()).isEqualTo(orchard);
            assertThat(a.json().get("title").asText()).isEqualTo(Fixtures.ORCHARD.title());
            assertThat(a.json().get("text").asText()).startsWith("Apple growers in the Lindell valley");
            assertThat(a.json().get("published").asText()).isEqualTo("2024-08-20");
            assertThat(a.json().get("paragraphs")).hasSize(4);
            assertThat(a.json().get("summary")).isNotEmpty();

            assertError(Http.get(client, "/api/articles/999999"), 404, "no article with id 999999");
            assertError(Http.get(client, "/api/articles/0"), 404, "no");
            assertError(Http.get(client, "/api/articles/abc"), 400, "id");
        });
    }

    @Test
    void markupInTitlesAndQuotesComesBackAsJsonStrings() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer a = Http.get(client, "/api/articles/" + xss);
            assertThat(a.header("Content-Type")).startsWith("application/json");
            assertThat(a.json().get("title").asText()).isEqualTo("<script>alert(1)</script> council vote");
            Answer analysis = Http.get(client, "/api/articles/" + xss + "/analysis");
            List<String> quotes = new ArrayList<>();
            analysis.json().get("quotes").forEach(q -> quotes.add(q.get("content").asText()));
            assertThat(quotes).anyMatch(q -> q.equals("Nobody will miss </script> the old hall,"));
            assertThat(a.header("Content-Security-Policy")).contains("script-src 'self'");
            assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        });
    }

    @Test
    void summaryKeepsTheReadersContract() throws Exception {
        ArticleText stored = lib.library().text(bridgeClosed).orElseThrow();
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer s = Http.get(client, "/api/articles/" + bridgeClosed + "/summary?sentences=3");
            assertThat(s.status()).isEqualTo(200);
            assertThat(fieldNames(s.json())).containsExactly("articleId", "sentences");
            assertThat(s.json().get("articleId").asLong()).isEqualTo(bridgeClosed);
            JsonNode sentences = s.json().get("sentences");
            assertThat(sentences).hasSize(3);
            int previous = -1;
            for (JsonNode line : sentences) {
                assertThat(fieldNames(line)).containsExactly("index", "start", "end", "text");
                int index = line.get("index").asInt();
                assertThat(index).isGreaterThan(previous);
                previous = index;
                Sentence sentence = stored.sentences().get(index);
                assertThat(line.get("start").asInt()).isEqualTo(sentence.range().start());
                assertThat(line.get("end").asInt()).isEqualTo(sentence.range().end());
                assertThat(line.get("text").asText()).isEqualTo(stored.text().substring(sentence.range().start(), sentence.range().end()));
            }
            // the default is a 75-word budget, and the same request twice gives the same answer (cache)
            assertThat(Http.get(client, "/api/articles/" + bridgeClosed + "/summary").body())
                    .isEqualTo(Http.get(client, "/api/articles/" + bridgeClosed + "/summary?words=75").body());
            assertThat(Http.get(client, "/api/articles/" + bridgeClosed + "/summary?sentences=3").body()).isEqualTo(s.body());
        });
    }

    @Test
    void summaryLengthsFollowTheParameters() {
        TestServer.test(app(lib.context()), (server, client) -> {
            String base = "/api/articles/" + bridgeClosed + "/summary";
            int all = lib.library().text(bridgeClosed).orElseThrow().sentences().size();
            assertThat(Http.get(client, base + "?sentences=1").json().get("sentences")).hasSize(1);
            assertThat(Http.get(client, base + "?sentences=200").json().get("sentences")).hasSize(all);
            JsonNode half = Http.get(client, base + "?ratio=0.5").json().get("sentences");
            assertThat(half.size()).isBetween(1, (all + 1) / 2 + 1);
            JsonNode words = Http.get(client, base + "?words=25").json().get("sentences");
            int count = 0;
            for (JsonNode line : words) {
                count += line.get("text").asText().split("\\s+").length;
            }
            assertThat(words.size()).isGreaterThanOrEqualTo(1);
            assertThat(count).isLessThanOrEqualTo(25 + 40);

            assertError(Http.get(client, base + "?sentences=0"), 400, "sentences");
            assertError(Http.get(client, base + "?sentences=201"), 400, "sentences");
            assertError(Http.get(client, base + "?sentences=three"), 400, "sentences");
            assertError(Http.get(client, base + "?words=0"), 400, "words");
            assertError(Http.get(client, base + "?ratio=0"), 400, "ratio");
            assertError(Http.get(client, base + "?ratio=1.5"), 400, "ratio");
            assertError(Http.get(client, base + "?ratio=half"), 400, "ratio");
            assertError(Http.get(client, base + "?sentences=2&words=30"), 400, "only one");
            assertError(Http.get(client, "/api/articles/424242/summary"), 404, "424242");
            assertError(Http.get(client, "/api/articles/x1/summary"), 400, "id");
        });
    }

    @Test
    void analysisHasEntitiesQuotesAndTimesWithRanges() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer a = Http.get(client, "/api/articles/" + bridgeClosed + "/analysis");
            String text = Http.get(client, "/api/articles/" + bridgeClosed).json().get("text").asText();
            assertThat(a.status()).isEqualTo(200);
            JsonNode entities = a.json().get("entities");
            List<String> names = new ArrayList<>();
            entities.forEach(e -> names.add(e.get("canonical").asText() + "/" + e.get("type").asText()));
            assertThat(names).contains("Helena Marsh/PERSON");
            for (JsonNode e : entities) {
                assertThat(e.get("ranges")).hasSize(e.get("mentions").asInt());
                for (JsonNode r : e.get("ranges")) {
                    assertThat(r.get("end").asInt()).isGreaterThan(r.get("start").asInt()).isLessThanOrEqualTo(text.length());
                }
            }
            JsonNode marsh = null;
            for (JsonNode q : a.json().get("quotes")) {
                if ("Helena Marsh".equals(q.path("speaker").asText())) {
                    marsh = q;
                }
            }
            assertThat(marsh).isNotNull();
            assertThat(marsh.get("kind").asText()).isEqualTo("DIRECT");
            assertThat(marsh.get("content").asText()).isEqualTo(
                    text.substring(marsh.get("contentRange").get("start").asInt(), marsh.get("contentRange").get("end").asInt()));
            assertThat(marsh.get("content").asText()).contains("We will not take risks");
            List<String> values = new ArrayList<>();
            for (JsonNode t : a.json().get("times")) {
                values.add(t.path("value").asText());
                assertThat(t.get("text").asText()).isEqualTo(text.substring(t.get("range").get("start").asInt(), t.get("range").get("end").asInt()));
                assertThat(t.get("granularity").asText()).isNotBlank();
            }
            assertThat(values).contains("2023-03");

            assertError(Http.get(client, "/api/articles/999999/analysis"), 404, "999999");
            assertError(Http.get(client, "/api/articles/-/analysis"), 400, "id");
        });
    }

    @Test
    void relatedAndNeighbours() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer related = Http.get(client, "/api/articles/" + bridgeReopens + "/related");
            assertThat(related.status()).isEqualTo(200);
            assertThat(related.json().get("articleId").asLong()).isEqualTo(bridgeReopens);
            List<Long> ids = new ArrayList<>();
            related.json().get("related").forEach(r -> ids.add(r.get("id").asLong()));
            assertThat(ids).contains(bridgeClosed).doesNotContain(bridgeReopens);

            Answer n = Http.get(client, "/api/articles/" + bridgeReopens + "/neighbours");
            assertThat(n.status()).isEqualTo(200);
            // library order is by publication date: closed (03-04), reopens (03-23), xss (05-14)
            assertThat(n.json().at("/library/previous/id").asLong()).isEqualTo(bridgeClosed);
            assertThat(n.json().at("/library/next/id").asLong()).isEqualTo(xss);
            assertThat(n.json().at("/source/previous/id").asLong()).isEqualTo(bridgeClosed);
            assertThat(n.json().at("/story/previous/id").asLong()).isEqualTo(bridgeClosed);
            assertThat(n.json().at("/story/next").isNull()).isTrue();
            Answer first = Http.get(client, "/api/articles/" + bridgeClosed + "/neighbours");
            assertThat(first.json().at("/library/previous").isNull()).isTrue();

            assertError(Http.get(client, "/api/articles/999999/related"), 404, "999999");
            assertError(Http.get(client, "/api/articles/999999/neighbours"), 404, "999999");
            assertError(Http.get(client, "/api/articles/one/neighbours"), 400, "id");
        });
    }

    @Test
    void unknownRoutesAreJsonErrorsToo() {
        TestServer.test(app(lib.context()), (server, client) -> {
            assertError(Http.get(client, "/api/nothing-here"), 404, "not found");
        });
    }

    @Test
    void readsCanRequireTheToken() {
        ServerConfig protectedReads = ServerConfig.loopback(TestLibrary.TOKEN).withProtectReads(true);
        TestServer.test(app(lib.context(protectedReads)), (server, client) -> {
            assertError(Http.get(client, "/api/articles"), 401, "token");
            assertError(Http.get(client, "/api/articles/" + orchard + "/summary", "wrong"), 401, "token");
            assertThat(Http.get(client, "/api/articles/" + orchard + "/summary", TestLibrary.TOKEN).status()).isEqualTo(200);
            assertThat(Http.get(client, "/health").status()).isEqualTo(200);
        });
    }

    static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
