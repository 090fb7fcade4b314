package dev.precis.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file ({@code .warc} or {@code .warc.gz}, one gzip member per record), read
 * record by record with jwarc (the maintained WARC library of the web-archiving community; it
 * detects compression and decodes chunked and compressed HTTP bodies). Response records with an HTML
 * payload become documents (id: the WARC-Record-ID; url: the target URI). A response of another type
 * (an image, a PDF) is reported; request, metadata and warcinfo records are not documents and are
 * passed over. A record that cannot be parsed, or a gzip member cut short, ends the file with one
 * failure naming the byte offset; the records before it are kept. Not thread-safe.
 */
final class WarcDocs {

    private WarcDocs() {
    }

    static Iterator<Doc> read(String file, InputReader.Source source) {
        return new InputReader.Pull() {
            WarcReader reader;

            @Override
            Doc pull() {
                long offset = 0;
                try {
                    if (reader == null) {
                        InputStream in = source.open();
                        reader = new WarcReader(in);
                    }
                    offset = reader.position();
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        return finish(reader);
                    }
                    return next.get() instanceof WarcResponse response ? page(response, file + "@" + offset) : null;
                } catch (IOException | RuntimeException e) {
                    Doc failed = Doc.failed(file + "@" + offset, InputReader.problem(e));
                    finish(reader);
                    return failed;
                }
            }
        };
    }

    private static Doc page(WarcResponse response, String origin) throws IOException {
        String url = response.target();
        MediaType type = response.payloadType().base();
        boolean html = type.type().equals("text") && type.subtype().equals("html")
                || type.type().equals("application") && type.subtype().equals("xhtml+xml");
        if (!html) {
            return Doc.failed(origin, "not HTML (" + type + "): " + url);
        }
        byte[] bytes;
        try (InputStream body = response.http().bodyDecoded().stream()) {
            bytes = body.readNBytes(InputReader.MAX_BYTES + 1);
        }
        if (bytes.length > InputReader.MAX_BYTES) {
            return Doc.failed(origin, "page larger than " + InputReader.MAX_BYTES / (1024 * 1024) + " MB: " + url);
        }
        String contentType = response.http().headers().first("Content-Type").orElse(null);
        String page = InputReader.decode(bytes, contentType);
        // the record's date is when the crawler fetched the page: "3 hours ago" counts from it
        return new Doc(response.id().toString(), origin, url, page, true, null, null, response.date().toString(), null);
    }
}
