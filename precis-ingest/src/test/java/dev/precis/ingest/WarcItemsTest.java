package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.pipeline.Precis;
import dev.precis.store.ArticleView;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.SearchQuery;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

class WarcItemsTest {

    @TempDir
    Path tmp;

    private static final Instant FETCHED = Instant.parse("2017-07-12T10:00:00Z");

    static String article(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html lang=\"de\"><head><title>").append(title).append("</title></head><body><article><h1>")
                .append(title).append("</h1><p class=meta>vor 2 Tagen</p>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    static final String PIER = article("Hafen baut Mole neu",
            "Residents of the harbour town voted on Sunday to rebuild the old stone pier that storms damaged last winter.",
            "The council said the work would start in the spring and cost about two million euros, shared with the regional fund.",
            "Fishermen welcomed the vote, saying the damaged pier had forced their boats to moor in the neighbouring bay for months.");
    static final String FERRY = article("Ferry adds a second crossing",
            "The ferry company said it would add a second daily crossing to the islands from June onwards.",
            "Its new boat, built at the yard across the bay, seats two hundred passengers and carries twenty cars.",
            "Islanders had asked for a later return crossing for years, so that day trips to the mainland become possible.");
    static final String LIGHTHOUSE = article("Lighthouse reopens",
            "The restored lighthouse on the northern cape reopened to visitors this weekend after a long repair of its lantern.",
            "Volunteers guided the first groups up the 140 steps, and the keeper's cottage now houses a small museum about the coast.",
            "The regional tourism office expects some ten thousand visitors in the first summer, most of them hikers on the coast path.");

    /**
     * A crawl: a request, the pier article, an image, a revisit of the pier page, the ferry article, then the
     * lighthouse article in a gzip member cut in half (when {@code cut}).
     */
    static void writeCrawl(Path warc, WarcCompression compression, boolean cut) throws IOException {
        long beforeLast;
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            w.write(new WarcRequest.Builder(URI.create("https://harbour.example/pier"))
                    .body(new HttpRequest.Builder("GET", "/pier").addHeader("Host", "harbour.example").build()).build());
            w.write(response("https://harbour.example/pier", MediaType.HTML_UTF8, PIER.getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://harbour.example/pier.png", MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            w.write(new WarcRevisit.Builder(URI.create("https://harbour.example/pier"), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .date(FETCHED).body(new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build()).build());
            w.write(response("https://ferry.example/crossing", MediaType.HTML_UTF8, FERRY.getBytes(StandardCharsets.UTF_8)));
            beforeLast = w.position();
            w.write(response("https://cape.example/lighthouse", MediaType.HTML_UTF8, LIGHTHOUSE.getBytes(StandardCharsets.UTF_8)));
        }
        if (cut) {
            byte[] all = Files.readAllBytes(warc);
            Files.write(warc, java.util.Arrays.copyOf(all, (int) (beforeLast + (all.length - beforeLast) / 2)));
        }
    }

    private static WarcResponse response(String url, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body).build();
        return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
    }

    private Ingester ingester(Library lib) {
        return Ingester.builder(lib, Precis.builder().build()).threads(2).build();
    }

    @Test
    void theHtmlPagesOfAWarcFileAreIngestedAndEverythingElseIsCountedOrNamed() throws Exception {
        Path warc = tmp.resolve("crawl.warc.gz");
        writeCrawl(warc, WarcCompression.GZIP, true);
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            IngestReport r = ingester(lib).ingest(List.of(warc.toString()), null);
            assertThat(r.items()).isEqualTo(2);
            assertThat(r.added()).as(r.failures().toString()).isEqualTo(2);
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.origin()).startsWith(warc + "@");
                assertThat(f.reason()).startsWith("record 6: truncated").doesNotContain("\n");
            });
            assertThat(r.notes()).containsExactly(warc + ": 3 WARC records skipped (1 not HTML, 1 revisit, 1 request/metadata/other)");
            ArticleView pier = lib.article(1).orElseThrow();
            assertThat(pier.article().url()).isEqualTo("https://harbour.example/pier");
            assertThat(pier.source()).isEqualTo("harbour.example");
            // "vor 2 Tagen" counts back from the record's WARC-Date, not from today
            assertThat(pier.article().published()).isEqualTo("2017-07-10");
            assertThat(lib.article(2).orElseThrow().article().url()).isEqualTo("https://ferry.example/crossing");
            assertThat(lib.search(SearchQuery.of("lighthouse")).total()).isZero();
        }
    }

    @Test
    void aFolderOfPlainWarcFilesIsReadLikeOneFileAndASourceOverrideHolds() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("crawls"));
        writeCrawl(folder.resolve("a.warc"), WarcCompression.NONE, false);
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib2")))) {
            IngestReport r = ingester(lib).ingest(List.of(folder.toString()), "crawl");
            assertThat(r.failures()).isEmpty();
            assertThat(r.added()).isEqualTo(3);
            assertThat(lib.article(3).orElseThrow().article().url()).isEqualTo("https://cape.example/lighthouse");
            assertThat(lib.article(3).orElseThrow().source()).isEqualTo("crawl");
        }
    }
}
