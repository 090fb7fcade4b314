package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.analysis.Analyzer;
import dev.precis.pipeline.AnalyzedJson;
import dev.precis.pipeline.Precis;
import dev.precis.store.ArticleFeatures;
import dev.precis.store.ArticleView;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.LibraryEntry;
import dev.precis.store.SearchQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis ingest --analyzed}: lines of the job's output go into a library as analysed there. */
class AnalyzedLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static final String PIER = "The harbour council in Portmere voted on Tuesday to rebuild the old stone pier.\n\n"
            + "\"We cannot wait another winter,\" said Mayor Ellen Brook, who led the campaign for the repairs.\n\n"
            + "Work will start next month and cost about two million euros, the council said in a statement.";
    private static final String FERRY = "The ferry strike on the northern islands ended on Thursday after three days of talks.\n\n"
            + "Union leader Marta Quill said the new contract raised pay by four percent over two years.\n\n"
            + "Crossings to the islands will resume on Friday morning, the ferry company said.";

    private static String line(String id, String title, String text, String duplicateOf) throws Exception {
        AnalyzedArticle a = Analyzer.loadDefault().analyze(Article.of(id, title, text, List.of()).withPublished("2024-05-07"));
        ObjectNode o = AnalyzedJson.write(JSON, "batch:" + id, null, a, Precis.builder().build().summarize(a, SummaryLength.DEFAULT));
        if (duplicateOf != null) {
            o.put("duplicateOf", duplicateOf);
        }
        return JSON.writeValueAsString(o);
    }

    @Test
    void storesTheAnalysisAsWrittenReportsBadLinesAndKeepsCopiesAsCopies() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out/json"));
        Files.write(out.resolve("part-00000"), List.of(line("pier", "Portmere will rebuild its pier", PIER, null), "{broken"));
        Files.write(out.resolve("part-00001"), List.of(line("ferry", "Ferry strike ends", FERRY, null),
                line("pier-copy", "Portmere will rebuild its pier", PIER, "pier")));
        Files.writeString(out.resolve("_SUCCESS"), "");
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            IngestReport r = new AnalyzedLoader(lib, p -> { }).load(List.of(out.toString()), null);
            assertThat(r.items()).isEqualTo(4);
            assertThat(r.added()).isEqualTo(2);
            assertThat(r.duplicates() + r.nearDuplicates()).isEqualTo(1);
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.origin()).isEqualTo(out.resolve("part-00000") + ":2");
                assertThat(f.reason()).isEqualTo("not JSON");
            });
            assertThat(lib.size()).isEqualTo(2);
            assertThat(lib.search(SearchQuery.of("ferry")).total()).isEqualTo(1);
            long id = lib.search(SearchQuery.of("Portmere")).hits().get(0).articleId();
            ArticleView view = lib.article(id).orElseThrow();
            AnalyzedJson.Parsed written = AnalyzedJson.read(JSON.readTree(Files.readAllLines(out.resolve("part-00000")).get(0)));
            // stored as the line says: its summary, quotes and times, not a new analysis
            assertThat(view.summary()).isEqualTo(written.summary().texts(PIER));
            assertThat(view.quotes()).isEqualTo(written.analyzed().quotes());
            assertThat(view.times()).isEqualTo(written.analyzed().times());
            assertThat(view.entities()).extracting(e -> e.canonical()).containsAll(
                    written.analyzed().entities().stream().map(e -> e.canonical()).toList());
            assertThat(view.copies()).hasSize(1);
        }
    }

    @Test
    void aCopyReadBeforeTheArticleItRepeatsKeepsItsAnalysis() throws Exception {
        // the job names the first copy by id, but its output is in partition order: here the copy comes first,
        // and the article it names is never in the input at all
        Path out = Files.createDirectories(tmp.resolve("out/json"));
        Files.write(out.resolve("part-00000"), List.of(line("pier-copy", "Portmere will rebuild its pier", PIER, "pier"),
                line("ferry", "Ferry strike ends", FERRY, null)));
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            IngestReport r = new AnalyzedLoader(lib, p -> { }).load(List.of(out.toString()), null);
            assertThat(r.added()).isEqualTo(2);
            long id = lib.search(SearchQuery.of("Portmere")).hits().get(0).articleId();
            ArticleView view = lib.article(id).orElseThrow();
            AnalyzedJson.Parsed written = AnalyzedJson.read(JSON.readTree(Files.readAllLines(out.resolve("part-00000")).get(0)));
            assertThat(view.summary()).isNotEmpty().isEqualTo(written.summary().texts(PIER));
            assertThat(view.quotes()).isNotEmpty().isEqualTo(written.analyzed().quotes());
            assertThat(view.entities()).extracting(e -> e.canonical()).contains("Ellen Brook");
        }
    }

    @Test
    void aLineCarryingAMeaningVectorOfTheEncodersLengthKeepsItAndOtherLinesAreEncodedByTheLibrary() throws Exception {
        float[] given = new float[8];
        given[3] = 1;
        ObjectNode pier = (ObjectNode) JSON.readTree(line("pier", "Portmere will rebuild its pier", PIER, null));
        pier.put("meaning", ArticleFeatures.encodeMeaning(given));
        Path out = Files.createDirectories(tmp.resolve("out2/json"));
        Files.write(out.resolve("part-00000"), List.of(JSON.writeValueAsString(pier), line("ferry", "Ferry strike ends", FERRY, null)));
        AtomicInteger encoded = new AtomicInteger();
        float[] computed = new float[8];
        computed[5] = 1;
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib2")))) {
            lib.meaningWith(a -> {
                encoded.incrementAndGet();
                return computed;
            });
            IngestReport r = new AnalyzedLoader(lib, p -> { }).load(List.of(out.toString()), null);
            assertThat(r.added()).isEqualTo(2);
            // the ferry line had no vector of its own; the encoder may also have run once to learn its vectors'
            // length, when the pier line was prepared first (lines are prepared on several threads)
            assertThat(encoded.get()).isBetween(1, 2);
        }
        // prepared for a library that does not hold it yet: the given vector, else the library's own
        AnalyzedJson.Parsed parsed = AnalyzedJson.read(pier);
        LibraryEntry entry = new LibraryEntry(parsed.analyzed(), parsed.summary(), "wire", "elsewhere");
        encoded.set(0);
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib3")))) {
            lib.meaningWith(a -> {
                encoded.incrementAndGet();
                return computed;
            });
            Library.Prepared withVector = lib.prepare(entry, ArticleFeatures.decodeMeaning(pier.get("meaning").asText()));
            assertThat(withVector.features().meaning()).containsExactly(given);
            assertThat(encoded).as("once, to learn the encoder's vector length").hasValue(1);
            assertThat(lib.prepare(entry, given).features().meaning()).containsExactly(given);
            assertThat(encoded).as("a vector of the encoder's length is taken as it is").hasValue(1);
            assertThat(lib.prepare(entry).features().meaning()).containsExactly(computed);
            assertThat(encoded).hasValue(2);
            // a vector of another length is another encoder's (output made before the library changed
            // encoders): the library encodes the article itself
            assertThat(lib.prepare(entry, new float[] {0, 1, 0}).features().meaning()).containsExactly(computed);
            assertThat(encoded).hasValue(3);
        }
        // a library without an encoder (--no-meaning) keeps no vector, whatever the line carries
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib4")))) {
            assertThat(lib.prepare(entry, given).features().meaning()).isNull();
        }
    }

    @Test
    void aLineFromAFileTakesTheSourceAFullIngestOfThatFileGives() throws Exception {
        AnalyzedArticle a = Analyzer.loadDefault().analyze(Article.of("pier", "Portmere will rebuild its pier", PIER, List.of()));
        ObjectNode o = AnalyzedJson.write(JSON, "file:/data/desks/harbour/7.txt", null, a,
                Precis.builder().build().summarize(a, SummaryLength.DEFAULT));
        Path out = Files.createDirectories(tmp.resolve("out/json"));
        Files.write(out.resolve("part-00000"), List.of(JSON.writeValueAsString(o)));
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            new AnalyzedLoader(lib, p -> { }).load(List.of(out.toString()), null);
            long id = lib.search(SearchQuery.of("Portmere")).hits().get(0).articleId();
            // `precis ingest /data/desks` names a text file's source after its folder
            assertThat(lib.article(id).orElseThrow().source()).isEqualTo("harbour");
        }
        assertThat(AnalyzedLoader.fileSource("file:/data/feeds/wire.jsonl:12")).isEqualTo("wire");
        assertThat(AnalyzedLoader.fileSource("s3a://bucket/wire.ndjson.gz:3")).isEqualTo("wire");
        assertThat(AnalyzedLoader.fileSource("file:/data/desks/harbour/page.html")).isEqualTo("harbour");
        assertThat(AnalyzedLoader.fileSource("file:/top.txt")).isEqualTo("batch");
        assertThat(AnalyzedLoader.fileSource("batch:pier")).isEqualTo("batch");
        assertThat(AnalyzedLoader.fileSource(null)).isEqualTo("batch");
    }
    @Test
    void theProgressTotalCountsInTheBytesTheLinesTheReaderKeeps() throws Exception {
        String[] texts = {
            "",
            "{\"a\": 1}\n\n  \t\n{\"b\": 2}",
            "first\r\nsecond\r\n\r\n   \r\nthird\rfourth\n",
            " \u000b\f\u001c\n\u3000\u2028\n\u00a0\n\u3000x\n caf\u00e9 \n\u00e9t\u00e9\n",
            "\n\n\r\r \n",
            "no end of line",
            "\u3000\u3000",
            "\u00a0",
            "\ufffdbroken\n\u2003\n",
        };
        for (String text : texts) {
            long expected = new java.io.BufferedReader(new java.io.StringReader(text)).lines().filter(l -> !l.isBlank()).count();
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(AnalyzedLoader.nonBlankLines(new java.io.ByteArrayInputStream(bytes))).as(text).isEqualTo(expected);
        }
        // a malformed byte is a replacement character when read: a line of it is not blank either way
        byte[] malformed = {' ', (byte) 0xff, '\n', (byte) 0xe3, (byte) 0x80, (byte) 0x80, '\n'};
        long expected = new java.io.BufferedReader(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(malformed),
                java.nio.charset.StandardCharsets.UTF_8)).lines().filter(l -> !l.isBlank()).count();
        assertThat(AnalyzedLoader.nonBlankLines(new java.io.ByteArrayInputStream(malformed))).isEqualTo(expected).isEqualTo(1);
    }
}
