package dev.precis.server.web;

import static dev.precis.server.web.ReaderHttp.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every reader route over a small fixture library, including its error pages (signing in and adding: {@link EditorSignInTest}). */
class WebRoutesTest extends FixtureLibraryTest {

    @Test
    void homeListsLatestArticlesWithTitlesAsText() {
        serve(false, origin -> {
            HttpResponse<String> r = get(origin, "/", null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
            assertThat(r.body()).contains("Harbour town votes to rebuild its old stone pier")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>alert(1)");
            assertThat(get(origin, "/?offset=-1", null).statusCode()).isEqualTo(400);
            assertThat(get(origin, "/?offset=x", null).statusCode()).isEqualTo(400);
        });
    }

    @Test
    void homeOpensWithTheDigest() {
        serve(false, origin -> {
            // the fixtures were all added just now, so the default window (24 hours) holds their stories
            String home = get(origin, "/", null).body();
            assertThat(home).contains("<div id=\"digest\"").contains("<h1>What happened since ").contains("/stories/");
            assertThat(get(origin, "/?since=2000-01-01", null).body()).contains("What happened since 2000-01-01");
            assertThat(get(origin, "/?since=yesterday", null).statusCode()).isEqualTo(400);
            assertThat(get(origin, "/?offset=20", null).body()).doesNotContain("id=\"digest\"");
        });
    }

    @Test
    void userTextIsIsolatedFromTheSurroundingDirection() {
        // a title with U+202E (right-to-left override) must not reorder the page around it
        serve(false, origin -> {
            String home = get(origin, "/", null).body();
            assertThat(home).contains("<bdi>Harbour town votes to rebuild its old stone pier</bdi>");
            String article = get(origin, "/articles/" + id("pier"), null).body();
            assertThat(article).contains("<h1 id=\"article-title\" dir=\"auto\">")
                    .contains("<p dir=\"auto\" data-start=\"");
            // <title> is plain text: no isolates (a tab shows them as marks) and no overrides that could reorder " · Precis"
            assertThat(article).containsPattern("<title>[^<\u2066-\u2069]+ · Precis</title>");
            assertThat(Pages.documentTitle("\u2068Pier \u202Ereopens\u202C\u2069")).isEqualTo("Pier reopens");
            String search = get(origin, "/search?q=pier", null).body();
            assertThat(search).contains("<bdi>Harbour town votes to rebuild its old stone pier</bdi>").contains("class=\"snippet\" dir=\"auto\"");
        });
    }

    @Test
    void articlePageShowsTextPanelNavigationAndEscapesMarkup() {
        serve(false, origin -> {
            HttpResponse<String> pier = get(origin, "/articles/" + id("pier"), null);
            assertThat(pier.statusCode()).isEqualTo(200);
            String body = pier.body();
            assertThat(body).contains("No time to read? Get a summary")
                    .contains("href=\"/articles/" + id("pier") + "/summary?length=75-words#summary\"")
                    .contains("Residents of Selby Harbour voted on Sunday")
                    .contains("id=\"summary\" class=\"summary\" aria-live=\"polite\" hidden")
                    .contains("Next article")
                    .contains("<script src=\"/static/reader.js\" defer></script>");
            // who said what: the speaker links to its entity page, the quote to its anchor in the body
            assertThat(body).contains("/entities/person/Anna%20Berg");
            Matcher anchor = Pattern.compile("<a class=\"said\" href=\"#(q-\\d+)\">").matcher(body);
            assertThat(anchor.find()).isTrue();
            assertThat(body).contains("<span id=\"" + anchor.group(1) + "\" class=\"quote\">");
            // no inline script or style anywhere
            assertThat(body).doesNotContainPattern("<script>|<script(?![^>]*src=)|style=\"|onerror=|onclick=");

            String xss = get(origin, "/articles/" + id("xssTitle"), null).body();
            assertThat(xss).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
            String byline = get(origin, "/articles/" + id("xssByline"), null).body();
            assertThat(byline).contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
            String quote = get(origin, "/articles/" + id("scriptQuote"), null).body();
            assertThat(quote).contains("&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;").doesNotContain("<script>alert(3)");
        });
    }

    @Test
    void summaryRouteRendersTheArticleWithItsSummaryOpenAtTheRequestedLength() {
        serve(false, origin -> {
            long pier = id("pier");
            HttpResponse<String> two = get(origin, "/articles/" + pier + "/summary?sentences=2", null);
            assertThat(two.statusCode()).isEqualTo(200);
            assertThat(two.body()).doesNotContain("aria-live=\"polite\" hidden").contains("<option value=\"2-sentences\" selected>");
            assertThat(summaryItems(two.body())).isEqualTo(2);
            // without the script, the summary's sentences are marked in the text too
            assertThat(two.body()).contains("<mark class=\"in-summary\" data-sentence=\"0\">")
                    .contains("<mark class=\"in-summary\" data-sentence=\"1\">").doesNotContain("data-sentence=\"2\"");
            assertThat(summaryItems(get(origin, "/articles/" + pier + "/summary?sentences=1", null).body())).isEqualTo(1);
            assertThat(summaryItems(get(origin, "/articles/" + pier + "/summary?length=1-sentences", null).body())).isEqualTo(1);
            // the default is the editor's length, a word budget, and the menu says so
            HttpResponse<String> standard = get(origin, "/articles/" + pier + "/summary", null);
            assertThat(standard.body()).contains("<option value=\"75-words\" selected>About 75 words</option>");
            assertThat(wordsIn(summaryText(standard.body()))).isBetween(1, 75);
            HttpResponse<String> short20 = get(origin, "/articles/" + pier + "/summary?length=20-words", null);
            assertThat(short20.body()).contains("<option value=\"20-words\" selected>About 20 words</option>");
            for (String bad : new String[] {"0", "11", "abc", "2.5"}) {
                HttpResponse<String> r = get(origin, "/articles/" + pier + "/summary?sentences=" + bad, null);
                assertThat(r.statusCode()).as(bad).isEqualTo(400);
                assertThat(r.body()).contains("Bad request").contains("sentences").doesNotContain("Exception");
            }
            for (String bad : new String[] {"0-words", "11-sentences", "75", "words-75", "1001-words"}) {
                HttpResponse<String> r = get(origin, "/articles/" + pier + "/summary?length=" + bad, null);
                assertThat(r.statusCode()).as(bad).isEqualTo(400);
                assertThat(r.body()).contains("Bad request").contains("length").doesNotContain("Exception");
            }
            assertThat(get(origin, "/articles/999999/summary", null).statusCode()).isEqualTo(404);
        });
    }

    private static String summaryText(String html) {
        int from = html.indexOf("<ol id=\"summary-sentences\">");
        return html.substring(from, html.indexOf("</ol>", from)).replaceAll("<[^>]*>", " ");
    }

    private static int wordsIn(String text) {
        return dev.precis.model.SummaryLength.wordCount(text);
    }

    private static int summaryItems(String html) {
        String list = html.substring(html.indexOf("<ol id=\"summary-sentences\">"), html.indexOf("</ol>", html.indexOf("<ol id=\"summary-sentences\">")));
        return list.split("<li[ >]", -1).length - 1;
    }

    @Test
    void unknownThingsGetNotFoundPages() {
        serve(false, origin -> {
            for (String path : new String[] {"/articles/999999", "/articles/abc", "/articles/-3", "/stories/999999",
                    "/stories/x", "/entities/person/Nobody%20Atall", "/entities/planet/Mars", "/no/such/page"}) {
                HttpResponse<String> r = get(origin, path, null);
                assertThat(r.statusCode()).as(path).isEqualTo(404);
                assertThat(r.body()).as(path).contains("Not found").contains("<html").doesNotContain("Exception");
            }
            assertThat(get(origin, "/static/nothing.js", null).statusCode()).isEqualTo(404);
            // a reader address asked for without an Accept header (curl, a crawler) gets the reader's page too
            HttpResponse<String> plain = reader.send(HttpRequest.newBuilder(URI.create(origin + "/nope"))
                    .timeout(Duration.ofSeconds(20)).build());
            assertThat(plain.statusCode()).isEqualTo(404);
            assertThat(plain.body()).contains("<html").contains("Not found");
            // clients that ask for JSON only, and every address under /api/, keep the core's JSON answer
            HttpResponse<String> json = reader.send(HttpRequest.newBuilder(URI.create(origin + "/no/such/page"))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(20)).build());
            assertThat(json.statusCode()).isEqualTo(404);
            assertThat(json.body()).startsWith("{").contains("\"status\":404");
            for (String accept : new String[] {"*/*", "text/html"}) {
                HttpResponse<String> api = reader.send(HttpRequest.newBuilder(URI.create(origin + "/api/nope"))
                        .header("Accept", accept).timeout(Duration.ofSeconds(20)).build());
                assertThat(api.statusCode()).isEqualTo(404);
                assertThat(api.body()).as(accept).startsWith("{").contains("\"status\":404");
            }
        });
    }

    @Test
    void storyAndEntityPages() throws Exception {
        long storyId = built.library().article(id("pier")).orElseThrow().story().id();
        serve(false, origin -> {
            HttpResponse<String> story = get(origin, "/stories/" + storyId, null);
            assertThat(story.statusCode()).isEqualTo(200);
            assertThat(story.body()).contains("Timeline").contains("/articles/" + id("pier"));

            HttpResponse<String> person = get(origin, "/entities/person/Anna%20Berg", null);
            assertThat(person.statusCode()).isEqualTo(200);
            assertThat(person.body()).contains("Anna Berg").contains("We have waited two winters for this")
                    .contains("/articles/" + id("pier") + "#q-");
            assertThat(get(origin, "/entities/person/" + "x".repeat(201), null).statusCode()).isEqualTo(400);

            // the surname alone (one person of that name here) leads to the person's one page
            HttpResponse<String> surname = get(origin, "/entities/person/Berg", null);
            assertThat(surname.statusCode()).isEqualTo(302);
            assertThat(surname.headers().firstValue("Location")).contains("/entities/person/Anna%20Berg");
        });
    }

    @Test
    void digestPageFeedAndStorySummary() throws Exception {
        long storyId = built.library().article(id("pier")).orElseThrow().story().id();
        serve(false, origin -> {
            HttpResponse<String> page = get(origin, "/digest?since=2023-01-01", null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("What happened since 2023-01-01").contains("/stories/" + storyId)
                    .contains("Harbour town votes to rebuild its old stone pier");
            assertThat(page.body().toLowerCase()).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
            assertThat(get(origin, "/digest?since=yesterday", null).statusCode()).isEqualTo(400);
            HttpResponse<String> feed = get(origin, "/digest.atom?since=2023-01-01", null);
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
            com.rometools.rome.feed.synd.SyndFeed parsed = new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(feed.body()));
            assertThat(parsed.getEntries()).hasSize(1);
            HttpResponse<String> summary = get(origin, "/api/stories/" + storyId + "/summary", null);
            assertThat(summary.statusCode()).isEqualTo(200);
            assertThat(summary.body()).contains("\"articleId\":" + id("pier")).contains("\"start\":0");
            assertThat(get(origin, "/api/stories/" + storyId + "/summary?since=nope", null).statusCode()).isEqualTo(400);
            assertThat(get(origin, "/api/stories/999999/summary", null).statusCode()).isEqualTo(404);
            // the digest as JSON: the same stories and, for each, the summary the story's own endpoint gives for that window
            com.fasterxml.jackson.databind.JsonNode digest = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(get(origin, "/api/digest?since=2023-01-01", null).body());
            com.fasterxml.jackson.databind.JsonNode entry = java.util.stream.StreamSupport.stream(digest.get("stories").spliterator(), false)
                    .filter(x -> x.get("story").get("id").asLong() == storyId).findFirst().orElseThrow();
            assertThat(entry.get("summary")).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(get(origin, "/api/stories/" + storyId + "/summary?since=2023-01-01", null).body()));
            HttpResponse<String> badDigest = get(origin, "/api/digest?since=yesterday", null);
            assertThat(badDigest.statusCode()).isEqualTo(400);
            assertThat(badDigest.body()).startsWith("{").contains("since yesterday");
            // the story page's summary names each sentence's article by its headline, not by offsets
            String storyPage = get(origin, "/stories/" + storyId, null).body();
            assertThat(storyPage).contains("What happened").containsPattern("<span class=\"muted\">\\(<a href=\"/articles/\\d+\" dir=\"auto\">[^<#]+</a>")
                    .doesNotContainPattern("#\\d+ \\d+–\\d+");
            // a tab or bookmark shows the title as written: no invisible bidi isolates in <title>
            for (String path : new String[] {"/", "/stories/" + storyId, "/articles/" + id("pier"), "/digest?since=2023-01-01"}) {
                String html = get(origin, path, null).body();
                String title = html.substring(html.indexOf("<title>"), html.indexOf("</title>"));
                assertThat(title).as(path).hasSizeGreaterThan("<title>".length()).doesNotContainPattern("[\u2066-\u2069]");
            }
        });
    }

    @Test
    void searchHighlightsMatchesAndRejectsBadFilters() {
        serve(false, origin -> {
            HttpResponse<String> r = get(origin, "/search?q=" + enc("stone pier"), null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("<mark>").contains("/articles/" + id("pier")).contains("value=\"stone pier\"");
            HttpResponse<String> filtered = get(origin, "/search?q=lighthouse&source=fixtures&from=2023-01-01&to=2023-12-31", null);
            assertThat(filtered.body()).contains("/articles/" + id("xssByline"));
            HttpResponse<String> none = get(origin, "/search?q=lighthouse&to=2020-01-01", null);
            assertThat(none.body()).contains("0 articles found");
            assertThat(get(origin, "/search", null).statusCode()).isEqualTo(200);
            // what people type is searched: a stray quote or a slash is no syntax error
            for (String typed : new String[] {"\"stone pier", "stone/pier", "(".repeat(200) + "pier"}) {
                HttpResponse<String> r2 = get(origin, "/search?q=" + enc(typed), null);
                assertThat(r2.statusCode()).as(typed).isEqualTo(200);
                assertThat(r2.body()).as(typed).contains("Harbour town votes to rebuild its old stone pier");
            }
            // and the query stays in the box
            assertThat(get(origin, "/search?q=" + enc("\"stone pier"), null).body())
                    .containsPattern("<input id=\"q\" dir=\"auto\" type=\"search\" name=\"q\" value=\"(&#34;|&quot;)stone pier\"");
            // a page past the one hit: the total still said, and a link back to the first page with the filters kept
            HttpResponse<String> later = get(origin, "/search?q=lighthouse&source=fixtures&offset=1", null);
            assertThat(later.statusCode()).isEqualTo(200);
            assertThat(later.body()).contains("1 article found").doesNotContain("rel=\"next\"").contains("rel=\"prev\"")
                    .contains("href=\"/search?q=lighthouse&amp;source=fixtures\"");
            for (String bad : new String[] {"?q=x&from=yesterday", "?q=x&from=2024-02-01&to=2024-01-01",
                    "?q=" + "a".repeat(501), "?q=x&offset=-1", "?q=x&offset=many", "?q=x&offset=9999"}) {
                HttpResponse<String> b = get(origin, "/search" + bad, null);
                assertThat(b.statusCode()).as(bad).isEqualTo(400);
                assertThat(b.body()).doesNotContain("at dev.precis");
            }
        });
    }

    @Test
    void staticAssetsAreServedLocally() {
        serve(false, origin -> {
            HttpResponse<String> css = get(origin, "/static/reader.css", null);
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
            assertThat(css.body()).doesNotContain("http://").doesNotContain("https://").doesNotContain("@import");
            HttpResponse<String> js = get(origin, "/static/reader.js", null);
            assertThat(js.statusCode()).isEqualTo(200);
            assertThat(js.body()).contains("/api/articles/").doesNotContain("innerHTML");
        });
    }
}
