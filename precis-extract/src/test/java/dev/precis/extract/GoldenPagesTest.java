package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Article;
import dev.precis.model.ExtractedPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages the project wrote itself (news layouts with chrome, JSON-LD, bylines, paywall teasers, live
 * blogs, galleries, several languages and encodings) beside the extraction a person expects.
 * Run with {@code -Dprecis.golden.rewrite=true} to rewrite the expected files from the current
 * output, then review the diff before committing.
 */
class GoldenPagesTest {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static HtmlArticleReader reader;

    @BeforeAll
    static void load() {
        reader = new HtmlArticleReader(new DensityArticleExtractor(LanguageGuesser.load(), CLOCK));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length()))
                    .sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsWhatAReaderSees(String name) throws Exception {
        byte[] html = Files.readAllBytes(DIR.resolve(name + ".html"));
        Path expectedFile = DIR.resolve(name + ".expected.json");
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        boolean rewrite = Boolean.getBoolean("precis.golden.rewrite");
        if (expected.path("error").asBoolean(false) && !rewrite) {
            assertThatThrownBy(() -> reader.read(html, null, null))
                    .isInstanceOf(ExtractionException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            return;
        }
        ObjectNode actual;
        try {
            actual = toJson(reader.read(html, null, null));
        } catch (ExtractionException e) {
            actual = JSON.createObjectNode().put("error", true);
        }
        if (rewrite) {
            Files.writeString(expectedFile, JSON.writeValueAsString(JSON.treeToValue(actual, Object.class)) + "\n",
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static ObjectNode toJson(ExtractedPage page) {
        Article a = page.article();
        ObjectNode o = JSON.createObjectNode();
        o.put("title", a.title());
        o.put("byline", a.byline());
        page.authors().forEach(o.putArray("authors")::add);
        if (!o.has("authors")) {
            o.putArray("authors");
        }
        o.put("published", a.published());
        o.put("modified", page.modified());
        o.put("language", a.language());
        o.put("siteName", page.siteName());
        o.put("url", a.url());
        o.put("text", a.text());
        return o;
    }
}
