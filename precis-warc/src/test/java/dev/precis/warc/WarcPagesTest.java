package dev.precis.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
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

class WarcPagesTest {

    @TempDir
    Path tmp;

    private static final Instant FETCHED = Instant.parse("2021-03-04T05:06:07Z");
    private static final String PAGE_A = "<html><body><p>The mill by the river opened its doors again.</p></body></html>";
    private static final String PAGE_B = "<html><body><p>A new footbridge now links both banks.</p></body></html>";

    /** request, page A, image, revisit (of an HTML page), page B, then page C in a gzip member cut in half. */
    static byte[] crawl(WarcCompression compression, boolean cutLast) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long beforeLast;
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            w.write(new WarcRequest.Builder(URI.create("https://river.example/mill"))
                    .body(new HttpRequest.Builder("GET", "/mill").addHeader("Host", "river.example").build()).build());
            w.write(response("https://river.example/mill", "text/html; charset=utf-8", PAGE_A.getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://river.example/mill.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}));
            w.write(new WarcRevisit.Builder(URI.create("https://river.example/mill"), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .date(FETCHED).body(new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build()).build());
            w.write(response("https://river.example/bridge", "application/xhtml+xml", PAGE_B.getBytes(StandardCharsets.UTF_8)));
            beforeLast = w.position();
            w.write(response("https://river.example/weir", "text/html", PAGE_A.replace("mill", "weir").getBytes(StandardCharsets.UTF_8)));
        }
        byte[] all = out.toByteArray();
        return cutLast ? java.util.Arrays.copyOf(all, (int) (beforeLast + (all.length - beforeLast) / 2)) : all;
    }

    private static WarcResponse response(String url, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
    }

    private static List<WarcPages.Entry> all(WarcPages pages) {
        List<WarcPages.Entry> out = new ArrayList<>();
        pages.forEachRemaining(out::add);
        return out;
    }

    @Test
    void eachRecordIsAPageOrSkippedAndACutGzipMemberEndsTheFileAfterThePagesBeforeIt() throws Exception {
        byte[] warc = crawl(WarcCompression.GZIP, true);
        List<WarcPages.Entry> entries = all(WarcPages.read(new ByteArrayInputStream(warc), true, 1000));
        assertThat(entries).extracting(WarcPages.Entry::kind).containsExactly(WarcPages.Kind.OTHER, WarcPages.Kind.PAGE,
                WarcPages.Kind.NOT_HTML, WarcPages.Kind.REVISIT, WarcPages.Kind.PAGE, WarcPages.Kind.BAD);
        WarcPages.Entry a = entries.get(1);
        assertThat(a.url()).isEqualTo("https://river.example/mill");
        assertThat(a.date()).isEqualTo("2021-03-04T05:06:07Z");
        assertThat(new String(a.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE_A);
        assertThat(a.contentType()).isEqualToIgnoringWhitespace("text/html; charset=utf-8");
        assertThat(entries.get(2).payloadType()).isEqualTo("image/png");
        assertThat(entries.get(4).url()).isEqualTo("https://river.example/bridge");
        WarcPages.Entry bad = entries.get(5);
        assertThat(bad.number()).isEqualTo(6);
        assertThat(bad.offset()).isGreaterThan(entries.get(4).offset());
        assertThat(WarcPages.problem(bad.error())).startsWith("truncated");
        assertThat(entries).extracting(WarcPages.Entry::number).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aFileOfNoiseIsOneBadRecordWhoseProblemQuotesNoneOfItsBytes() throws Exception {
        byte[] noise = new byte[600];
        new java.util.Random(38).nextBytes(noise);
        noise[0] = 'x';
        List<WarcPages.Entry> entries = all(WarcPages.read(new ByteArrayInputStream(noise), false, 1000));
        assertThat(entries).extracting(WarcPages.Entry::kind).containsExactly(WarcPages.Kind.BAD);
        String problem = WarcPages.problem(entries.get(0).error());
        assertThat(problem).startsWith("cannot read: invalid WARC record at position ").endsWith(" (no WARC record header there)")
                .doesNotContain("HERE").matches("[ -~]+");
    }

    @Test
    void withoutBodiesAPageKeepsItsPlaceAndPageAtReadsItBack() throws Exception {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path file = tmp.resolve("crawl-" + c + ".warc");
            Files.write(file, crawl(c, false));
            List<WarcPages.Entry> listed = all(WarcPages.read(Files.newInputStream(file), false, 1000));
            List<WarcPages.Entry> pages = listed.stream().filter(e -> e.kind() == WarcPages.Kind.PAGE).toList();
            assertThat(pages).hasSize(3).allSatisfy(e -> assertThat(e.body()).isNull());
            WarcPages.Entry b = WarcPages.pageAt(file, pages.get(1).offset(), pages.get(1).id(), 1000).orElseThrow();
            assertThat(new String(b.body(), StandardCharsets.UTF_8)).as(c.toString()).isEqualTo(PAGE_B);
            assertThat(WarcPages.pageAt(file, pages.get(1).offset(), "urn:uuid:00000000-0000-0000-0000-000000000000", 1000)).isEmpty();
        }
    }

    @Test
    void aFileGzippedAsOneStreamIsStillReadPageByPage() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(crawl(WarcCompression.NONE, false));
        }
        Path file = tmp.resolve("one-stream.warc.gz");
        Files.write(file, gz.toByteArray());
        List<WarcPages.Entry> pages = all(WarcPages.read(Files.newInputStream(file), false, 1000)).stream()
                .filter(e -> e.kind() == WarcPages.Kind.PAGE).toList();
        assertThat(pages).hasSize(3);
        for (WarcPages.Entry listed : pages) {
            WarcPages.Entry read = WarcPages.pageAt(file, listed.offset(), listed.id(), 1000).orElseThrow();
            assertThat(read.url()).isEqualTo(listed.url());
            assertThat(read.body()).isNotEmpty();
        }
    }

    @Test
    void aPageLargerThanTheLimitSaysSoByItsLength() throws Exception {
        List<WarcPages.Entry> entries = all(WarcPages.read(new ByteArrayInputStream(crawl(WarcCompression.NONE, false)), true, 20));
        assertThat(entries).filteredOn(e -> e.kind() == WarcPages.Kind.PAGE).allSatisfy(e -> assertThat(e.body()).hasSize(21));
    }
}
