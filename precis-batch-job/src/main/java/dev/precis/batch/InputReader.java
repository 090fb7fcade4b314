package dev.precis.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.extract.ExtractionException;
import dev.precis.extract.FetchTime;
import dev.precis.extract.PageDecoder;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * The documents in one input file, read lazily so a large WARC or JSONL file never sits in memory:
 * {@code .html/.htm/.xhtml} (one page), {@code .txt} (one text), {@code .jsonl/.ndjson} (one document a
 * line: {@code {"id","url"?,"html"|"text","title"?,"published"?}}), {@code .warc} (response records
 * with HTML, {@link WarcDocs}); each also gzipped ({@code .gz}). What cannot be read becomes a failed
 * {@link Doc} naming the file (and line) and the problem; nothing here throws past the iterator, so one
 * bad input never fails a task. Not thread-safe; one per file.
 */
final class InputReader {

    /** Pages and texts larger than this are reported, not read (the CLI's ingest limit). */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Opens the file's bytes; the reader closes what it opens. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    private InputReader() {
    }

    /** The documents of {@code file} (its name decides the format); unknown types give one failure. */
    static Iterator<Doc> read(String file, Source source) {
        String name = file.toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String inner = gz ? name.substring(0, name.length() - 3) : name;
        if (inner.endsWith(".warc")) {
            return WarcDocs.read(file, source);
        }
        Source plain = gz ? () -> new GZIPInputStream(source.open(), 1 << 16) : source;
        if (inner.endsWith(".jsonl") || inner.endsWith(".ndjson")) {
            return jsonl(file, plain);
        }
        boolean html = inner.endsWith(".html") || inner.endsWith(".htm") || inner.endsWith(".xhtml");
        if (html || inner.endsWith(".txt")) {
            return one(() -> {
                try (InputStream in = plain.open()) {
                    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                    if (bytes.length > MAX_BYTES) {
                        return Doc.failed(file, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                    }
                    return new Doc(file, file, null, decode(bytes, null), html, null, null, null, null, !html);
                }
            }, file);
        }
        return one(() -> Doc.failed(file, "unknown file type (expected .html, .htm, .txt, .jsonl, .warc, each optionally .gz)"), file);
    }

    @FunctionalInterface
    private interface DocCall {
        Doc call() throws IOException;
    }

    private static Iterator<Doc> one(DocCall call, String file) {
        Doc doc;
        try {
            doc = call.call();
        } catch (IOException | RuntimeException e) {
            doc = Doc.failed(file, problem(e));
        }
        return java.util.List.of(doc).iterator();
    }

    /** Page or text bytes as text: BOM, Content-Type, meta charset, else UTF-8 or windows-1252. */
    static String decode(byte[] bytes, String contentType) throws IOException {
        try {
            return PageDecoder.decode(bytes, contentType);
        } catch (ExtractionException e) {
            throw new IOException(e.getMessage());
        }
    }

    /** A reading error as the one-line reason of a report; a cut-off gzip stream says so. */
    static String problem(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : ArticleProcessor.oneLine(e.getMessage());
        if (e instanceof java.io.EOFException || m.contains("Unexpected end of ZLIB") || m.contains("Corrupt GZIP trailer")) {
            return "truncated (the gzip data ends early): " + m;
        }
        return "cannot read: " + m;
    }

    private static Iterator<Doc> jsonl(String file, Source source) {
        return new Pull() {
            BufferedReader reader;
            int lineNo;

            @Override
            Doc pull() {
                try {
                    if (reader == null) {
                        reader = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8), 1 << 16);
                    }
                    String line;
                    do {
                        line = reader.readLine();
                        lineNo++;
                    } while (line != null && line.isBlank());
                    if (line == null) {
                        return finish(reader);
                    }
                    return jsonDoc(file + ":" + lineNo, line);
                } catch (IOException | RuntimeException e) {
                    Doc failed = Doc.failed(file + ":" + (lineNo + 1), problem(e));
                    finish(reader);
                    return failed;
                }
            }
        };
    }

    /** One JSONL line as a document, or a failure naming the problem. */
    static Doc jsonDoc(String origin, String line) {
        if (line.length() > MAX_BYTES) {
            return Doc.failed(origin, "line larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            return Doc.failed(origin, "not JSON");
        }
        if (n == null || !n.isObject()) {
            return Doc.failed(origin, "not a JSON object");
        }
        String html = text(n, "html");
        String body = html != null ? html : text(n, "text");
        if (body == null) {
            return Doc.failed(origin, "no \"text\" or \"html\" field");
        }
        String fetchedText = text(n, "fetched");
        Instant fetched = FetchTime.parse(fetchedText);
        if (fetchedText != null && fetched == null) {
            return Doc.failed(origin, FetchTime.PROBLEM);
        }
        String id = text(n, "id");
        return new Doc(id != null ? id : origin, origin, text(n, "url"), body, html != null, text(n, "title"), text(n, "published"),
                fetched == null ? null : fetched.toString(), null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** An iterator over documents pulled one at a time; {@link #pull} returns null (and sets done) at the end. */
    abstract static class Pull implements Iterator<Doc> {
        boolean done;
        private Doc next;

        abstract Doc pull();

        /** Ends the iteration and closes its stream (if it was opened); null, so a pull can return it. */
        Doc finish(Closeable stream) {
            done = true;
            try {
                if (stream != null) {
                    stream.close();
                }
            } catch (IOException ignored) {
                // read-only stream: nothing is lost
            }
            return null;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                next = pull();
            }
            return next != null;
        }

        @Override
        public Doc next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Doc d = next;
            next = null;
            return d;
        }
    }
}
