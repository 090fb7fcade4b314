package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static dev.precis.server.api.ApiTestSupport.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.FixtureLibrary;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a new user's mistakes against the server get back (ux33's walk): a bad digest feed parameter, a
 * known path with a method it does not take, a body with text after its JSON value, a body that is no
 * OPML, an id below 1. Each answer is a 4xx with one line naming the problem, no Java names.
 */
class RequestErrorsTest {

    @RegisterExtension
    static final FixtureLibrary lib = new FixtureLibrary();

    @Test
    void aBadDigestFeedParameterIsAJsonErrorNotAnHtmlPage() {
        TestServer.test(app(lib.context()), (server, client) -> {
            // main answered the reader's HTML 400 page, which a feed reader cannot show
            Answer since = Http.get(client, "/digest.atom?since=yesterdayish");
            assertError(since, 400, "since yesterdayish: expected a duration like 24h or 7d");
            assertThat(since.header("Content-Type")).startsWith("application/json");
            assertError(Http.get(client, "/digest.atom?limit=0"), 400, "limit: must be a whole number from 1 to 100");
            // the page stays a page, and a good feed a feed
            Answer page = Http.get(client, "/digest?since=yesterdayish");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            Answer feed = Http.get(client, "/digest.atom?since=7d");
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
        });
    }

    @Test
    void aDigestWindowStartingInTheFutureIsRefusedInEachFormNamingTheValue() {
        TestServer.test(app(lib.context()), (server, client) -> {
            // main: an empty digest, 200, for a mistyped year
            assertError(Http.get(client, "/api/digest?since=2999-01-01"), 400, "since 2999-01-01: in the future (now is ");
            assertError(Http.get(client, "/digest.atom?since=2999-01-01"), 400, "since 2999-01-01: in the future");
            Answer page = Http.get(client, "/digest?since=2999-01-01");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("since 2999-01-01: in the future").doesNotContain("Exception");
            assertThat(Http.get(client, "/?since=2999-01-01").status()).isEqualTo(400);
            // today's date and a duration stay good windows
            assertThat(Http.get(client, "/api/digest?since=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)).status()).isEqualTo(200);
            assertThat(Http.get(client, "/api/digest?since=24h").status()).isEqualTo(200);
        });
    }

    @Test
    void aKnownPathAskedWithAnotherMethodIsA405NamingTheMethodsItTakes() {
        TestServer.test(app(lib.context()), (server, client) -> {
            // main: 404 "Endpoint DELETE /api/articles/1 not found", as if the article did not exist
            Answer delete = Http.answer(client.request("/api/articles/1", b -> b.delete()));
            assertError(delete, 405, "DELETE is not allowed on /api/articles/1; it takes GET");
            assertThat(delete.header("Allow")).isEqualTo("GET");
            Answer put = Http.answer(client.request("/api/feeds/1", b -> b.put(RequestBody.create("{}", Http.JSON_TYPE))));
            assertError(put, 405, "it takes DELETE, GET");
            assertThat(put.header("Allow")).isEqualTo("DELETE, GET");
            Answer post = Http.answer(client.request("/api/stories", b -> b.post(RequestBody.create("{}", Http.JSON_TYPE))));
            assertError(post, 405, "POST is not allowed on /api/stories; it takes GET");
            // an unknown path stays a 404
            assertError(Http.get(client, "/api/nothing-here"), 404, "not found");
            // a reader address gets the reader's page with the same status
            Answer page = Http.answer(client.request("/digest", b -> b.post(RequestBody.create("x", MediaType.get("text/plain")))
                    .header("Accept", "text/html")));
            assertThat(page.status()).isEqualTo(405);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("does not take POST");
            assertThat(page.header("Allow")).isEqualTo("GET");
        });
    }

    @Test
    void aBodyWithTextAfterItsJsonValueIsNamedWithoutJacksonsJavaNames() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer a = Http.post(client, "/api/articles", "{\"text\":\"The island ferry sailed again on Monday morning.\"} {}",
                    TestLibrary.TOKEN);
            assertError(a, 400, "malformed JSON: more text after the JSON value");
            assertThat(a.json().get("error").asText()).doesNotContain("JsonNode", "DeserializationFeature", "`");
            assertThat(a.json().get("error").asText()).contains("line 1, column");
        });
    }

    @Test
    void aJsonBodySentAsPlainTextOrFormIsReadAndOneOfAnotherTypeIsNamedWhenItFails() {
        TestServer.test(app(lib.context()), (server, client) -> {
            String text = "{\"text\":\"The harbour office opened a second ticket window on Tuesday morning.\"}";
            for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
                Answer a = Http.post(client, "/api/articles", RequestBody.create(text, MediaType.get(type)), TestLibrary.TOKEN);
                assertThat(a.status()).as(type + ": " + a.body()).isIn(200, 201);
            }
            Answer xml = Http.post(client, "/api/ingest", RequestBody.create("<urls/>", MediaType.get("application/xml")), TestLibrary.TOKEN);
            assertError(xml, 400, "the body must be a JSON array or JSONL objects (the body was sent as application/xml; send application/json)");
            Answer plain = Http.post(client, "/api/feeds", RequestBody.create("{\"url\": ", MediaType.get("text/plain")), TestLibrary.TOKEN);
            assertError(plain, 400, "malformed JSON");
            assertThat(plain.json().get("error").asText()).doesNotContain("sent as");
        });
    }

    @Test
    void aBodyThatIsNoOpmlIsNamedOnceAndWhole() {
        TestServer.test(app(lib.context()), (server, client) -> {
            Answer a = Http.post(client, "/api/feeds/import", RequestBody.create("not xml at all", MediaType.get("text/x-opml")),
                    TestLibrary.TOKEN);
            // main: "not an OPML document: not an OPML file: Invalid XML: Error on line 1: Content i..."
            assertError(a, 400, "not an OPML document: Invalid XML");
            assertThat(a.json().get("error").asText()).doesNotContain("OPML file").doesNotEndWith("...");
        });
    }

    @Test
    void aBadSearchValueIsNamedEvenWhenNothingToSearchByWasGiven() {
        TestServer.test(app(lib.context()), (server, client) -> {
            // main: "q: give a query or at least one of from, to, source, entity" for each
            assertError(Http.get(client, "/api/search?limit=abc"), 400, "limit: must be a whole number from 1 to");
            assertError(Http.get(client, "/api/search?offset=-2"), 400, "offset: must be a whole number from 0 to");
            assertError(Http.get(client, "/api/search?limit=5"), 400, "q: give a query or at least one of from, to, source, entity");
            assertThat(Http.get(client, "/api/search?q=ferry&limit=5").status()).isEqualTo(200);
        });
    }

    @Test
    void aJsonBodySentForOpmlIsNamedAsJson() {
        TestServer.test(app(lib.context()), (server, client) -> {
            String json = "{\"url\": \"https://coast.example/feed.xml\"}";
            // main: "not an OPML document: Invalid XML: Error on line 1: Content is not allowed in prolog."
            Answer a = Http.post(client, "/api/feeds/import", RequestBody.create(json, Http.JSON_TYPE), TestLibrary.TOKEN);
            assertError(a, 400, "not an OPML document: it holds JSON, not XML");
            Answer rss = Http.post(client, "/api/feeds/import", RequestBody.create(
                    "<rss version=\"2.0\"><channel><title>Coast</title><link>https://coast.example/</link>"
                    + "<description>d</description></channel></rss>", MediaType.get("application/xml")), TestLibrary.TOKEN);
            assertError(rss, 400, "not an OPML document: it is an RSS feed, not a list of feeds");
            Answer empty = Http.post(client, "/api/feeds/import", RequestBody.create(" ", MediaType.get("text/x-opml")),
                    TestLibrary.TOKEN);
            assertError(empty, 400, "not an OPML document: it is empty");
        });
    }

    @Test
    void anIdBelowOneNamesWhatItWouldHaveBeen() {
        TestServer.test(app(lib.context()), (server, client) -> {
            // main: "no item with id 0" where 999 gives "no article with id 999"
            assertError(Http.get(client, "/api/articles/0"), 404, "no article with id 0");
            assertError(Http.get(client, "/api/articles/-3/summary"), 404, "no article with id -3");
            assertError(Http.get(client, "/api/stories/0"), 404, "no story with id 0");
            assertError(Http.get(client, "/api/feeds/0"), 404, "no feed with id 0");
            assertError(Http.get(client, "/api/feeds/polls/0"), 404, "no poll with id 0");
        });
    }

    @Test
    void anIdTooLongForAnyIdIsOutOfRangeNotNotANumber() {
        TestServer.test(app(lib.context()), (server, client) -> {
            // main: 400 "id: must be a number, got '99999999999999999999'"
            assertError(Http.get(client, "/api/articles/99999999999999999999"), 404,
                    "no article with id 99999999999999999999 (out of range: ids go up to 9223372036854775807)");
            assertError(Http.get(client, "/api/stories/-99999999999999999999/summary"), 404, "no story with id -99999999999999999999 (out of range");
            // what is no number at all stays a 400
            assertError(Http.get(client, "/api/articles/12abc"), 400, "id: must be a number, got '12abc'");
        });
    }
}
