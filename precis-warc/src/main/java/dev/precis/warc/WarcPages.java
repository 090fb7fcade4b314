package dev.precis.warc;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * The records of a WARC file ({@code .warc} or {@code .warc.gz}, one gzip member per record), read one by
 * one with jwarc (the maintained WARC library of the web-archiving community; it detects compression and
 * decodes chunked and compressed HTTP bodies), each classified as an HTML page or as skipped. Shared by
 * {@code precis ingest} and precis-batch, so both take the same records as pages. A record that cannot be
 * parsed, or a gzip member cut short, is the last entry ({@link Kind#BAD}): the records before it are
 * kept. A reader is not thread-safe; {@link #pageAt} is.
 */
public final class WarcPages implements Iterator<WarcPages.Entry>, Closeable {

    /** What a record is to a reader of pages. */
    public enum Kind {
        /** A response record with an HTML (or XHTML) payload. */
        PAGE,
        /** A response of another type: an image, a PDF, a script. */
        NOT_HTML,
        /** A revisit record: the page is stored elsewhere (or unchanged); nothing to read here. */
        REVISIT,
        /** A request, metadata, warcinfo, resource or conversion record. */
        OTHER,
        /** A record that cannot be read (bad header, gzip member cut short); the file ends here. */
        BAD
    }

    /**
     * One record.
     *
     * @param kind what it is
     * @param offset where the record starts in the file (in the compressed bytes of a {@code .warc.gz})
     * @param number its 1-based position among the file's records
     * @param id the WARC-Record-ID, or null (a bad record)
     * @param url the WARC-Target-URI, or null
     * @param date the WARC-Date (when the crawler fetched the page) as an ISO-8601 instant, or null
     * @param payloadType the payload's media type (a response), or null
     * @param contentType the HTTP Content-Type header (a page), or null
     * @param body the decoded HTTP body of a page, when bodies are read: at most {@code maxBytes + 1} bytes
     *     (more than {@code maxBytes} means the page is too large); else null
     * @param error why a {@link Kind#BAD} record cannot be read, else null
     */
    public record Entry(Kind kind, long offset, int number, String id, String url, String date, String payloadType,
                        String contentType, byte[] body, Exception error) {
    }

    private final WarcReader reader;
    private final boolean bodies;
    private final int maxBytes;
    private int number;
    private boolean done;
    private Entry next;

    private WarcPages(WarcReader reader, boolean bodies, int maxBytes) {
        this.reader = reader;
        this.bodies = bodies;
        this.maxBytes = maxBytes;
    }

    /** The records of a WARC stream; {@code bodies}: whether pages carry their HTTP body. Closes the stream. */
    public static WarcPages read(InputStream in, boolean bodies, int maxBytes) throws IOException {
        try {
            return new WarcPages(new WarcReader(in), bodies, maxBytes);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The records of a WARC channel (offsets count from the channel's start); closes the channel. */
    public static WarcPages read(ReadableByteChannel in, boolean bodies, int maxBytes) throws IOException {
        try {
            return new WarcPages(new WarcReader(in), bodies, maxBytes);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The record of {@code file} that starts at {@code offset} and has the WARC-Record-ID {@code id}, with its
     * body; when no record with that id starts there (a file gzipped as one stream, whose records share one
     * offset), the file is read from its start until the record is found. Empty when the file holds no such
     * record (it changed since it was listed).
     */
    public static Optional<Entry> pageAt(Path file, long offset, String id, int maxBytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(offset);
            try (WarcPages pages = read(ch, true, maxBytes)) {
                if (pages.hasNext()) {
                    Entry e = pages.next();
                    if (id.equals(e.id())) {
                        return Optional.of(e);
                    }
                }
            }
        }
        try (WarcPages pages = read(FileChannel.open(file, StandardOpenOption.READ), true, maxBytes)) {
            while (pages.hasNext()) {
                Entry e = pages.next();
                if (id.equals(e.id())) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** A reading error as one line; a gzip member cut short says so. */
    public static String problem(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("").strip();
        if (e instanceof EOFException || m.contains("Unexpected end of ZLIB") || m.contains("Corrupt GZIP trailer")) {
            return "truncated (the gzip data ends early): " + m;
        }
        int here = m.indexOf("<-- HERE -->");
        if (here >= 0) {
            // jwarc quotes the bytes around the fault: for a file that is no WARC, binary noise on the user's terminal
            int colon = m.indexOf(": ");
            m = (colon >= 0 && colon < here ? m.substring(0, colon) : m.substring(0, here)).strip() + " (no WARC record header there)";
        }
        return "cannot read: " + m;
    }

    /** Whether a media type is an HTML page's. */
    public static boolean isHtml(MediaType type) {
        MediaType base = type.base();
        return base.type().equals("text") && base.subtype().equals("html")
                || base.type().equals("application") && base.subtype().equals("xhtml+xml");
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = pull();
        }
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry e = next;
        next = null;
        return e;
    }

    private Entry pull() {
        long offset = 0;
        try {
            offset = reader.position();
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty()) {
                close();
                return null;
            }
            number++;
            return entry(record.get(), offset);
        } catch (IOException | RuntimeException e) {
            close();
            return new Entry(Kind.BAD, offset, number + 1, null, null, null, null, null, null, e);
        }
    }

    private Entry entry(WarcRecord record, long offset) throws IOException {
        String id = record.id().toString();
        String date = record.date().toString();
        if (record instanceof WarcRevisit revisit) {
            return new Entry(Kind.REVISIT, offset, number, id, revisit.target(), date, null, null, null, null);
        }
        if (!(record instanceof WarcResponse response)) {
            return new Entry(Kind.OTHER, offset, number, id, null, date, null, null, null, null);
        }
        MediaType type = response.payloadType();
        if (!isHtml(type)) {
            return new Entry(Kind.NOT_HTML, offset, number, id, response.target(), date, type.base().toString(), null, null, null);
        }
        byte[] body = null;
        String contentType = null;
        if (bodies) {
            try (InputStream in = response.http().bodyDecoded().stream()) {
                body = in.readNBytes(maxBytes + 1);
            }
            contentType = response.http().headers().first("Content-Type").orElse(null);
        }
        return new Entry(Kind.PAGE, offset, number, id, response.target(), date, type.base().toString(), contentType, body, null);
    }

    /** Ends the reading and closes the file; idempotent. */
    @Override
    public void close() {
        done = true;
        try {
            reader.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost
        }
    }
}
