package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
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

/** {@code precis ingest FILE.warc.gz}: the HTML articles of a web archive, every other record counted or named. */
class IngestWarcCommandTest {

    @TempDir
    Path dir;

    private static final Instant FETCHED = Instant.parse("2019-10-03T08:00:00Z");

    private static String article(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html><head><title>").append(title).append("</title></head><body><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    private static WarcResponse response(String url, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
    }

    /** A request, an orchard article, an image, a revisit, a tram article, then a vineyard article cut short. */
    private Path crawl() throws IOException {
        Path warc = dir.resolve("autumn.warc.gz");
        long beforeLast;
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new WarcRequest.Builder(URI.create("https://valley.example/orchard"))
                    .body(new HttpRequest.Builder("GET", "/orchard").addHeader("Host", "valley.example").build()).build());
            w.write(response("https://valley.example/orchard", "text/html; charset=utf-8", article("Orchard harvest comes in early",
                    "Growers in the valley began picking apples two weeks earlier than usual after a warm and dry summer.",
                    "The cooperative said the crop was smaller than last year but the fruit was sweeter and larger.",
                    "Seasonal workers arrived from the coast on Monday, and the first trucks left for the markets on Tuesday.")
                    .getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://valley.example/apple.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
            w.write(new WarcRevisit.Builder(URI.create("https://valley.example/orchard"), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .date(FETCHED).body(new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build()).build());
            w.write(response("https://city.example/tram", "text/html", article("New tram line opens to the airport",
                    "The city's new tram line to the airport carried its first passengers on Saturday morning.",
                    "Trams will run every eight minutes at peak hours, and the ride from the central station takes twenty minutes.",
                    "The transport authority said the line cost four hundred million euros and was finished on schedule.")
                    .getBytes(StandardCharsets.UTF_8)));
            beforeLast = w.position();
            w.write(response("https://hills.example/vineyard", "text/html", article("Vineyards expect a fine vintage",
                    "Winemakers on the southern hills said the grapes were healthy and the vintage promised to be a good one.",
                    "Picking will start next week, a little earlier than usual, because of the warm September days.",
                    "Several estates are hiring extra hands this year, the growers' association said in a statement.")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        byte[] all = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(all, (int) (beforeLast + (all.length - beforeLast) / 2)));
        return warc;
    }

    @Test
    void ingestsExactlyTheHtmlArticlesAndNamesTheCutRecordInOneLine() throws Exception {
        Path warc = crawl();
        Path lib = dir.resolve("lib");
        CliRun run = CliRun.of("ingest", "--quiet", "--data", lib.toString(), warc.toString());
        // plan56: a load with a failed item exits 2, the rest stored (main: 0)
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).contains("ingested 2 items").contains("2 added").contains("1 failed").contains("library: 2 articles");
        assertThat(run.out().lines().filter(l -> l.contains("failed: ")).toList()).singleElement()
                .satisfies(l -> assertThat(l).contains(warc + "@").contains("record 6: truncated"));
        assertThat(run.err()).contains("precis: " + warc + ": 3 WARC records skipped (1 not HTML, 1 revisit, 1 request/metadata/other)")
                .doesNotContain("Exception");
        assertThat(CliRun.of("search", "--data", lib.toString(), "tram").out()).contains("New tram line opens to the airport");
        assertThat(CliRun.of("search", "--data", lib.toString(), "vineyard").out()).doesNotContain("Vineyards expect");
    }

    @Test
    void theHelpNamesWarcFiles() {
        CliRun run = CliRun.of("ingest", "--help");
        assertThat(run.out()).contains(".warc").contains("WARC-Target-URI").contains("WARC-Date");
    }
}
