package dev.precis.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a file as text: gzip data is unpacked (told by its first bytes, whatever the name), UTF-8 is tried strictly
 * and windows-1252 (a superset of Latin-1) is the fallback, since saved news files are one or the other. Size is
 * capped. Thread-safe.
 */
final class TextFiles {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    /** Bytes looked at to tell text from binary data. */
    private static final int BINARY_SAMPLE = 8192;
    static final String BINARY = "binary data, not text (NUL bytes or control characters)";
    static final String GZIP_BROKEN = "gzip data that does not unpack";
    static final String GZIP_CUT = "gzip data cut short";

    private TextFiles() {
    }

    static String read(Path file) throws IOException {
        return decode(bytes(file));
    }

    /**
     * A whole document (a {@code .txt} or {@code .html} file, standard input) as text: as {@link #decode},
     * but a UTF-16 file with its byte-order mark is read as UTF-16, and bytes that are no text (an image or
     * an archive saved under a text name) are refused rather than stored as an article of mojibake.
     */
    static String readDocument(Path file) throws IOException {
        return document(bytes(file));
    }

    /** {@link #readDocument} of bytes already read. */
    static String document(byte[] bytes) throws IOException {
        if (utf16(bytes)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        if (binary(bytes)) {
            throw new IOException(BINARY);
        }
        return decode(bytes);
    }

    /** True when {@code bytes} start with a UTF-16 byte-order mark. */
    static boolean utf16(byte[] bytes) {
        return bytes.length >= 2
                && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
    }

    /**
     * True when the first {@link #BINARY_SAMPLE} bytes are no text: a NUL byte, or more than one in 20 control
     * characters other than line breaks, tabs and form feeds (text has few; the same rule as the single-file
     * commands', summarize and analyze).
     */
    static boolean binary(byte[] bytes) {
        int sample = Math.min(bytes.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 20;
    }

    /**
     * True when {@code head} starts as gzip data does (the magic number 1f 8b). Gzip is told by the bytes, not by a
     * {@code .gz} name: a download tool may keep the name after unpacking, or save packed data under a page's name,
     * and a text file cannot start with 1f (a control character). The single-file commands tell it the same way.
     */
    static boolean gzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** {@link #gzip} of the file's first bytes. */
    static boolean gzipped(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return gzip(in.readNBytes(2));
        }
    }

    private static byte[] bytes(Path file) throws IOException {
        byte[] bytes = head(file, MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return bytes;
    }

    /**
     * Up to {@code limit} bytes from the start of {@code file}, unpacked when it is gzip data; gzip data that does
     * not unpack or ends inside them is an IOException in plain words, with the JDK's exception as its cause.
     */
    static byte[] head(Path file, int limit) throws IOException {
        boolean gzip = gzipped(file);
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            return in.readNBytes(limit);
        } catch (ZipException e) {
            // the JDK's own words ("Invalid block type") do not say it was the unpacking that failed
            throw new IOException(GZIP_BROKEN + " (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new IOException(gzip ? GZIP_CUT + " (the file ends inside it)" : "the file ends early", e);
        }
    }

    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, FALLBACK);
        }
    }

    /** The name without {@code .gz}, lower case. */
    static String innerName(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }
}
