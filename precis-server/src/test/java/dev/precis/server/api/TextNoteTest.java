package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import dev.precis.store.LibraryEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose text is not its page (a feed item stored from the feed's own text because its link
 * failed) says so in {@code GET /api/articles/{id}}'s {@code textNote} and on the reader's page; any other
 * article's {@code textNote} is null and its page has no note. Invented texts.
 */
class TextNoteTest {

    private static final String NOTE = "stored from the feed's own text (the page could not be fetched: HTTP status 404)";

    @TempDir
    Path dir;

    @Test
    void theNoteIsInTheArticlesJsonAndOnItsPage() throws Exception {
        try (TestLibrary lib = TestLibrary.empty(dir)) {
            Article pier = Article.of("pier", "Pier to be rebuilt", "The harbour council of Lowmere voted to rebuild the old stone pier.",
                    List.of()).withUrl("https://gazette.example/news/pier");
            Article ferry = Article.of("ferry", "Ferry strike ends", "The ferry strike on the northern islands ended on Thursday after talks.",
                    List.of());
            long noted = lib.library.add(new LibraryEntry(AnalyzedArticle.ofSentences(pier, List.of()), null, "Gazette",
                    "https://gazette.example/news/pier").withTextNote(NOTE)).articleId();
            long plain = lib.library.add(new LibraryEntry(AnalyzedArticle.ofSentences(ferry, List.of()), null, "notes", "ferry.txt"))
                    .articleId();
            lib.library.flush();
            TestServer.test(app(lib.context()), (server, client) -> {
                Answer a = Http.get(client, "/api/articles/" + noted);
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                assertThat(a.json().get("textNote").asText()).isEqualTo(NOTE);
                Answer b = Http.get(client, "/api/articles/" + plain);
                assertThat(b.json().has("textNote")).isTrue();
                assertThat(b.json().get("textNote").isNull()).isTrue();
                Answer page = Http.answer(client.request("/articles/" + noted, r -> r.header("Accept", "text/html")));
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.body()).contains("id=\"article-text-note\"")
                        .contains("Note: stored from the feed").contains("own text (the page could not be fetched: HTTP status 404).");
                Answer other = Http.answer(client.request("/articles/" + plain, r -> r.header("Accept", "text/html")));
                assertThat(other.body()).doesNotContain("article-text-note");
            });
        }
    }
}
