package dev.precis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.pipeline.AnalyzedJson;
import dev.precis.store.AddResult;
import dev.precis.store.Library;
import dev.precis.store.LibraryEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code precis ingest --analyzed}: loads articles that {@code precis-batch} already extracted,
 * analysed and summarized ({@link AnalyzedJson} lines, in files or folders such as the job's
 * {@code OUT/json/}) into a library without analysing them again, in the order read, then builds the
 * stories. The library still decides what is a copy (it knows articles stored before); a line marked
 * {@code duplicateOf} by the job is stored as the copy it is without its analysis. A bad line is a
 * failure with its file and line number; it never stops the load. Not thread-safe; one load at a time.
 */
public final class AnalyzedLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Library library;
    private final Consumer<IngestProgress> listener;

    public AnalyzedLoader(Library library, Consumer<IngestProgress> listener) {
        this.library = Objects.requireNonNull(library);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Loads every line of the files named (a folder: its files, except hidden ones and Spark's {@code _SUCCESS}, .crc). */
    public IngestReport load(List<String> inputs, String source) throws IOException {
        long start = System.nanoTime();
        List<IngestFailure> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(AnalyzedLoader::isData).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                failures.add(new IngestFailure(input, "no such file or folder"));
            }
        }
        int total = 0;
        for (Path f : files) {
            try (BufferedReader r = open(f)) {
                total += (int) r.lines().filter(l -> !l.isBlank()).count();
            } catch (IOException | java.io.UncheckedIOException e) {
                failures.add(new IngestFailure(f.toString(), "cannot read: " + IngestSources.message(e)));
            }
        }
        int done = 0;
        int added = 0;
        int duplicates = 0;
        int near = 0;
        for (Path f : files) {
            int lineNo = 0;
            try (BufferedReader r = open(f)) {
                String line;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String origin = f + ":" + lineNo;
                    try {
                        AddResult result = library.add(entry(JSON.readTree(line), source, origin));
                        switch (result.status()) {
                            case ADDED -> added++;
                            case DUPLICATE -> duplicates++;
                            case NEAR_DUPLICATE -> near++;
                        }
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        fail(failures, origin, "not JSON");
                    } catch (IllegalArgumentException | NullPointerException e) {
                        fail(failures, origin, IngestSources.message(e));
                    }
                    done++;
                    progress(done, total, added, failures.size(), start);
                }
            } catch (IOException e) {
                fail(failures, f + ":" + (lineNo + 1), "cannot read: " + IngestSources.message(e));
            }
        }
        library.flush();
        library.consolidateStories();
        return new IngestReport(done, added, duplicates, near, 0, failures, Duration.ofNanos(System.nanoTime() - start));
    }

    private LibraryEntry entry(JsonNode node, String sourceOverride, String origin) throws IOException {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        AnalyzedJson.Parsed p = AnalyzedJson.read(node);
        Article a = p.analyzed().article();
        String source = sourceOverride != null ? sourceOverride
                : node.path("siteName").isTextual() ? node.get("siteName").asText() : host(a.url());
        String from = p.origin() != null ? p.origin() : origin;
        if (p.duplicateOf() != null || library.knows(a.url(), a.text())) {
            // a copy: the library links it to the article it repeats and needs no analysis for that
            return new LibraryEntry(AnalyzedArticle.ofSentences(a, p.analyzed().sentences()), null, source, from);
        }
        return new LibraryEntry(p.analyzed(), p.summary(), source, from);
    }

    private void fail(List<IngestFailure> failures, String origin, String reason) {
        failures.add(new IngestFailure(origin, reason));
        try {
            library.logFailure(origin, reason);
        } catch (IOException ignored) {
            // the failure is still in the report
        }
    }

    private void progress(int done, int total, int added, int failed, long start) {
        try {
            listener.accept(new IngestProgress(done, total, added, failed, System.nanoTime() - start));
        } catch (RuntimeException ignored) {
            // a broken progress display must not stop the load
        }
    }

    private static boolean isData(Path f) {
        String n = f.getFileName().toString();
        return !n.startsWith(".") && !n.startsWith("_") && !n.endsWith(".crc");
    }

    private static BufferedReader open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String host(String url) {
        if (url == null) {
            return "batch";
        }
        try {
            String h = URI.create(url).getHost();
            return h == null ? "batch" : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "batch";
        }
    }
}
