package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.store.ArticleFeatures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job end to end in local[2] on a folder of every input kind, including a WARC written here with
 * jwarc: articles come out in JSON and Parquet, copies are marked, and every bad input is a line of
 * the failure report (a record that is no HTML, a gzip member cut short, a page with no article, a
 * line that is not JSON) while the rest of the corpus goes through.
 */
class BatchJobTest {

    private static SparkSession spark;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The extractor's reasons for a page that holds no article (a listing, or no run of paragraphs). */
    private static final String NO_ARTICLE = "(not an article|no article text).*";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aMixedCorpusGoesThroughAndEveryBadInputIsReported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path pages = Files.createDirectories(in.resolve("pages"));
        Files.writeString(pages.resolve("bridge.html"), Fixtures.articlePage(Fixtures.BRIDGE_TITLE, Fixtures.BRIDGE));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("library.html.gz")))) {
            gz.write(Fixtures.articlePage(Fixtures.LIBRARY_TITLE, Fixtures.LIBRARY).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(pages.resolve("listing.html"), Fixtures.listingPage());
        String[] changed = Fixtures.LIBRARY.clone();
        changed[2] = changed[2].replace("four new staff", "five new staff");
        Files.writeString(in.resolve("wire.jsonl"), String.join("\n",
                JSON.writeValueAsString(Map.of("id", "wire-bridge", "title", Fixtures.BRIDGE_TITLE, "text", Fixtures.text(Fixtures.BRIDGE),
                        "published", "2024-03-04")),
                "{not json",
                JSON.writeValueAsString(Map.of("id", "wire-library", "text", Fixtures.text(changed), "url", "https://wire.example/library"))));
        Path warc = in.resolve("crawl.warc.gz");
        writeWarc(warc);

        Path out = tmp.resolve("out");
        BatchJob.Result result = BatchJob.run(spark, BatchOptions.parse("--input", in.toString(), "--output", out.toString()));

        List<JsonNode> articles = new ArrayList<>();
        for (String line : lines(out.resolve("json"))) {
            articles.add(JSON.readTree(line));
        }
        // in input order (files by path, then records in a file), the order `ingest --analyzed` stores them in
        assertThat(articles).extracting(a -> a.get("origin").asText().replaceFirst("^file:", "")).containsExactly(
                warc + "@0", pages.resolve("bridge.html").toString(), pages.resolve("library.html.gz").toString(),
                in.resolve("wire.jsonl") + ":1", in.resolve("wire.jsonl") + ":3");
        Map<String, JsonNode> byOrigin = new HashMap<>();
        articles.forEach(a -> byOrigin.put(a.get("origin").asText().replaceFirst("^file:", ""), a));
        assertThat(byOrigin.keySet()).containsExactlyInAnyOrder(pages.resolve("bridge.html").toString(),
                pages.resolve("library.html.gz").toString(), in.resolve("wire.jsonl") + ":1", in.resolve("wire.jsonl") + ":3",
                warc + "@0");
        for (JsonNode a : articles) {
            assertThat(a.get("summary").size()).as("summary of %s", a.get("id")).isBetween(1, 3);
            a.get("summary").forEach(s -> assertThat(a.get("text").asText()).contains(s.asText()));
            a.get("entities").forEach(e -> assertThat(a.get("text").asText().substring(e.get("start").asInt(), e.get("end").asInt()))
                    .isEqualTo(e.get("text").asText()));
        }
        for (JsonNode a : articles) {
            // the vector a library would compute for story grouping, so that loading the output runs no encoder
            float[] v = ArticleFeatures.decodeMeaning(a.path("meaning").asText(null));
            assertThat(v).as("meaning of %s", a.get("id")).isNotNull().hasSize(dev.precis.encoder.StaticMiniLm.DIMENSION);
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertThat(Math.sqrt(norm)).as("length of the meaning of %s", a.get("id")).isCloseTo(1.0, within(1e-4));
        }
        // the page and the WARC record carry the same headline and text: the same meaning
        assertThat(byOrigin.get(warc + "@0").get("meaning").asText())
                .isEqualTo(byOrigin.get(pages.resolve("bridge.html").toString()).get("meaning").asText());
        assertThat(byOrigin.get(warc + "@0").get("meaning").asText())
                .isNotEqualTo(byOrigin.get(pages.resolve("library.html.gz").toString()).get("meaning").asText());
        JsonNode wire = byOrigin.get(in.resolve("wire.jsonl") + ":1");
        assertThat(wire.get("id").asText()).isEqualTo("wire-bridge");
        assertThat(wire.get("title").asText()).isEqualTo(Fixtures.BRIDGE_TITLE);
        assertThat(wire.get("published").asText()).isEqualTo("2024-03-04");
        JsonNode fromWarc = byOrigin.get(warc + "@0");
        assertThat(fromWarc.get("url").asText()).isEqualTo("https://valley.example/news/bridge");
        assertThat(fromWarc.get("title").asText()).isEqualTo(Fixtures.BRIDGE_TITLE);

        // three copies of the bridge story, two of the library story: each later copy points at the first
        Map<String, String> dupOf = new HashMap<>();
        articles.forEach(a -> dupOf.put(a.get("id").asText(), a.get("duplicateOf").isNull() ? null : a.get("duplicateOf").asText()));
        assertThat(dupOf.values().stream().filter(v -> v != null).count()).isEqualTo(3);
        assertThat(result.duplicates()).isEqualTo(3);
        String firstBridge = articles.stream().filter(a -> a.get("title").asText().equals(Fixtures.BRIDGE_TITLE))
                .map(a -> a.get("id").asText()).sorted().findFirst().orElseThrow();
        assertThat(dupOf.get(firstBridge)).isNull();
        articles.stream().filter(a -> a.get("title").asText().equals(Fixtures.BRIDGE_TITLE) && !a.get("id").asText().equals(firstBridge))
                .forEach(a -> assertThat(a.get("duplicateOf").asText()).isEqualTo(firstBridge));
        String pageLibrary = byOrigin.get(pages.resolve("library.html.gz").toString()).get("id").asText();
        String firstLibrary = pageLibrary.compareTo("wire-library") < 0 ? pageLibrary : "wire-library";
        String laterLibrary = firstLibrary.equals(pageLibrary) ? "wire-library" : pageLibrary;
        assertThat(dupOf.get(firstLibrary)).isNull();
        assertThat(dupOf.get(laterLibrary)).isEqualTo(firstLibrary);

        Map<String, String> failures = new HashMap<>();
        for (String line : lines(out.resolve("failures"))) {
            JsonNode f = JSON.readTree(line);
            failures.put(f.get("origin").asText().replaceFirst("^file:", ""), f.get("reason").asText());
        }
        assertThat(failures).hasSize(5);
        assertThat(failures.get(pages.resolve("listing.html").toString())).matches(NO_ARTICLE);
        assertThat(failures.get(in.resolve("wire.jsonl") + ":2")).isEqualTo("not JSON");
        assertThat(failures.entrySet()).filteredOn(e -> e.getKey().startsWith(warc + "@"))
                .extracting(Map.Entry::getValue)
                .anySatisfy(r -> assertThat(r).startsWith("not HTML (image/png)"))
                .anySatisfy(r -> assertThat(r).matches(NO_ARTICLE))
                .anySatisfy(r -> assertThat(r).startsWith("truncated"));
        assertThat(result.failures()).isEqualTo(5);
        assertThat(result.articles()).isEqualTo(5);

        List<Row> rows = spark.read().parquet(out.resolve("parquet").toString()).collectAsList();
        assertThat(rows).hasSize(5);
        for (Row r : rows) {
            JsonNode a = articles.stream().filter(x -> x.get("origin").asText().equals(r.getAs("origin"))).findFirst().orElseThrow();
            assertThat(r.<String>getAs("text")).isEqualTo(a.get("text").asText());
            assertThat(r.getList(r.fieldIndex("summary"))).hasSize(a.get("summary").size());
            assertThat(r.getList(r.fieldIndex("entities"))).hasSize(a.get("entities").size());
            assertThat((Object) r.getAs("duplicateOf")).isEqualTo(a.get("duplicateOf").isNull() ? null : a.get("duplicateOf").asText());
            assertThat(r.<String>getAs("meaning")).isEqualTo(a.get("meaning").asText());
            // the extraction's dates are typed columns (declaredPublished: the original beside a change of record)
            assertThat((Object) r.getAs("declaredPublished"))
                    .isEqualTo(a.get("declaredPublished").isNull() ? null : a.get("declaredPublished").asText());
        }
        // local[2] runs its tasks in this JVM: the models were loaded once for all of them
        assertThat(PipelineHolder.loads).isEqualTo(1);
    }

    @Test
    void anExistingOutputIsRefusedWithoutOverwrite() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in2"));
        Files.writeString(in.resolve("a.txt"), Fixtures.text(Fixtures.LIBRARY));
        Path out = Files.createDirectories(tmp.resolve("out2"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> BatchJob.run(spark, BatchOptions.parse("--input", in.toString(), "--output", out.toString())))
                .hasMessageContaining("already exists");
        BatchJob.Result r = BatchJob.run(spark, BatchOptions.parse("--input", in.toString(), "--output", out.toString(), "--overwrite",
                "--no-meaning"));
        assertThat(r.articles()).isEqualTo(1);
        // --no-meaning: the line carries no vector (a library loading it computes its own, or none)
        List<String> lines = lines(out.resolve("json"));
        assertThat(lines).hasSize(1);
        assertThat(JSON.readTree(lines.get(0)).has("meaning")).isFalse();
    }

    /** A crawl: an article, a request, an image, a listing page, then a response whose gzip member is cut short. */
    private static void writeWarc(Path warc) throws IOException {
        long beforeLast;
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            w.write(response("https://valley.example/news/bridge", MediaType.HTML_UTF8,
                    Fixtures.articlePage(Fixtures.BRIDGE_TITLE, Fixtures.BRIDGE).getBytes(StandardCharsets.UTF_8)));
            w.write(new WarcRequest.Builder(URI.create("https://valley.example/logo.png"))
                    .body(new HttpRequest.Builder("GET", "/logo.png").addHeader("Host", "valley.example").build()).build());
            w.write(response("https://valley.example/logo.png", MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}));
            w.write(response("https://valley.example/local/", MediaType.HTML_UTF8, Fixtures.listingPage().getBytes(StandardCharsets.UTF_8)));
            beforeLast = w.position();
            w.write(response("https://valley.example/news/library", MediaType.HTML_UTF8,
                    Fixtures.articlePage(Fixtures.LIBRARY_TITLE, Fixtures.LIBRARY).getBytes(StandardCharsets.UTF_8)));
        }
        byte[] all = Files.readAllBytes(warc);
        long cut = beforeLast + (all.length - beforeLast) / 2;
        Files.write(warc, java.util.Arrays.copyOf(all, (int) cut));
    }

    private static WarcResponse response(String url, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }

    static List<String> lines(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                Files.readAllLines(f).stream().filter(l -> !l.isBlank()).forEach(out::add);
            }
        }
        return out;
    }
}
