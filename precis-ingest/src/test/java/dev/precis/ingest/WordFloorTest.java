package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.precis.extract.InternalAllowList;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.pipeline.AnalyzedJson;
import dev.precis.pipeline.Precis;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way into a library shares {@link ArticleWords}' floor: files and folders, a feed file, precis-batch
 * output and a feed poll skip a text under {@link ArticleWords#MIN_WORDS} words with a one-line reason,
 * and the rest of the batch is stored. (The server's routes are tested in precis-server.) Invented texts.
 */
class WordFloorTest {

    private static final String PIER = "The harbour council of Lowmere voted on Tuesday to rebuild the old stone pier"
            + " before the winter storms, after engineers found that two of its timber supports had rotted through"
            + " and the ferry landing had begun to sink by several centimetres every month.";
    private static final String FERRY = "The ferry strike on the northern islands of Lowmere ended on Thursday after three days"
            + " of talks, when the union accepted a contract that raises pay by four percent over two years and"
            + " promises new crews for the winter crossings to the outer islands.";
    private static final String SHORT_REASON = "text: 2 words is no article; at least 5 words are needed";

    @TempDir
    Path tmp;

    @Test
    void filesAndAFeedFileSkipAShortTextWithItsReasonAndStoreTheRest() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(folder.resolve("a-pier.txt"), "Pier to be rebuilt\n\n" + PIER);
        Files.writeString(folder.resolve("b-hello.txt"), "Hello world");
        Path feed = tmp.resolve("gazette.rss");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lowmere Gazette</title>"
                + "<link>https://gazette.example/</link><description>d</description>"
                + "<item><title>Strike ends</title><description>" + FERRY + "</description></item>"
                + "<item><title>Note</title><description>Ferry late</description></item>"
                + "</channel></rss>");
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            IngestReport r = Ingester.builder(lib, Precis.builder().build()).threads(1).build()
                    .ingest(List.of(folder.toString(), feed.toString()), null);
            // main stored the note and "Hello world" (no floor outside the server), and failed the pier item of the
            // feed file: its plain-text description was read as a page ("not HTML")
            assertThat(r.added()).as(r.toString()).isEqualTo(2);
            assertThat(r.failures()).extracting(IngestFailure::reason)
                    // the feed's three-word note is a page of a heading and one short line: the extractor refuses it first
                    .containsExactly(SHORT_REASON, "no article text found: the page has no run of paragraphs (a home page, index or error page?)");
            assertThat(r.failures().get(0).origin()).endsWith("b-hello.txt");
            assertThat(lib.size()).isEqualTo(2);
        }
    }

    @Test
    void precisBatchOutputSkipsAShortLine() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Precis precis = Precis.builder().build();
        Path out = Files.createDirectories(tmp.resolve("out/json"));
        AnalyzedArticle pier = dev.precis.nlp.analysis.Analyzer.loadDefault().analyze(Article.of("pier", "Pier to be rebuilt", PIER, List.of()));
        AnalyzedArticle hello = dev.precis.nlp.analysis.Analyzer.loadDefault().analyze(Article.of("hello", "", "Hello world", List.of()));
        Files.write(out.resolve("part-00000"), List.of(
                json.writeValueAsString(AnalyzedJson.write(json, "batch:pier", null, pier, precis.summarize(pier, SummaryLength.DEFAULT))),
                json.writeValueAsString(AnalyzedJson.write(json, "batch:hello", null, hello, precis.summarize(hello, SummaryLength.DEFAULT)))));
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            IngestReport r = new AnalyzedLoader(lib, p -> { }).load(List.of(out.toString()), null);
            assertThat(r.added()).as(r.toString()).isEqualTo(1);
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.origin()).isEqualTo(out.resolve("part-00000") + ":2");
                assertThat(f.reason()).isEqualTo(SHORT_REASON);
            });
        }
    }

    @Test
    void aPollSkipsAShortItemAndStoresTheOthers() throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lowmere Gazette</title>"
                + "<link>https://gazette.example/</link><description>d</description>"
                + "<item><title>Pier to be rebuilt</title><guid>pier</guid><description>" + PIER + "</description></item>"
                + "<item><title>Note</title><guid>note</guid><description>Ferry late</description></item>"
                + "</channel></rss>";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            byte[] bytes = rss.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        server.start();
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
            lib.subscriptions().add(url, null, null, Duration.ofMinutes(30), Instant.now()).orElseThrow();
            Ingester ingester = Ingester.builder(lib, Precis.builder().build()).threads(1).build();
            PollReport report;
            try (FeedPoller poller = FeedPoller.builder(ingester).hostGap(Duration.ofMillis(10)).fetchTimeout(Duration.ofSeconds(5))
                    .unsafeAllowInternalAddresses(InternalAllowList.parse(List.of("127.0.0.1"))).build()) {
                report = poller.pollNow();
            }
            FeedResult f = report.feeds().get(0);
            assertThat(f.added()).as(f.toString()).isEqualTo(1);
            assertThat(f.failed()).as(f.toString()).isEqualTo(1);
            assertThat(lib.size()).isEqualTo(1);
            assertThat(lib.logCounts()).as("the skipped item is in the ingestion log").containsKey("FAILED");
        } finally {
            server.stop(0);
        }
    }
}
