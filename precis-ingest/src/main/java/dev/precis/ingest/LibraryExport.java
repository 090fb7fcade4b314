package dev.precis.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Summary;
import dev.precis.pipeline.AnalyzedJson;
import dev.precis.store.ExportedArticle;
import dev.precis.store.Library;
import dev.precis.store.LibraryEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * {@code precis export}: every article of a library as the {@link AnalyzedJson} lines {@code precis
 * ingest --analyzed} loads ({@link AnalyzedLoader}), so a library moves to another store, or is backed
 * up, without analysing anything again. Each line also carries the library's source name as
 * {@code siteName} (the loader's source), its stored {@code meaning} vector and story features
 * ({@link StoryFeaturesJson}), for an article stored from a feed item's own text its {@code textNote}, and the
 * {@code declaredPublished} date its page declared apart from its date (null when none).
 * Articles are written in id order, so a load into an empty library gives them the same ids, and planned
 * with the same features in the same order they form the same stories.
 * What is not written: the copies of an article seen elsewhere (their texts are not stored) and the
 * ingestion log. Stateless.
 */
public final class LibraryExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Articles read from the library at a time. */
    private static final int PAGE = 256;

    private LibraryExport() {
    }

    /**
     * Writes the library to {@code out} (gzip when its name ends in {@code .gz}) and returns the number of
     * articles written. The lines go to a temporary file beside it, moved in place at the end: a failed
     * export leaves no half-written file under the name asked for.
     */
    public static int write(Library library, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(parent, "." + out.getFileName(), ".partial");
        try {
            int written;
            try (Writer w = writer(partial, out.getFileName().toString().endsWith(".gz"))) {
                written = write(library, w);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes the library's lines to {@code w} (left open, flushed) and returns the number of articles written. */
    public static int write(Library library, Writer w) throws IOException {
        int written = 0;
        long after = 0;
        List<ExportedArticle> page;
        while (!(page = library.exportPage(after, PAGE)).isEmpty()) {
            for (ExportedArticle a : page) {
                w.write(JSON.writeValueAsString(line(a)));
                w.write('\n');
                written++;
            }
            after = page.get(page.size() - 1).id();
        }
        w.flush();
        return written;
    }

    /** One article's line. */
    static ObjectNode line(ExportedArticle a) {
        LibraryEntry e = a.entry();
        Summary summary = e.summary() != null ? e.summary() : new Summary(e.analyzed().article().id(), List.of());
        ObjectNode o = AnalyzedJson.write(JSON, e.origin(), null, e.analyzed(), summary);
        // in the place the batch line gives it (after modified), null when the article has none
        o.put("declaredPublished", e.declaredPublished());
        o.put("siteName", e.source());
        if (a.meaning() != null) {
            o.put("meaning", a.meaning());
        }
        if (e.textNote() != null) {
            o.put("textNote", e.textNote());
        }
        if (a.features() != null) {
            StoryFeaturesJson.write(o, a.features());
        }
        return o;
    }

    private static Writer writer(Path file, boolean gzip) throws IOException {
        OutputStream os = Files.newOutputStream(file);
        if (gzip) {
            os = new GZIPOutputStream(os, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }
}
