package dev.precis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.pipeline.AnalyzedJson;
import dev.precis.store.AddResult;
import dev.precis.store.ArticleFeatures;
import dev.precis.store.ContentFingerprint;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code precis ingest --analyzed}: loads articles that {@code precis-batch} already extracted,
 * analysed and summarized ({@link AnalyzedJson} lines, in files or folders such as the job's
 * {@code OUT/json/}) into a library without analysing them again, in the order read, then builds the
 * stories. The library decides what is a copy (it knows articles stored before), not the job's
 * {@code duplicateOf}: a line keeps its analysis unless its text or URL is already stored. A bad line is a
 * failure with its file and line number, and so is a line the library fails to store (its story planning failed):
 * neither stops the load. Lines are parsed and prepared
 * ({@link Library#prepare}) on a few threads ahead of the writer, which stores them in input order, so
 * ids, copies and stories are those of a one-thread load. The library is in its {@link Library#bulkLoad
 * bulk-load} mode meanwhile: a crash loses at most its open transaction, and a rerun of the same load
 * stores what is missing (a line whose article is stored from that same origin counts as a duplicate
 * and adds no copy). {@link LibraryExport}'s lines load the same way. Not thread-safe; one load at a time.
 */
public final class AnalyzedLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Lines parsed and prepared ahead of the one being written, at most. */
    private static final int WINDOW = 256;

    private final Library library;
    private final Consumer<IngestProgress> listener;
    private final int threads;

    public AnalyzedLoader(Library library, Consumer<IngestProgress> listener) {
        this(library, listener, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param threads threads that parse lines and compute fingerprints and topic features while the
     *     calling thread writes, in input order, what they prepared
     */
    public AnalyzedLoader(Library library, Consumer<IngestProgress> listener, int threads) {
        this.library = Objects.requireNonNull(library);
        this.listener = Objects.requireNonNull(listener);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
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
            try (InputStream in = openBytes(f)) {
                total += nonBlankLines(in);
            } catch (IOException | java.io.UncheckedIOException e) {
                failures.add(new IngestFailure(f.toString(), "cannot read: " + IngestSources.message(e)));
            }
        }
        Counts counts = new Counts(total, start);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "precis-analyzed-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            library.bulkLoad(true);
            for (int fileNo = 0; fileNo < files.size(); fileNo++) {
                Path f = files.get(fileNo);
                int lineNo = 0;
                ArrayDeque<Future<Line>> window = new ArrayDeque<>();
                try (BufferedReader r = open(f)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        lineNo++;
                        if (line.isBlank()) {
                            continue;
                        }
                        String origin = f + ":" + lineNo;
                        String text = line;
                        long where = (long) fileNo << 32 | lineNo;
                        window.add(pool.submit(() -> prepare(text, source, origin, where)));
                        if (window.size() >= WINDOW) {
                            write(window.poll(), failures, counts);
                        }
                    }
                } catch (IOException e) {
                    fail(failures, f + ":" + (lineNo + 1), "cannot read: " + IngestSources.message(e));
                } finally {
                    // the lines read before a reading error are still stored, in order
                    while (!window.isEmpty()) {
                        write(window.poll(), failures, counts);
                    }
                }
            }
            library.consolidateStories(); // commits what is left first
        } finally {
            pool.shutdownNow();
            library.bulkLoad(false);
        }
        // an article the index refused is stored and in its story, but not searchable until the library next opens:
        // its line's failure, not an added article
        List<String> notes = new ArrayList<>();
        library.takeIndexFailures().forEach((id, reason) -> {
            long where = counts.where(id);
            if (where >= 0) {
                String origin = files.get((int) (where >>> 32)) + ":" + (int) where;
                counts.added--;
                fail(failures, origin, reason);
            } else {
                notes.add(IngestTally.notThisLoad(id, reason)); // another load's article, refused when its story moved
            }
        });
        int done = counts.done;
        int added = counts.added;
        int duplicates = counts.duplicates;
        int near = counts.near;
        return new IngestReport(done, added, duplicates, near, 0, 0, failures, Duration.ofNanos(System.nanoTime() - start), List.of(), notes);
    }

    /** One line, prepared off the writing thread: the library's prepared entry, or why the line is refused. */
    private record Line(String origin, long where, Library.Prepared prepared, String failure) {
    }

    /** Counts of one load; only the writing thread touches them. */
    private static final class Counts {
        final int total;
        final long start;
        int done;
        int added;
        int duplicates;
        int near;
        /** The ids of the articles added, in order, and where each came from (file number, line: an index failure names its line). */
        private long[] ids = new long[256];
        private long[] wheres = new long[256];
        private int recorded;

        Counts(int total, long start) {
            this.total = total;
            this.start = start;
        }

        /** Article {@code id} added from {@code where} (file number in the high half, line number in the low one). */
        void added(long id, long where) {
            if (recorded == ids.length) {
                ids = java.util.Arrays.copyOf(ids, recorded * 2);
                wheres = java.util.Arrays.copyOf(wheres, recorded * 2);
            }
            ids[recorded] = id;
            wheres[recorded++] = where;
        }

        /** Where article {@code id} came from, or -1 when this load did not add it (a scan: asked for the rare refused one). */
        long where(long id) {
            for (int i = 0; i < recorded; i++) {
                if (ids[i] == id) {
                    return wheres[i];
                }
            }
            return -1;
        }
    }

    /** Parses one line and computes what the library can compute outside its lock. Thread-safe. */
    private Line prepare(String line, String source, String origin, long where) throws IOException {
        try {
            JsonNode node = JSON.readTree(line);
            // the Spark job's meaning vector, when the line carries one: the library's encoder need not run
            float[] meaning = node != null && node.path("meaning").isTextual()
                    ? ArticleFeatures.decodeMeaning(node.get("meaning").asText()) : null;
            // an exported library's stored story features: its stories come back as they were (StoryFeaturesJson)
            ArticleFeatures stored = node != null && node.isObject() ? StoryFeaturesJson.read(node) : null;
            Entry e = entry(node, source, origin);
            return new Line(origin, where, library.prepare(e.entry(), e.fingerprint(), meaning, stored), null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Line(origin, where, null, "not JSON");
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Line(origin, where, null, IngestSources.message(e));
        }
    }

    /** Stores the next line in input order (the writing thread only). */
    private void write(Future<Line> next, List<IngestFailure> failures, Counts counts) throws IOException {
        Line line;
        try {
            line = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof IOException io ? io : new IOException("cannot prepare a line: " + IngestSources.message(c), c);
        }
        if (line.failure() != null) {
            fail(failures, line.origin(), line.failure());
        } else {
            AddResult result;
            try {
                result = library.add(line.prepared());
            } catch (IOException | RuntimeException e) {
                // the line's own failure (its story planning, its rows): the library undid it, the lines after it go on
                result = null;
                fail(failures, line.origin(), IngestSources.message(e));
            }
            if (result != null) {
                switch (result.status()) {
                    case ADDED -> {
                        counts.added++;
                        counts.added(result.articleId(), line.where());
                    }
                    case DUPLICATE -> counts.duplicates++;
                    case NEAR_DUPLICATE -> counts.near++;
                }
            }
        }
        counts.done++;
        progress(counts.done, counts.total, counts.added, failures.size(), counts.start);
    }

    /** A line's entry and the fingerprint of its text, computed once for the copy check and the library's prepare. */
    private record Entry(LibraryEntry entry, ContentFingerprint fingerprint) {
    }

    private Entry entry(JsonNode node, String sourceOverride, String origin) throws IOException {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        AnalyzedJson.Parsed p = AnalyzedJson.read(node);
        Article a = p.analyzed().article();
        String from = p.origin() != null ? p.origin() : origin;
        String tooShort = ArticleWords.tooShort(a.text(), ArticleWords.MIN_WORDS);
        if (tooShort != null) {
            throw new IllegalArgumentException(tooShort); // the floor every way in shares
        }
        String source = sourceOverride != null ? sourceOverride
                : node.path("siteName").isTextual() ? node.get("siteName").asText()
                : a.url() != null ? host(a.url()) : fileSource(p.origin());
        // the text's fingerprint once: the copy check reads its hash, the library's prepare all of it (both entries hold a's text)
        ContentFingerprint fp = ContentFingerprint.of(a.text());
        if (library.knows(a.url(), fp)) {
            // a copy of a stored article: the library links it to the article it repeats and needs no analysis for that.
            // The job's duplicateOf alone is not enough: its order (by id) is not the load's (by partition), so the
            // article it names may come later or not at all, and this line would then be stored without its analysis.
            return new Entry(new LibraryEntry(AnalyzedArticle.ofSentences(a, p.analyzed().sentences()), null, source, from), fp);
        }
        // an exported library's article stored from a feed item's own text keeps its note (LibraryExport)
        String note = node.path("textNote").isTextual() ? node.get("textNote").asText() : null;
        // the publication a page declares apart from its date (precis-batch's extraction, or an exported library's)
        String declared = node.path("declaredPublished").isTextual() ? node.get("declaredPublished").asText() : null;
        return new Entry(new LibraryEntry(p.analyzed(), p.summary(), source, from, note, declared), fp);
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
        return new BufferedReader(new InputStreamReader(openBytes(f), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The file's bytes, unzipped when its name ends in .gz. */
    private static InputStream openBytes(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    /**
     * The lines of UTF-8 text that {@link BufferedReader#readLine} reads and {@link String#isBlank} keeps (the progress
     * total), counted in the bytes: decoding every line into a string only to count it was about 4% of a 1x load's
     * writing thread (speed50's profile). A line ends at {@code \n} or {@code \r}; it is not blank as soon as it holds an
     * ASCII character that is not white space ({@link Character#isWhitespace}). A line of ASCII white space is blank; a
     * line with other bytes and no such character (rare: a JSON line begins with a brace) is decoded and asked.
     */
    static int nonBlankLines(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int count = 0;
        boolean seen = false; // the line holds a character that is not white space
        java.io.ByteArrayOutputStream pending = null; // a line of white space and non-ASCII bytes so far
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            for (int i = 0; i < n; i++) {
                int b = buf[i];
                if (b == '\n' || b == '\r') {
                    if (seen || pending != null && !pending.toString(StandardCharsets.UTF_8).isBlank()) {
                        count++;
                    }
                    seen = false;
                    pending = null;
                } else if (!seen) {
                    if (b < 0) {
                        if (pending == null) {
                            pending = new java.io.ByteArrayOutputStream();
                        }
                        pending.write(b);
                    } else if (!Character.isWhitespace(b)) {
                        seen = true;
                        pending = null;
                    }
                }
            }
        }
        if (seen || pending != null && !pending.toString(StandardCharsets.UTF_8).isBlank()) {
            count++;
        }
        return count;
    }

    /**
     * The source {@code precis ingest} gives the file a line came from (its origin: {@code PATH},
     * {@code PATH:LINE} of a JSONL file, {@code PATH@OFFSET} of a WARC file): a JSONL file's name without
     * its extension, else the name of the file's folder; "batch" when the origin names no file in a folder.
     */
    static String fileSource(String origin) {
        if (origin == null) {
            return "batch";
        }
        String path = origin.replaceFirst("[:@]\\d+$", "");
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1).replaceFirst("\\.gz$", "");
        if (name.matches(".+\\.(jsonl|ndjson)")) {
            return name.replaceFirst("\\.(jsonl|ndjson)$", "");
        }
        String folder = slash <= 0 ? "" : path.substring(path.lastIndexOf('/', slash - 1) + 1, slash);
        return folder.isEmpty() || folder.endsWith(":") ? "batch" : folder;
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
