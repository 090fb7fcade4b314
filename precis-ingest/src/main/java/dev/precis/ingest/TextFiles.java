package dev.precis.ingest;

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

/**
 * Reads a file as text: gzip is unpacked, UTF-8 is tried strictly and windows-1252 (a superset of
 * Latin-1) is the fallback, since saved news files are one or the other. Size is capped. Thread-safe.
 */
final class TextFiles {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private TextFiles() {
    }

    static String read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return decode(bytes);
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
