package dev.precis.server.api;

import static dev.precis.server.api.ApiTestSupport.app;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import dev.precis.server.Http;
import dev.precis.server.Http.Answer;
import dev.precis.server.TestLibrary;
import dev.precis.server.TestServer;
import dev.precis.store.LibraryEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's page, in the API and the reader, is shown under the spelling most articles use. */
class PersonSpellingPagesTest {

    @TempDir
    Path dir;

    @Test
    void thePageIsShownUnderTheMostMetSpellingWhicheverSpellingIsAskedFor() throws Exception {
        try (TestLibrary lib = TestLibrary.empty(dir)) {
            add(lib, "a", "Dorit Hallam bought a stake in the ferry line.", "Dorit Hallam");
            add(lib, "b", "Dorrit Hallam sold the stake. Dorrit Hallam smiled.", "Dorrit Hallam");
            add(lib, "c", "Dorrit Hallam bought the harbour inn.", "Dorrit Hallam");
            TestServer.test(app(lib.context()), (server, client) -> {
                for (String asked : List.of("Dorit%20Hallam", "Dorrit%20Hallam")) {
                    Answer page = Http.get(client, "/api/entities/person/" + asked);
                    assertThat(page.status()).isEqualTo(200);
                    assertThat(page.json().get("canonical").asText()).isEqualTo("Dorrit Hallam");
                    assertThat(page.json().get("articles")).hasSize(3);
                }
                assertThat(Http.get(client, "/api/entities?type=person").json().get("entities").get(0).get("canonical").asText())
                        .isEqualTo("Dorrit Hallam");
                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                HttpResponse<String> slip = http.send(HttpRequest.newBuilder(URI.create(client.getOrigin() + "/entities/person/Dorit%20Hallam"))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(slip.statusCode()).isEqualTo(302);
                assertThat(slip.headers().firstValue("Location").orElseThrow()).contains("/entities/person/Dorrit%20Hallam");
                HttpResponse<String> reader = http.send(HttpRequest.newBuilder(URI.create(client.getOrigin() + "/entities/person/Dorrit%20Hallam"))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(reader.statusCode()).isEqualTo(200);
                assertThat(reader.body()).contains("Dorrit Hallam");
            });
        }
    }

    /** An article whose every occurrence of {@code name} is a mention of that person, under the name as written. */
    private static void add(TestLibrary lib, String id, String text, String name) throws Exception {
        Article a = new Article(id, "Ferry " + id, text, List.of(new TextRange(0, text.length())), null, null, "2024-05-01", "en");
        List<EntityMention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new EntityMention(new TextRange(at, at + name.length()), EntityType.PERSON, name, null));
        }
        AnalyzedArticle analyzed = new AnalyzedArticle(a, List.of(new Sentence(0, new TextRange(0, text.length()))), mentions, List.of(), List.of());
        lib.library.add(new LibraryEntry(analyzed, null, "wire", "wire/" + id));
    }
}
