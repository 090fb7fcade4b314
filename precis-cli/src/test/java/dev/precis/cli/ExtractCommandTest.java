package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "<html lang=en><head><title>Bridge reopens | Town News</title>"
            + "<meta property=\"og:site_name\" content=\"Town News\">"
            + "<meta property=\"article:published_time\" content=\"2024-05-02T08:00:00Z\"></head><body>"
            + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Bridge reopens</h1>"
            + "<p class=byline>By Jane Doe and John Roe</p>"
            + "<p>The old bridge over the river reopened to traffic on Thursday after eight months of repairs to its"
            + " supports, the town council said.</p><p>Drivers had faced a detour of twenty minutes while the work was"
            + " carried out, and local shops said they had lost customers during the closure.</p>"
            + "<div class=share><a href=#>Share on Twitter</a></div></article></body></html>";

    @Test
    void extractsAFileAsJsonWithTheStableKeys(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        CliRun run = CliRun.of("extract", page.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode o = JSON.readTree(run.out());
        assertThat(o.fieldNames()).toIterable().containsExactly(
                "id", "title", "byline", "authors", "published", "modified", "declaredPublished", "language", "siteName", "url",
                "pageType", "text");
        assertThat(o.get("declaredPublished").isNull()).as("the page names its publication in its head").isTrue();
        assertThat(o.get("pageType").asText()).isEqualTo("article");
        assertThat(o.get("title").asText()).isEqualTo("Bridge reopens");
        assertThat(o.get("authors").toString()).isEqualTo("[\"Jane Doe\",\"John Roe\"]");
        assertThat(o.get("published").asText()).isEqualTo("2024-05-02T08:00:00Z");
        assertThat(o.get("language").asText()).isEqualTo("en");
        assertThat(o.get("text").asText()).startsWith("The old bridge").contains("\n\nDrivers had faced").doesNotContain("Share");
    }

    /** A guide presented as of its revision: schema.org dates only, the change shown by the headline a year later. */
    private static final String REVISED = "<html lang=en><head><title>Planting tulips | Garden Notes</title>"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
            + "\"headline\":\"Planting tulips\",\"datePublished\":\"2021-09-14T07:00:00-04:00\","
            + "\"dateModified\":\"2022-10-02T12:00:00-04:00\"}</script></head><body>"
            + "<nav><a href=/>Garden Notes</a> <a href=/bulbs>Bulbs</a></nav><article><h1>Planting tulips</h1>"
            + "<p class=meta>Last updated: October 2, 2022</p>"
            + "<p>Tulip bulbs go into the ground in autumn, once the soil has cooled, and a few weeks of cold are what"
            + " they need to flower well in spring.</p><p>Plant each bulb three times as deep as it is tall, pointed end"
            + " up, in soil that drains well, since a bulb left standing in water over winter rots.</p>"
            + "<p>After flowering, let the leaves die back on their own so the bulb can store food for the next year.</p>"
            + "</article></body></html>";

    @Test
    void aPageDatedByItsChangeKeepsTheDeclaredPublicationBesideIt(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), REVISED);
        CliRun run = CliRun.of("extract", page.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode o = JSON.readTree(run.out());
        assertThat(o.get("published").asText()).startsWith("2022-10-02");
        assertThat(o.get("modified").asText()).startsWith("2022-10-02");
        assertThat(o.get("declaredPublished").asText()).isEqualTo("2021-09-14T07:00:00-04:00");
    }

    @Test
    void textFormatPrintsTitleAndBody(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        CliRun run = CliRun.of("extract", "--format", "text", page.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Bridge reopens\n\nThe old bridge");
    }

    @Test
    void batchModeWritesOneLinePerInputAndReportsPagesWithoutArticle(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "a1", "html", PAGE, "url", "https://town.example/2024/05/02/bridge"))
                + "\n" + JSON.writeValueAsString(java.util.Map.of("id", 7, "html", "<html><body><a href=/>Home</a></body></html>")) + "\n");
        CliRun run = CliRun.of("extract", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("a1");
        assertThat(first.get("url").asText()).isEqualTo("https://town.example/2024/05/02/bridge");
        assertThat(first.get("text").asText()).startsWith("The old bridge");
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.get("id").asInt()).isEqualTo(7);
        assertThat(second.get("text").asText()).isEmpty();
        assertThat(second.get("error").asText()).contains("no article");
    }

    @Test
    void aBatchPageWithoutParagraphsKeepsItsTitleAndDates(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        String html = "<html lang=fr><head><title>Les horaires d'été</title>"
                + "<meta property=article:published_time content=2019-06-29T10:05:00+02:00></head>"
                + "<body><h1>Les horaires d'été</h1><ul><li><a href=/a>Lignes</a></li><li><a href=/b>Tarifs</a></li></ul></body></html>";
        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "p1", "html", html, "url", "https://bus.example/horaires")) + "\n");
        CliRun run = CliRun.of("extract", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode line = JSON.readTree(Files.readAllLines(out, StandardCharsets.UTF_8).get(0));
        assertThat(line.get("id").asText()).isEqualTo("p1");
        assertThat(line.get("error").asText()).contains("no article text");
        assertThat(line.get("text").asText()).isEmpty();
        assertThat(line.get("title").asText()).isEqualTo("Les horaires d'été");
        assertThat(line.get("published").asText()).isEqualTo("2019-06-29T10:05:00+02:00");
        assertThat(line.get("pageType").asText()).isNotEqualTo("article");
    }

    @Test
    void batchWritesEveryPageEvenOnesThatOnceCrashedTheParser(@TempDir Path dir) throws Exception {
        String svgPage = Files.readString(Path.of("../precis-extract/src/test/resources/regression/svg-scripts-in-nav.html"));
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "svg", "html", svgPage)) + "\n"
                + JSON.writeValueAsString(java.util.Map.of("id", "after", "html", PAGE)) + "\n");
        CliRun run = CliRun.of("extract", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("text").asText()).startsWith("A shed kit looks simple");
        assertThat(JSON.readTree(lines.get(1)).get("text").asText()).startsWith("The old bridge");
    }

    /** A shop's product page, written for this test: JSON-LD Product with an offer, price and cart markup. */
    private static final String PRODUCT = "<html><head><title>Oak garden bench</title>"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
            + "\"name\":\"Oak garden bench\",\"offers\":{\"@type\":\"Offer\",\"price\":\"249.00\"}}</script></head><body>"
            + "<main><h1>Oak garden bench</h1><div class=price>249.00</div><button class=add-to-cart>Add to cart</button>"
            + "<p>A solid oak bench for two, oiled by hand and built to stay outdoors all year without a cover, with"
            + " stainless steel fixings that will not stain the wood.</p><p>Delivered flat with a key and instructions;"
            + " it takes about twenty minutes to put together and needs no other tools at all.</p>"
            + "<p>Seat height forty-five centimetres, width one hundred and twenty centimetres, weight twenty-two kilos,"
            + " and a ten-year guarantee against rot.</p></main></body></html>";

    @Test
    void aPageThatIsNoArticleIsRefusedAloneAndTypedWithItsMainContentInTheBatch(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("bench.html"), PRODUCT);
        CliRun single = CliRun.of("extract", page.toString());
        assertThat(single.exitCode()).isEqualTo(2);
        assertThat(single.oneLineError()).isTrue();
        assertThat(single.err()).contains("not an article: a product page");
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "p", "html", PRODUCT)) + "\n"
                + JSON.writeValueAsString(java.util.Map.of("id", "a", "html", PAGE)) + "\n");
        assertThat(CliRun.of("extract", "--input", in.toString(), "--output", out.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        JsonNode product = JSON.readTree(lines.get(0));
        assertThat(product.get("pageType").asText()).isEqualTo("product");
        // typed, and its main content kept (the description), without the price or the cart button
        assertThat(product.get("text").asText()).startsWith("A solid oak bench for two").doesNotContain("Add to cart");
        assertThat(product.get("title").asText()).isEqualTo("Oak garden bench");
        assertThat(product.has("error")).isFalse();
        assertThat(JSON.readTree(lines.get(1)).get("pageType").asText()).isEqualTo("article");
    }

    @Test
    void badInputGivesOneLineErrors(@TempDir Path dir) throws Exception {
        assertThat(CliRun.of("extract", dir.resolve("missing.html").toString()))
                .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
                .satisfies(r -> assertThat(r.oneLineError()).isTrue())
                .satisfies(r -> assertThat(r.err()).contains("no such file"));
        Path pdf = Files.write(dir.resolve("doc.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 4, 5, 0, 0, 7});
        CliRun run = CliRun.of("extract", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.oneLineError()).isTrue();
        Path in = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": 1, \"html\": \"<p>x</p>\"}\n{not json\n");
        CliRun batch = CliRun.of("extract", "--input", in.toString(), "--output", dir.resolve("o.jsonl").toString());
        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.err()).contains("line 2");
        // no line is lost: the unusable one is written with its problem
        List<String> written = Files.readAllLines(dir.resolve("o.jsonl"), StandardCharsets.UTF_8);
        assertThat(written).hasSize(2);
        assertThat(JSON.readTree(written.get(1)).get("error").asText()).contains("line 2").contains("not valid JSON");
        assertThat(CliRun.of("extract", "http://127.0.0.1:9/").err()).contains("refused");
        assertThat(CliRun.of("extract").exitCode()).isEqualTo(2);
        // a folder: main said the JDK's "Is a directory" (summarize and analyze say this)
        CliRun folder = CliRun.of("extract", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo("precis: " + dir + ": is a directory, not a file (for many pages, give --input IN.jsonl)\n");
    }

    @Test
    void aBatchPageCountsRelativeDatesFromItsFetchTimeOrNotAtAll(@TempDir Path dir) throws Exception {
        String html = "<html lang=de><head><title>Neue Brücke</title></head><body><article><h1>Neue Brücke</h1>"
                + "<p class=meta>vor 2 Tagen</p><p>Der Gemeinderat hat am Abend lange über die neue Brücke beraten,"
                + " die den Fluss an der alten Mühle überqueren soll, und die Pläne geändert.</p><p>Die Bauarbeiten"
                + " sollen im Herbst beginnen und zwei Jahre dauern, sagte die Bürgermeisterin nach der Sitzung.</p>"
                + "</article></body></html>";
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "warc", "html", html, "fetched", "2017-07-12T10:00:00Z"))
                + "\n" + JSON.writeValueAsString(java.util.Map.of("id", "http", "html", html, "fetched", "Wed, 12 Jul 2017 10:00:00 GMT"))
                + "\n" + JSON.writeValueAsString(java.util.Map.of("id", "unknown", "html", html)) + "\n");
        assertThat(CliRun.of("extract", "--input", in.toString(), "--output", out.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(JSON.readTree(lines.get(0)).get("published").asText()).isEqualTo("2017-07-10");
        assertThat(JSON.readTree(lines.get(1)).get("published").asText()).isEqualTo("2017-07-10");
        assertThat(JSON.readTree(lines.get(2)).get("published").isNull()).isTrue();
        assertThat(JSON.readTree(lines.get(2)).get("text").asText()).startsWith("Der Gemeinderat");

        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "bad", "html", html, "fetched", "last week")) + "\n");
        CliRun bad = CliRun.of("extract", "--input", in.toString(), "--output", out.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("fetched");
        assertThat(JSON.readTree(Files.readAllLines(out, StandardCharsets.UTF_8).get(0)).get("error").asText())
                .contains("line 1").contains("\"fetched\" is not a date-time");
    }
}
