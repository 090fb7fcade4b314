package dev.precis.cli;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a user's input file or standard input as text, refusing what is not text with one line that
 * names the input: missing, a directory, empty, too large, binary. Text that is not valid UTF-8 is
 * read as Windows-1252 (the usual encoding of such news files) rather than refused; gzip data is unpacked first.
 *
 * @param name what to call the input in messages ("-" is standard input)
 * @param bytes the raw bytes
 */
record TextInput(String name, byte[] bytes) {

    /** Inputs above this size are refused: summaries of larger texts are not meaningful. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Bytes looked at to tell text from binary data. */
    static final int SAMPLE = 8192;

    static TextInput read(String name) {
        if (name.equals("-")) {
            return fromStdin();
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new UserInputException(name + ": is a directory, not a file");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UserInputException(name + ": too large (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            return new TextInput(name, unpacked(name, Files.readAllBytes(path))).checked();
        } catch (NoSuchFileException e) {
            throw new UserInputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UserInputException(name + ": permission denied");
        } catch (IOException e) {
            throw new UserInputException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static TextInput fromStdin() {
        try {
            InputStream in = System.in;
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UserInputException("standard input: too large (the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            return new TextInput("standard input", unpacked("standard input", bytes)).checked();
        } catch (IOException e) {
            throw new UserInputException("standard input: cannot read (" + e.getMessage() + ")");
        }
    }

    private TextInput checked() {
        if (bytes.length == 0) {
            throw new UserInputException(name + ": is empty");
        }
        if (binary(bytes)) {
            throw new UserInputException(name + ": is binary data, not text");
        }
        return this;
    }

    /** True when {@code bytes} start as gzip data do (the magic number 1f 8b). */
    static boolean gzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * True when the first {@link #SAMPLE} bytes are no text: a NUL byte, or more than one in 20 control characters
     * other than line breaks, tabs and form feeds.
     */
    static boolean binary(byte[] bytes) {
        int control = 0;
        int sample = Math.min(bytes.length, SAMPLE);
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

    /** The one-line problem for an input that could not be read, in words for gzip data that does not unpack. */
    static UserInputException unreadable(String name, IOException e) {
        if (e instanceof EOFException) {
            return new UserInputException(name + ": gzip data cut short (the file ends inside it)", e);
        }
        if (e instanceof ZipException) {
            return new UserInputException(name + ": gzip data that does not unpack (" + e.getMessage() + ")", e);
        }
        return new UserInputException(name + ": cannot read (" + e.getMessage() + ")", e);
    }

    /** Gzip data unpacked (up to the size limit), as {@code ingest} reads a {@code .gz}; other bytes as they are. */
    private static byte[] unpacked(String name, byte[] bytes) {
        if (!gzip(bytes)) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] text = in.readNBytes((int) MAX_BYTES + 1);
            if (text.length > MAX_BYTES) {
                throw new UserInputException(name + ": too large unpacked (the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            return text;
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The bytes as text: UTF-8 (BOM dropped), else Windows-1252. */
    String text() {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** True when the input looks like an HTML page rather than plain text. */
    boolean looksLikeHtml() {
        String lower = name.toLowerCase();
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase();
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The input's id: the file name without its extension. */
    String id() {
        String base = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
