package dev.precis.batch;

import dev.precis.warc.WarcPages;
import java.io.IOException;
import java.util.Iterator;

/**
 * The HTML pages of a WARC file ({@code .warc} or {@code .warc.gz}) as documents, read record by record
 * with {@link WarcPages} (shared with {@code precis ingest}, so both take the same records as pages).
 * Response records with an HTML payload become documents (id: the WARC-Record-ID; url: the target URI;
 * fetched: the WARC-Date). A response of another type (an image, a PDF) is reported; revisit, request,
 * metadata and warcinfo records are not documents and are passed over. A record that cannot be parsed,
 * or a gzip member cut short, ends the file with one failure naming the byte offset; the records before
 * it are kept. Not thread-safe.
 */
final class WarcDocs {

    private WarcDocs() {
    }

    static Iterator<Doc> read(String file, InputReader.Source source) {
        return new InputReader.Pull() {
            WarcPages pages;

            @Override
            Doc pull() {
                try {
                    if (pages == null) {
                        pages = WarcPages.read(source.open(), true, InputReader.MAX_BYTES);
                    }
                } catch (IOException | RuntimeException e) {
                    Doc failed = Doc.failed(file + "@0", InputReader.problem(e));
                    finish(null);
                    return failed;
                }
                if (!pages.hasNext()) {
                    return finish(pages);
                }
                WarcPages.Entry e = pages.next();
                String origin = file + "@" + e.offset();
                return switch (e.kind()) {
                    case PAGE -> page(e, origin);
                    case NOT_HTML -> Doc.failed(origin, "not HTML (" + e.payloadType() + "): " + e.url());
                    case BAD -> {
                        finish(pages);
                        yield Doc.failed(origin, InputReader.problem(e.error()));
                    }
                    case REVISIT, OTHER -> null;
                };
            }
        };
    }

    private static Doc page(WarcPages.Entry e, String origin) {
        if (e.body().length > InputReader.MAX_BYTES) {
            return Doc.failed(origin, "page larger than " + InputReader.MAX_BYTES / (1024 * 1024) + " MB: " + e.url());
        }
        try {
            String page = InputReader.decode(e.body(), e.contentType());
            // the record's date is when the crawler fetched the page: "3 hours ago" counts from it
            return new Doc(e.id(), origin, e.url(), page, true, null, null, e.date(), null);
        } catch (IOException | RuntimeException ex) {
            return Doc.failed(origin, InputReader.problem(ex));
        }
    }
}
