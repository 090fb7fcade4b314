package dev.precis.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;

/**
 * The kinds of file {@code precis ingest} reads, told by name (each also gzipped, as {@code NAME.gz}; whether a file
 * is gzip data is told by its bytes). In a folder, a file of another kind is passed over; named alone, it is a
 * failure naming {@link #EXPECTED}. Shared with the command line, which tells a folder holding no such file, or a
 * file whose first bytes hold nothing ingest can read, before it makes a library. Stateless.
 */
public final class InputTypes {

    /** The endings {@link IngestSources} reads, lower case. */
    static final List<String> ENDINGS = List.of(".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson",
            ".opml", ".xml", ".rss", ".atom", ".urls", ".warc");

    /** The kinds, as said to a user. */
    public static final String EXPECTED = ".txt, .html, .htm, .jsonl, .warc, .xml/.rss/.atom, .opml or .urls, each also as .gz";

    /** Bytes looked at (unpacked) by {@link #unusable}: the sample the binary rule reads. */
    private static final int HEAD = 8192;

    private InputTypes() {
    }

    /** True when ingest reads {@code file} by its name (a {@code .gz} is judged by the name inside it). */
    public static boolean readable(Path file) {
        String name = TextFiles.innerName(file);
        return ENDINGS.stream().anyMatch(name::endsWith);
    }

    /**
     * Why {@code file}, of a {@link #readable} kind, can hold no article, told from its first bytes only (unpacked
     * when gzip): binary data, gzip data that does not unpack or ends there, a JSONL file short enough to be seen
     * whole with no line that opens a JSON object. Null when it may hold one, or when it cannot be read (reading it
     * later says why). A WARC file is not judged: its records may hold binary payloads.
     */
    public static String unusable(Path file) {
        String name = TextFiles.innerName(file);
        if (!readable(file) || name.endsWith(".warc")) {
            return null;
        }
        byte[] head;
        try {
            head = TextFiles.head(file, HEAD + 1);
        } catch (IOException e) {
            // packed data that does not unpack is told; a file that cannot be read at all is left to the reader
            return e.getCause() instanceof ZipException ? TextFiles.GZIP_BROKEN
                    : e.getCause() instanceof EOFException ? TextFiles.GZIP_CUT : null;
        } catch (SecurityException e) {
            return null;
        }
        if (!TextFiles.utf16(head) && TextFiles.binary(head)) {
            return "binary data, not text";
        }
        boolean whole = head.length <= HEAD;
        if (whole && (name.endsWith(".jsonl") || name.endsWith(".ndjson"))
                && TextFiles.decode(head).lines().noneMatch(l -> l.strip().startsWith("{"))) {
            return "no line holds a JSON object";
        }
        return null;
    }
}
