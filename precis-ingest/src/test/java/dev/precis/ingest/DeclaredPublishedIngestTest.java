package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.extract.ArticleExtractor;
import dev.precis.model.Article;
import dev.precis.model.ExtractedPage;
import dev.precis.pipeline.Precis;
import dev.precis.store.ArticleRef;
import dev.precis.store.ArticleView;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis ingest} keeps the publication date a page declares apart from the date it is dated by (a saved page and
 * a JSONL line's HTML alike); {@code precis export} writes it as {@code declaredPublished} and {@code precis ingest
 * --analyzed} reads it back, so a library moved or restored keeps it. Invented pages.
 */
class DeclaredPublishedIngestTest {

    private static final String DECLARED = "2022-05-03T08:15:00-04:00";

    @TempDir
    Path tmp;

    private static String page(String title, String head, String text) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><title>" + title + " | Valley Post</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                + "\"headline\":\"" + title + "\",\"datePublished\":\"" + DECLARED + "\",\"dateModified\":\"2023-11-08T10:00:00-05:00\"}"
                + "</script>" + head + "</head><body><nav><a href=/>Valley Post</a> <a href=/news>News</a></nav><main><article>"
                + "<h1>" + title + "</h1><p class=meta>By Mira Olsen · Last updated: November 8, 2023</p>" + text
                + "</article></main><footer><p>Valley Post, news of the valley</p></footer></body></html>";
    }

    private static final String FERRY = "<p>The cable ferry across the river at Dunhollow runs again after a month in the"
            + " boatyard, where its deck was replaced and the old diesel winch gave way to an electric one.</p>"
            + "<p>The crossing takes four minutes, and the ferry carries up to six cars and forty people on each trip from"
            + " early morning until the last run at ten in the evening.</p>"
            + "<p>Farmers on the east bank had driven a long way round by the bridge at Kelby while it was away, and"
            + " several of them were waiting at the ramp when it came back on Monday.</p>";
    private static final String CHOIR = "<p>The village choir of Brackenfold has sung in the chapel on the green every"
            + " Christmas Eve for ninety years, and this year it will sing a carol written by its own conductor.</p>"
            + "<p>Rehearsals on Wednesday evenings have drawn new singers from the estate built beside the old mill, and"
            + " the choir now has twice as many tenors as it had five years ago.</p>"
            + "<p>The collection at the door goes to the repair of the chapel roof, which lost slates in the autumn gales"
            + " and lets the rain in above the organ.</p>";
    private static final String MARKET = "<p>The covered market in Eastwick will open on Sundays from the spring, the"
            + " town council decided after traders asked for a second day on which families can shop together.</p>"
            + "<p>Stallholders selling cheese, bread and vegetables from the farms around the town say Sunday visitors"
            + " would make up for the quiet weekdays of the winter months.</p>"
            + "<p>The council will pay for extra cleaning out of the market's rents, which rise slightly from April to"
            + " cover the longer opening hours.</p>";

    @Test
    void anIngestedPageKeepsItsDeclaredPublicationThroughAnExportAndALoad() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("ferry.html"), page("Cable ferry runs again", "", FERRY));
        Files.writeString(in.resolve("choir.html"), page("Chapel choir at ninety",
                "<meta property=\"article:published_time\" content=\"" + DECLARED + "\">", CHOIR));
        ObjectMapper json = new ObjectMapper();
        Files.writeString(in.resolve("more.jsonl"), json.writeValueAsString(Map.of("id", "market", "url",
                "https://valley.example/news/market", "html", page("Market opens on Sundays", "", MARKET))) + "\n");
        Path export = tmp.resolve("library.jsonl");
        Map<String, String> declared = new HashMap<>();
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("first")))) {
            IngestReport r = Ingester.builder(lib, Precis.builder().build()).threads(1).build().ingest(List.of(in.toString()), null);
            assertThat(r.added()).as(r.failures().toString()).isEqualTo(3);
            for (ArticleRef ref : lib.latest(0, 10)) {
                ArticleView v = lib.article(ref.id()).orElseThrow();
                declared.put(v.article().title(), v.declaredPublished());
                if (v.declaredPublished() != null) {
                    assertThat(v.article().published()).as(v.article().title()).startsWith("2023-11-08");
                }
            }
            assertThat(LibraryExport.write(lib, export)).isEqualTo(3);
        }
        Map<String, String> expected = new HashMap<>();
        expected.put("Cable ferry runs again", DECLARED);
        expected.put("Market opens on Sundays", DECLARED);
        expected.put("Chapel choir at ninety", null);
        assertThat(declared).isEqualTo(expected);

        Map<String, JsonNode> lines = new HashMap<>();
        for (String line : Files.readAllLines(export)) {
            JsonNode n = json.readTree(line);
            lines.put(n.get("title").asText(), n);
        }
        assertThat(lines.get("Cable ferry runs again").get("declaredPublished").asText()).isEqualTo(DECLARED);
        assertThat(lines.get("Chapel choir at ninety").has("declaredPublished")).isTrue();
        assertThat(lines.get("Chapel choir at ninety").get("declaredPublished").isNull()).isTrue();

        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("second")))) {
            assertThat(new AnalyzedLoader(lib, p -> { }).load(List.of(export.toString()), null).added()).isEqualTo(3);
            Map<String, String> loaded = new HashMap<>();
            for (ArticleRef ref : lib.latest(0, 10)) {
                ArticleView v = lib.article(ref.id()).orElseThrow();
                loaded.put(v.article().title(), v.declaredPublished());
            }
            assertThat(loaded).isEqualTo(expected);
        }
    }

    @Test
    void anotherExtractorsArticleComesWithNoDeclaredDate() throws Exception {
        Article a = Article.of("x", "Title", "Some text.", List.of()).withPublished("2023-11-08");
        ArticleExtractor other = (html, url) -> a;
        ExtractedPage p = PageExtraction.page(other, "<html></html>", null, true, null, false);
        assertThat(p.article()).isSameAs(a);
        assertThat(p.declaredPublished()).isNull();
        assertThat(PageExtraction.article(other, "<html></html>", null).declaredPublished()).isNull();
    }
}
