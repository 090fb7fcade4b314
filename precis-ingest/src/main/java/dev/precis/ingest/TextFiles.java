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
 * Reads a file as text: gzip is unpacked, UTF-8 is tried strictly and windows-1252 (a superset of
 * Latin-1) is the fallback, since saved news files are one or the other. Size is capped. Thread-safe.
 */
final class TextFiles {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    /** Bytes looked at to tell text from binary data. */
    private static final int BINARY_SAMPLE = 8192;
    static final String BINARY = "binary data, not text (NUL bytes or control characters)";

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
        boolean utf16 = bytes.length >= 2
                && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
        if (utf16) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int sample = Math.min(bytes.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new IOException(BINARY);
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        // text has few control characters; the same rule as the single-file commands' (summarize, analyze)
        if (control > sample / 20) {
            throw new IOException(BINARY);
        }
        return decode(bytes);
    }

    private static byte[] bytes(Path file) throws IOException {
        byte[] bytes;
        boolean gzip = file.getFileName().toString().endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (ZipException e) {
            // the JDK's own words ("Not in GZIP format") do not say which promise the file broke
            throw new IOException("named .gz but not gzip data (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new IOException(gzip ? "gzip data cut short (the file ends inside it)" : "the file ends early", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return bytes;
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
