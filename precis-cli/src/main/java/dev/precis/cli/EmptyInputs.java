package dev.precis.cli;

import dev.precis.ingest.InputTypes;
import dev.precis.model.Counts;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Inputs that hold nothing to read: a file of no bytes or only white space (after a byte-order mark), a folder with
 * no other file in it of a kind that is read, a file whose first bytes show it holds nothing ingest can read
 * ({@link InputTypes#unusable}: binary data under a text name, gzip data that does not unpack, a JSONL of no object).
 * Told apart before a command makes anything (a library, an output file), so that "nothing to do" is one line
 * naming the input rather than an empty result and exit 0. Stateless.
 */
final class EmptyInputs {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final String NOT_READ = "ingest does not read; it reads " + InputTypes.EXPECTED;

    private EmptyInputs() {
    }

    /**
     * Why {@code path} holds nothing ("an empty file", "an empty folder", "binary data, not text"), or null when it may hold something or
     * cannot be told (it is missing or unreadable: reading it later reports that in its own words).
     *
     * @param anyType every file is read (precis-batch output); else only the kinds of {@link InputTypes}, so a
     *        picture or a PDF, or a folder of only such files, holds nothing either
     */
    static String why(Path path, boolean anyType) {
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).toList();
                }
                List<Path> read = files.stream().filter(f -> anyType || InputTypes.readable(f)).toList();
                if (read.stream().anyMatch(f -> blank(f) != Boolean.TRUE)) {
                    return null;
                }
                int others = files.size() - read.size();
                return others == 0 ? "an empty folder" : "only " + Counts.of(others, "file", "files") + " of a kind " + NOT_READ;
            }
            if (!Files.isRegularFile(path)) {
                return null;
            }
            if (!anyType && !InputTypes.readable(path)) {
                return "a kind of file " + NOT_READ;
            }
            // a named file's first bytes only: a folder's files are many, and each unusable one fails on its own
            return blank(path) == Boolean.TRUE ? "an empty file" : anyType ? null : InputTypes.unusable(path);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return null;
        }
    }

    /** The one-line problem for an input that holds nothing. */
    static String problem(String input, String why) {
        return input + ": holds no articles (" + why + ")";
    }

    /**
     * Fails with {@link #problem} when the batch input file {@code input} holds nothing; called before the output
     * is opened, so no empty output file is left. "-" (standard input) is counted by {@link #requireLines} after
     * reading; a folder or a missing file is left to the reader's own message.
     */
    static void requireContent(Path input) {
        if (!StdStreams.isStd(input) && Files.isRegularFile(input) && blank(input) == Boolean.TRUE) {
            throw new UserInputException(problem(input.toString(), "an empty file"));
        }
    }

    /** Fails with {@link #problem} when a batch read to its end found no line with anything on it. */
    static void requireLines(Path input, int lines) {
        if (lines == 0) {
            throw new UserInputException(problem(StdStreams.isStd(input) ? "standard input" : input.toString(), "no lines"));
        }
    }

    /**
     * True when the file has no byte but white space; null when it cannot be read. Reads up to the first other
     * byte only (a compressed file's header is one), so a large file costs one buffer.
     */
    private static Boolean blank(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // a UTF-8 byte-order mark at the start is no content (Windows editors write one even into an empty file)
            in.mark(UTF8_BOM.length);
            if (!Arrays.equals(in.readNBytes(UTF8_BOM.length), UTF8_BOM)) {
                in.reset();
            }
            int b;
            while ((b = in.read()) != -1) {
                if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                    return false;
                }
            }
            return true;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
