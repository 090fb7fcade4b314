package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.FixtureLibrary;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.PrecisServer;
import dev.precis.server.TestServer;
import dev.precis.server.digest.DigestFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The served {@code /digest} has the reader's header (the way home, to search, to the feeds) like every reader page,
 * and stays a page without script whose one inline style the content policy names, header rules included.
 */
class DigestPageHeaderTest {

    @RegisterExtension
    static final FixtureLibrary lib = new FixtureLibrary();

    @Test
    void theDigestPageHasTheReadersHeaderAndNoScript() {
        TestServer.test(PrecisServer.create(lib.context()), (server, client) -> {
            Answer page = Http.get(client, "/digest?since=2000-01-01");
            assertThat(page.status()).isEqualTo(200);
            String body = page.body();
            assertThat(body).contains("<header class=\"site\">").contains("<a class=\"brand\" href=\"/\">Precis</a>")
                    .contains("action=\"/search\"").contains("href=\"/feeds\"").contains("<h1>What happened since 2000-01-01</h1>");
            assertThat(body.indexOf("<header class=\"site\">")).isLessThan(body.indexOf("<h1>"));
            assertThat(body.toLowerCase()).doesNotContain("<script").doesNotContain("<link");
            String style = body.substring(body.indexOf("<style>") + "<style>".length(), body.indexOf("</style>"));
            assertThat(style).startsWith(DigestFormats.style()).contains("header.site");
            assertThat(page.header("Content-Security-Policy")).contains("style-src " + DigestFormats.styleSource(style))
                    .contains("default-src 'self'");
            assertThat(body).containsOnlyOnce("<style>");
        });
    }
}
