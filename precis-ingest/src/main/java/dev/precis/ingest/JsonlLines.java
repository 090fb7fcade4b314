package dev.precis.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the non-blank lines of a JSONL file are, so a file of any size can be ingested: one pass records
 * each line's byte offset and length, and each line is read back only when its item is processed. Memory
 * is two numbers a line, not the file. A line longer than {@link TextFiles#MAX_BYTES} is reported as too
 * large without being read. Immutable after {@link #scan}; {@link #read} is thread-safe.
 */
final class JsonlLines {

    /** One non-blank line: 1-based line number, byte offset and length (without the line break). */
    record Line(int number, long offset, int length, boolean tooLong) {
    }

    private final Path file;
    private final List<Line> lines;

    private JsonlLines(Path file, List<Line> lines) {
        this.file = file;
        this.lines = lines;
    }

    static JsonlLines scan(Path file) throws IOException {
        List<Line> out = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long pos = 0;
            long start = 0;
            int number = 1;
            boolean blank = true;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    add(out, number, start, pos, blank);
                    number++;
                    start = pos + 1;
                    blank = true;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    blank = false;
                }
                pos++;
            }
            add(out, number, start, pos, blank);
        }
        return new JsonlLines(file, List.copyOf(out));
    }

    private static void add(List<Line> out, int number, long start, long end, boolean blank) {
        if (!blank) {
            long length = end - start;
            boolean tooLong = length > TextFiles.MAX_BYTES;
            out.add(new Line(number, start, tooLong ? 0 : (int) length, tooLong));
        }
    }

    List<Line> lines() {
        return lines;
    }

    /** The line's text (UTF-8, or windows-1252 when it is not valid UTF-8), or an error when too long. */
    String read(Line line) throws IOException {
        if (line.tooLong()) {
            throw new IOException("line larger than " + TextFiles.MAX_BYTES / (1024 * 1024) + " MB");
        }
        ByteBuffer buf = ByteBuffer.allocate(line.length());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long pos = line.offset();
            while (buf.hasRemaining()) {
                int n = ch.read(buf, pos);
                if (n < 0) {
                    throw new IOException("the file changed while it was being ingested");
                }
                pos += n;
            }
        }
        return TextFiles.decode(buf.array());
    }
}
