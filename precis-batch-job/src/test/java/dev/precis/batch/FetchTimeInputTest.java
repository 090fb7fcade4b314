package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.extract.FetchTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A stored page's fetch time reaches the extractor: a WARC record's date, a JSONL line's "fetched"
 * (ISO-8601 or an HTTP date; anything else is that line's failure), none for a plain file, so that
 * "vor 2 Tagen" counts back from the fetch and is not read at all when nobody knows it. Pages written
 * for this test.
 */
class FetchTimeInputTest {

    private static final Instant FETCHED = Instant.parse("2017-07-12T10:00:00Z");

    private static String page(String shown) {
        String sentence = "Der Gemeinderat hat am Abend lange über die neue Brücke beraten, die den Fluss an der alten Mühle überqueren soll. ";
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"de\"><head><title>Brücke</title></head>"
                + "<body><article><h1>Neue Brücke über den Fluss</h1><div class=meta>" + shown + "</div>");
        for (int i = 0; i < 5; i++) {
            b.append("<p>").append(sentence).append(sentence, 0, 50 + i).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    @Test
    void aJsonLineCarriesItsFetchTimeInEitherFormAndAnUnreadableOneIsThatLinesFailure() {
        Doc iso = InputReader.jsonDoc("in.jsonl:1", "{\"id\":\"a\",\"html\":\"<p>x</p>\",\"fetched\":\"2017-07-12T12:00:00+02:00\"}");
        assertThat(iso.failure()).isNull();
        assertThat(iso.fetched()).isEqualTo(FETCHED.toString());
        Doc http = InputReader.jsonDoc("in.jsonl:2", "{\"id\":\"b\",\"html\":\"<p>x</p>\",\"fetched\":\"Wed, 12 Jul 2017 10:00:00 GMT\"}");
        assertThat(http.fetched()).isEqualTo(FETCHED.toString());
        assertThat(InputReader.jsonDoc("in.jsonl:3", "{\"id\":\"c\",\"html\":\"<p>x</p>\"}").fetched()).isNull();
        Doc bad = InputReader.jsonDoc("in.jsonl:4", "{\"id\":\"d\",\"html\":\"<p>x</p>\",\"fetched\":\"last Tuesday\"}");
        assertThat(bad.failure()).isEqualTo(FetchTime.PROBLEM);
    }

    @Test
    void aWarcRecordsDateIsItsFetchTime() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.HTML_UTF8, page("vor 2 Tagen").getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(URI.create("https://valley.example/news/bruecke")).date(FETCHED).body(http).build());
        }
        Iterator<Doc> docs = InputReader.read("crawl.warc", () -> new ByteArrayInputStream(bytes.toByteArray()));
        Doc d = docs.next();
        assertThat(d.failure()).isNull();
        assertThat(d.fetched()).isEqualTo(FETCHED.toString());
    }

    @Test
    void theJobCountsRelativeDatesFromTheFetchTimeAndReadsNoneWithoutIt() {
        ArticleProcessor processor = PipelineHolder.processor();
        Doc fetched = new Doc("a", "crawl.warc@0", null, page("vor 2 Tagen"), true, null, null, FETCHED.toString(), null);
        Outcome o = processor.process(fetched, false);
        assertThat(o.failure()).isNull();
        assertThat(o.json()).contains("\"published\":\"2017-07-10\"");
        Doc unknown = new Doc("b", "page.html", null, page("vor 2 Tagen"), true, null, null, null, null);
        Outcome u = processor.process(unknown, false);
        assertThat(u.failure()).isNull();
        assertThat(u.json()).contains("\"published\":null");
    }
}
