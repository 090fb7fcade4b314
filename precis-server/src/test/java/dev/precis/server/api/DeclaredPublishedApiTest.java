package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that declares its publication in schema.org data and shows its readers only a later change is dated by that
 * change, and the publication it declared is kept: {@code GET /api/articles/{id}} gives it as {@code declaredPublished}
 * and the reader's article page says "First published 3 May 2022" beside the date it shows. A page whose head names its
 * publication ({@code article:published_time}) is dated by it, its {@code declaredPublished} is null and its page says
 * nothing more. Pages added by URL (fetched from a local server) and as an HTML item of {@code POST /api/ingest}.
 * Invented pages.
 */
class DeclaredPublishedApiTest {

    private static final String DECLARED = "2022-05-03T08:15:00-04:00";
    private static final String MODIFIED = "2023-11-08T10:00:00-05:00";

    @TempDir
    Path dir;

    private static final String GARDEN = "<p>The community garden behind the old tram depot in Lindmoor opened its gates again"
            + " this spring after volunteers spent the winter rebuilding the raised beds and the rainwater tanks.</p>"
            + "<p>Each of the forty plots is now let for a year at a time, and a waiting list decides who takes over a plot"
            + " that its gardener gives up, with families from the nearby flats asked first.</p>"
            + "<p>The volunteers meet on Saturday mornings to turn the compost, mend the fences and share seedlings, and"
            + " anyone who wants to learn how to grow beans or onions is welcome to join them.</p>";
    private static final String BEES = "<p>A beekeeper in the hills above Tarnwick has moved her twenty hives to the heather"
            + " moors for the late summer, as her family has done every August for three generations.</p>"
            + "<p>The heather honey is thick and dark, and it has to be pressed out of the combs rather than spun, which"
            + " takes two people most of a week once the hives come back down in September.</p>"
            + "<p>She sells it at the market in Tarnwick on Fridays, and the jars are usually gone before noon, she says,"
            + " because the same customers come back for it every autumn.</p>";
    private static final String BIKES = "<p>The bicycle repair workshop in the basement of the Ostfeld library lends tools"
            + " and stands to anyone who wants to fix a bike, and two retired mechanics show how on Tuesday evenings.</p>"
            + "<p>Most visitors come with a puncture or worn brake pads, but some rebuild whole bikes from the donated"
            + " frames that are stacked against the back wall of the room.</p>"
            + "<p>The library pays for the spare parts from a small grant, and a box by the door takes whatever the"
            + " visitors can give towards tyres, chains and cables.</p>";

    /** A page whose schema.org data declares its publication and a change, showing its readers only the change. */
    private static String changed(String title, String text) {
        return page(title, "", "<p class=meta>By Sam Baker · Last updated: November 8, 2023</p>", text);
    }

    private static String page(String title, String head, String meta, String text) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><title>" + title + " | Town Notes</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                + "\"headline\":\"" + title + "\",\"datePublished\":\"" + DECLARED + "\",\"dateModified\":\"" + MODIFIED + "\"}"
                + "</script>" + head + "</head><body><nav><a href=/>Town Notes</a> <a href=/news>News</a></nav><main><article>"
                + "<h1>" + title + "</h1>" + meta + text + "</article></main><footer><p>Town Notes, local news</p></footer>"
                + "</body></html>";
    }

    private static void serve(HttpServer server, String path, String html) {
        server.createContext(path, ex -> {
            byte[] b = html.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
    }

    @Test
    void theDeclaredPublicationIsInTheArticlesJsonAndOnItsPage() throws Exception {
        HttpServer pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve(pages, "/garden", changed("Community garden opens again", GARDEN));
        serve(pages, "/bees", page("Heather honey from the moors",
                "<meta property=\"article:published_time\" content=\"" + DECLARED + "\">",
                "<p class=meta>By Sam Baker · Last updated: November 8, 2023</p>", BEES));
        pages.start();
        String base = "http://127.0.0.1:" + pages.getAddress().getPort();
        try (TestLibrary lib = TestLibrary.empty(dir)) {
            TestServer.test(app(lib.context()), (server, client) -> {
                long garden = added(Http.post(client, "/api/articles", Http.JSON.writeValueAsString(Map.of("url", base + "/garden")),
                        TestLibrary.TOKEN));
                long bees = added(Http.post(client, "/api/articles", Http.JSON.writeValueAsString(Map.of("url", base + "/bees")),
                        TestLibrary.TOKEN));
                String item = Http.JSON.writeValueAsString(Map.of("html", changed("Bicycle repairs in the library", BIKES),
                        "url", "https://town.example/news/bicycle-repairs"));
                Answer ingest = Http.post(client, "/api/ingest", item, TestLibrary.TOKEN);
                assertThat(ingest.status()).as(ingest.body()).isEqualTo(200);
                assertThat(ingest.json().get("added").asInt()).as(ingest.body()).isEqualTo(1);
                long bikes = lib.library.latest(0, 1).get(0).id();

                // dated by its change; the publication it declared kept as it was written
                JsonNode g = article(client, garden);
                assertThat(g.get("published").asText()).startsWith("2023-11-08");
                assertThat(g.get("declaredPublished").asText()).isEqualTo(DECLARED);
                JsonNode k = article(client, bikes);
                assertThat(k.get("title").asText()).isEqualTo("Bicycle repairs in the library");
                assertThat(k.get("published").asText()).startsWith("2023-11-08");
                assertThat(k.get("declaredPublished").asText()).isEqualTo(DECLARED);
                // the head names the publication: it is the date, and nothing else is declared
                JsonNode b = article(client, bees);
                assertThat(b.get("published").asText()).startsWith("2022-05-03");
                assertThat(b.has("declaredPublished")).isTrue();
                assertThat(b.get("declaredPublished").isNull()).isTrue();

                String gardenPage = reader(client, garden);
                assertThat(gardenPage).contains("<span class=\"first-published\" id=\"article-first-published\">First published"
                        + " <time datetime=\"" + DECLARED + "\">3 May 2022</time></span>");
                assertThat(gardenPage).containsPattern("<time>2023-11-08[^<]*</time> · <span class=\"first-published\"");
                assertThat(reader(client, bikes)).contains("First published <time datetime=\"" + DECLARED + "\">3 May 2022</time>");
                assertThat(reader(client, bees)).doesNotContain("First published").doesNotContain("article-first-published");
            });
        } finally {
            pages.stop(0);
        }
    }

    private static long added(Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asLong();
    }

    private static JsonNode article(TestServer.Client client, long id) throws Exception {
        return json(Http.get(client, "/api/articles/" + id));
    }

    private static JsonNode json(Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private static String reader(TestServer.Client client, long id) throws Exception {
        Answer page = Http.answer(client.request("/articles/" + id, r -> r.header("Accept", "text/html")));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }
}
