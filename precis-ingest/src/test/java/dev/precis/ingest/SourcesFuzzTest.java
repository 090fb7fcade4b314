package dev.precis.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Fuzz target: what {@code precis ingest} is given to list and read: an RSS/Atom/RDF feed, an OPML file,
 * a JSONL file (plain or gzipped) or a URL list, and the pages and feeds those lead to. Nothing touches
 * the network: URLs are "fetched" from the rest of the fuzz input. The contract: listing never throws
 * (a bad feed or OPML is a failure line), every failure reason and every reader error is one line, and
 * reading an item throws nothing but {@link IOException}; anything else (a parser's runtime exception, a
 * stack overflow, an endless OPML walk) is a finding.
 *
 * <p>Regression inputs and seeds: {@code src/test/resources/dev/precis/ingest/SourcesFuzzTestInputs/fuzz/};
 * long runs: {@code bench/fuzz.sh sources SECONDS}.
 */
public class SourcesFuzzTest {

    private static final String[] NAMES = {"feed.xml", "feed.rss", "feed.atom", "list.opml", "items.jsonl", "items.jsonl.gz", "pages.urls"};
    private static final int MAX_FETCHES = 64;
    private static Path dir;

    /** Serves each fetched URL the next piece of the fuzz input; no network. */
    private static final class FuzzFetcher extends HttpFetcher {
        private final FuzzedDataProvider data;
        private int fetches;

        /** @param data what fetches are served, or null to refuse every fetch */
        FuzzFetcher(FuzzedDataProvider data) {
            this.data = data;
        }

        @Override
        String fetch(String url) throws IOException {
            if (++fetches > MAX_FETCHES) {
                throw new IllegalStateException("more than " + MAX_FETCHES + " fetches for one input: " + url);
            }
            if (data == null || data.remainingBytes() == 0) {
                throw new IOException(url + ": connection refused");
            }
            return data.consumeString(1 + data.consumeInt(0, 8192));
        }
    }

    /**
     * Jazzer's command-line driver calls this once, before the clock of the first input starts: each
     * kind of file is read once here, so loading and instrumenting the parsers' classes (over a minute
     * on a busy machine) is not taken for a hang of the first input.
     */
    public static void fuzzerInitialize() {
        try {
            dir = Files.createTempDirectory("precis-fuzz-sources");
            dir.toFile().deleteOnExit();
            byte[] sample = ("<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><link>https://a.example/1</link>"
                    + "</item></channel></rss>\n{\"text\":\"a b c\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (String name : NAMES) {
                check(name, sample, new FuzzFetcher(null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One input; throws only when the contract is broken. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws IOException {
        if (dir == null) {
            fuzzerInitialize();
        }
        String name = data.pickValue(NAMES);
        byte[] content = data.consumeBytes(data.consumeInt(0, 1 << 16));
        check(name, content, new FuzzFetcher(data));
    }

    /** Lists and reads a file {@code name} holding {@code content}; throws only when the contract is broken. */
    private static void check(String name, byte[] content, FuzzFetcher fetcher) throws IOException {
        if (name.endsWith(".gz")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(content);
            }
            content = out.toByteArray();
        }
        Path file = dir.resolve(name);
        Files.write(file, content);
        try {
            IngestSources.Batch batch = new IngestSources(fetcher).list(List.of(file.toString()), null);
            for (IngestFailure f : batch.failures()) {
                oneLine(f.reason());
            }
            for (IngestItem item : batch.items()) {
                try {
                    RawDocument doc = item.reader().read();
                    if (doc.content() == null) {
                        throw new IllegalStateException("document without content from " + item.origin());
                    }
                } catch (IOException e) {
                    oneLine(IngestSources.message(e));
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("reader threw " + e, e);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void oneLine(String message) {
        if (message == null || message.isBlank() || message.indexOf('\n') >= 0) {
            throw new IllegalStateException("failure reason is not one line: " + message);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void fuzz(FuzzedDataProvider data) throws IOException {
        fuzzerTestOneInput(data);
    }
}
