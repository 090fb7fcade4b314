package dev.precis.batch;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;

/**
 * Fuzz target: the batch job's readers of JSONL and WARC files (plain, gzipped, or a gzip stream cut
 * short). The contract ({@link InputReader}): iterating a file never throws; every document is either
 * content or a failure with a one-line reason; a file of N bytes gives a bounded number of documents.
 * Anything else (an exception past the iterator, a stack overflow, a loop that never ends) is a finding.
 *
 * <p>Regression inputs and seeds: {@code src/test/resources/dev/precis/batch/InputReaderFuzzTestInputs/fuzz/};
 * long runs: {@code bench/fuzz.sh readers SECONDS}.
 */
public class InputReaderFuzzTest {

    private static final String[] NAMES = {"a.jsonl", "a.jsonl.gz", "a.warc", "a.warc.gz", "a.html", "a.txt.gz"};

    /** One input; throws only when the contract is broken. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        boolean gzip = name.endsWith(".gz") && data.consumeBoolean();
        int cut = data.consumeInt(0, 64);
        byte[] bytes = data.consumeRemainingAsBytes();
        if (gzip) {
            // gzipped here (a .gz name without it tests the reader on bytes that are not gzip); sometimes cut short
            bytes = gzip(bytes);
            bytes = java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - cut));
        }
        check(name, bytes);
    }

    /** Jazzer's command-line driver calls this once: every reader loads its classes before the first timed input. */
    public static void fuzzerInitialize() {
        byte[] sample = "{\"id\":\"a\",\"text\":\"b\"}\nWARC/1.1\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String name : NAMES) {
            check(name, sample);
            check(name, gzip(sample));
        }
    }

    /** Reads {@code bytes} as a file named {@code name}; throws only when the contract is broken. */
    private static void check(String name, byte[] file) {
        Iterator<Doc> docs = InputReader.read(name, () -> new ByteArrayInputStream(file));
        long bound = expandedLength(file) + 2;
        int count = 0;
        while (docs.hasNext()) {
            Doc d = docs.next();
            if (++count > bound) {
                throw new IllegalStateException("more documents than bytes in " + name);
            }
            if (d.failure() != null) {
                if (d.failure().isBlank() || d.failure().indexOf('\n') >= 0) {
                    throw new IllegalStateException("failure reason is not one line: " + d.failure());
                }
            } else if (d.content() == null || d.id() == null || d.origin() == null) {
                throw new IllegalStateException("document without content, id or origin: " + d);
            }
        }
    }

    /**
     * The bytes a reader can see in {@code file}: its length, or what gunzipping it yields up to the first
     * error when that is more (a gzip stream of 852 bytes expanded to 890 lines, each a document: a fuzz
     * finding of the bound, not of the reader, which streams them).
     */
    static long expandedLength(byte[] file) {
        long n = 0;
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(file))) {
            byte[] buf = new byte[8192];
            for (int r; (r = in.read(buf)) > 0 && n < (64L << 20); ) {
                n += r;
            }
        } catch (IOException e) {
            // not gzip, or broken further on: what came out before counts
        }
        return Math.max(file.length, n);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @FuzzTest(maxDuration = "30s")
    void fuzz(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }
}
