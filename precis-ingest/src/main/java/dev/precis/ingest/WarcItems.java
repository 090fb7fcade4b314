package dev.precis.ingest;

import dev.precis.extract.ExtractionException;
import dev.precis.extract.PageDecoder;
import dev.precis.warc.WarcPages;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The items of a WARC file ({@code .warc}, {@code .warc.gz}): each response record with an HTML payload
 * is one page, read with {@link WarcPages} (the reader precis-batch uses, so both take the same records).
 * Listing reads the file once, headers only, and keeps where each page starts; a page's body is read back
 * only when its item is processed, so a WARC file of any size is ingested in bounded memory. A page's URL
 * is its WARC-Target-URI, its fetch time (from which "3 hours ago" counts) its WARC-Date. Non-HTML
 * responses, revisit, request, metadata and warcinfo records are skipped and counted in one note; a bad
 * record or a gzip member cut short is one failure naming the file, the record's offset and number,
 * and the pages before it are kept. Thread-safe (no state).
 */
final class WarcItems {

    private WarcItems() {
    }

    /** Lists the pages of {@code file} into {@code items}; problems into {@code failures}, skip counts into {@code notes}. */
    static void list(Path file, String sourceOverride, List<IngestItem> items, List<IngestFailure> failures, List<String> notes) {
        int notHtml = 0;
        int revisits = 0;
        int other = 0;
        try (WarcPages pages = WarcPages.read(FileChannel.open(file, StandardOpenOption.READ), false, TextFiles.MAX_BYTES)) {
            while (pages.hasNext()) {
                WarcPages.Entry e = pages.next();
                String origin = file + "@" + e.offset();
                switch (e.kind()) {
                    case PAGE -> items.add(item(file, e, origin, sourceOverride));
                    case NOT_HTML -> notHtml++;
                    case REVISIT -> revisits++;
                    case OTHER -> other++;
                    case BAD -> failures.add(new IngestFailure(origin, "record " + e.number() + ": " + WarcPages.problem(e.error())
                            + " (the records before it are read)"));
                }
            }
        } catch (IOException | RuntimeException e) {
            failures.add(new IngestFailure(file.toString(), WarcPages.problem(e)));
        }
        int skipped = notHtml + revisits + other;
        if (skipped > 0) {
            notes.add(file + ": " + skipped + (skipped == 1 ? " WARC record" : " WARC records") + " skipped (" + notHtml
                    + " not HTML, " + revisits + " revisit, " + other + " request/metadata/other)");
        }
    }

    private static IngestItem item(Path file, WarcPages.Entry listed, String origin, String sourceOverride) {
        String url = listed.url();
        String source = sourceOverride != null ? sourceOverride : host(url);
        long offset = listed.offset();
        String id = listed.id();
        return new IngestItem(origin, source, () -> {
            Optional<WarcPages.Entry> read = WarcPages.pageAt(file, offset, id, TextFiles.MAX_BYTES);
            if (read.isEmpty()) {
                throw new IOException("record " + listed.number() + " is no longer in the file (it changed while it was being ingested)");
            }
            WarcPages.Entry e = read.get();
            if (e.kind() == WarcPages.Kind.BAD) {
                throw new IOException("record " + listed.number() + ": " + WarcPages.problem(e.error()));
            }
            if (e.body().length > TextFiles.MAX_BYTES) {
                throw new IOException("record " + listed.number() + ": page larger than " + TextFiles.MAX_BYTES / (1024 * 1024) + " MB");
            }
            String html;
            try {
                html = PageDecoder.decode(e.body(), e.contentType());
            } catch (ExtractionException ex) {
                throw new IOException("record " + listed.number() + ": " + ex.getMessage());
            }
            Instant fetched = e.date() == null ? null : Instant.parse(e.date());
            return new RawDocument(html, true, e.url(), null, null, e.id(), true, fetched);
        });
    }

    private static String host(String url) {
        try {
            String h = url == null ? null : URI.create(url).getHost();
            return h == null ? "warc" : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "warc";
        }
    }
}
