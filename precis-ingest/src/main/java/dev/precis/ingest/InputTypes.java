package dev.precis.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * The kinds of file {@code precis ingest} reads, told by name (each also gzipped, as {@code NAME.gz}). In a folder,
 * a file of another kind is passed over; named alone, it is a failure naming {@link #EXPECTED}. Shared with the
 * command line, which tells a folder holding no such file before it makes a library. Stateless.
 */
public final class InputTypes {

    /** The endings {@link IngestSources} reads, lower case. */
    static final List<String> ENDINGS = List.of(".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson",
            ".opml", ".xml", ".rss", ".atom", ".urls", ".warc");

    /** The kinds, as said to a user. */
    public static final String EXPECTED = ".txt, .html, .htm, .jsonl, .warc, .xml/.rss/.atom, .opml or .urls, each also as .gz";

    private InputTypes() {
    }

    /** True when ingest reads {@code file} by its name (a {@code .gz} is judged by the name inside it). */
    public static boolean readable(Path file) {
        String name = TextFiles.innerName(file);
        return ENDINGS.stream().anyMatch(name::endsWith);
    }
}
