package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import dev.precis.server.PrecisServer;
import dev.precis.server.TestServer;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A duration window ({@code 24h}, {@code 7d}) takes the articles published in it or added within it. The
 * fixture articles are dated 2023 and added now, so only "added within it" brings them into a 24 h window:
 * the Atom entry's link and the story summary's {@code since} must count them as the digest does.
 */
class DigestWindowLinksTest extends FixtureLibraryTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long pierStory() throws Exception {
        return built.library().article(id("pier")).orElseThrow().story().id();
    }

    @Test
    void aDurationFeedEntryLinksToAPageThatListsWhatTheEntryListed() throws Exception {
        long story = pierStory();
        TestServer.test(PrecisServer.create(built.context(false)), (server, client) -> {
            for (String since : new String[] {"", "?since=24h", "?since=7d"}) {
                HttpResponse<String> feed = get(client.getOrigin() + "/digest.atom" + since);
                assertThat(feed.statusCode()).isEqualTo(200);
                SyndEntry entry = new SyndFeedInput().build(new StringReader(feed.body())).getEntries().get(0);
                // the entry lists the story (its articles were added just now) ...
                assertThat(entry.getContents().get(0).getValue()).as(since).contains("/stories/" + story);
                // ... and so does the page it links to
                HttpResponse<String> page = get(entry.getLink());
                assertThat(page.statusCode()).as(entry.getLink()).isEqualTo(200);
                assertThat(page.body()).as(entry.getLink()).contains("/stories/" + story);
            }
        });
    }

    @Test
    void aStorySummarySinceADurationTakesTheArticlesAddedWithinIt() throws Exception {
        long story = pierStory();
        TestServer.test(PrecisServer.create(built.context(false)), (server, client) -> {
            String base = client.getOrigin() + "/api/stories/" + story + "/summary";
            JsonNode whole = json.readTree(get(base).body()).get("sentences");
            assertThat(whole).isNotEmpty();
            for (String since : new String[] {"24h", "7d"}) {
                JsonNode s = json.readTree(get(base + "?since=" + since).body());
                assertThat(s.get("sentences")).as(since).isEqualTo(whole);
                assertThat(s.get("addedSince").asText()).as(since).isNotEmpty();
            }
            // a date window still counts publication dates only, and a moment after the adds takes nothing
            assertThat(json.readTree(get(base + "?since=2024-01-01").body()).get("sentences")).isEmpty();
            assertThat(json.readTree(get(base + "?since=" + java.time.Instant.now()).body()).get("sentences")).isEmpty();
            // a moment still to come is refused (it held nothing, silently, before)
            HttpResponse<String> future = get(base + "?since=2999-01-01T00:00:00Z");
            assertThat(future.statusCode()).isEqualTo(400);
            assertThat(json.readTree(future.body()).get("error").asText()).startsWith("since 2999-01-01T00:00:00Z: in the future");
            // a date window names since when its undated articles count, and that only they do
            JsonNode dated = json.readTree(get(base + "?since=2024-01-01").body());
            assertThat(dated.get("addedSince").asText()).isEqualTo("2024-01-01T00:00:00Z");
            assertThat(dated.get("addedSinceFor").asText()).isEqualTo("undated");
            assertThat(json.readTree(get(base + "?since=24h").body()).get("addedSinceFor").asText()).isEqualTo("all");
            // the digest's summary of the story agrees with the API's for the same since
            HttpResponse<String> digest = get(client.getOrigin() + "/digest?since=24h");
            // main: "text/html", no charset, though the page is UTF-8 (every other reader page says so)
            assertThat(digest.headers().firstValue("Content-Type").orElse("")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
            for (JsonNode sentence : whole) {
                assertThat(digest.body()).contains("/articles/" + sentence.get("articleId").asLong());
            }
            // main: the reader's policy (default-src 'self') made a browser drop the page's inline style
            String body = digest.body();
            String style = body.substring(body.indexOf("<style>") + "<style>".length(), body.indexOf("</style>"));
            String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(digest.headers().allValues("Content-Security-Policy")).singleElement().asString()
                    .contains("style-src 'sha256-" + hash + "'").contains("default-src 'self'").contains("script-src 'self'");
        });
    }
}
