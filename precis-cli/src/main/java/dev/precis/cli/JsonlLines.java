package dev.precis.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The lines of a JSONL input ({@code -} for standard input), each decoded as UTF-8 on its own, so that
 * one line with bytes that are not UTF-8 is reported as that line's problem instead of ending the whole
 * batch (a whole-file decoder fails on the first bad byte, before the lines ahead of it are handled).
 * A byte-order mark at the start is skipped; {@code \r\n} endings are read as {@code \n}; gzip data is unpacked.
 * Not thread-safe.
 */
final class JsonlLines implements Closeable {

    /**
     * One input line.
     *
     * @param number its line number, from 1
     * @param text the line, or null when its bytes are not UTF-8
     */
    record Line(int number, String text) {
    }

    private final InputStream in;
    private final boolean closeIn;
    private final String name;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int filled;
    private int number;

    private JsonlLines(InputStream in, boolean closeIn, String name) {
        this.in = in;
        this.closeIn = closeIn;
        this.name = name;
    }

    /**
     * Opens {@code input}; a missing file, a folder or binary data is a {@link UserInputException} naming it.
     * Gzip data is unpacked (told by its first bytes, whatever the name), as {@code ingest} reads a {@code .jsonl.gz}.
     */
    static JsonlLines open(Path input) throws IOException {
        String name = StdStreams.isStd(input) ? "standard input" : input.toString();
        InputStream raw;
        if (StdStreams.isStd(input)) {
            raw = System.in;
        } else {
            StdStreams.refuseDirectory(input, "input");
            try {
                raw = Files.newInputStream(input);
            } catch (NoSuchFileException e) {
                throw new UserInputException(input + ": no such file");
            }
        }
        boolean opened = false;
        try {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            if (TextInput.gzip(head(in))) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            if (TextInput.binary(head(in))) {
                // one line for the file, not one "not UTF-8 text" record a line of noise
                throw new UserInputException(name + ": is binary data, not JSONL text (NUL bytes or control characters)");
            }
            opened = true;
            return new JsonlLines(in, !StdStreams.isStd(input), name);
        } catch (IOException e) {
            throw TextInput.unreadable(name, e);
        } finally {
            if (!opened && !StdStreams.isStd(input)) {
                raw.close();
            }
        }
    }

    /** The first bytes of {@code in}, which stays at its start. */
    private static byte[] head(InputStream in) throws IOException {
        in.mark(TextInput.SAMPLE);
        byte[] head = in.readNBytes(TextInput.SAMPLE);
        in.reset();
        return head;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        buffer.reset();
        boolean any = false;
        while (true) {
            if (pos == filled) {
                filled = read();
                pos = 0;
                if (filled <= 0) {
                    filled = 0;
                    break;
                }
            }
            any = true;
            int nl = pos;
            while (nl < filled && chunk[nl] != '\n') {
                nl++;
            }
            buffer.write(chunk, pos, nl - pos);
            if (nl < filled) {
                pos = nl + 1;
                break;
            }
            pos = filled;
        }
        if (!any) {
            return null;
        }
        number++;
        byte[] bytes = buffer.toByteArray();
        int start = number == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return new Line(number, utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString());
        } catch (CharacterCodingException e) {
            return new Line(number, null);
        }
    }

    /** The next chunk's length; gzip data that breaks off is named, as a user input problem. */
    private int read() throws IOException {
        try {
            return in.read(chunk);
        } catch (ZipException | EOFException e) {
            throw TextInput.unreadable(name, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closeIn) {
            in.close();
        }
    }
}
