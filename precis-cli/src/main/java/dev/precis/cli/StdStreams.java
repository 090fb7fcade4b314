package dev.precis.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files named on the command line, where {@code -} means standard input or standard output. */
final class StdStreams {

    private StdStreams() {
    }

    static boolean isStd(Path p) {
        return p != null && p.toString().equals("-");
    }

    /** A UTF-8 writer to {@code output}; standard output for {@code -} (flushed, not closed). */
    static BufferedWriter writer(Path output) throws IOException {
        if (isStd(output)) {
            OutputStream keepOpen = new FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            return new BufferedWriter(new OutputStreamWriter(keepOpen, StandardCharsets.UTF_8));
        }
        refuseUnwritable(output);
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    /**
     * As {@link #writer}, but a file is made only when the first characters reach it, so a batch that ends before
     * writing anything (standard input with no line) leaves no empty file behind, nor empties one that was there.
     * A folder is refused at once.
     */
    static BufferedWriter writerOnFirstWrite(Path output) throws IOException {
        if (isStd(output)) {
            return writer(output);
        }
        refuseUnwritable(output);
        return new BufferedWriter(new FirstWriteOpens(output));
    }

    /** Opens its file when written to first; flushing or closing it unopened does nothing. */
    private static final class FirstWriteOpens extends Writer {
        private final Path file;
        private Writer out;

        FirstWriteOpens(Path file) {
            this.file = file;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (out == null) {
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            }
            out.write(chars, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }

    /**
     * An output that cannot be a new file, said before anything is read or written: a folder, or a path into a
     * folder that is not there (the file system's own word for that is the bare path).
     */
    private static void refuseUnwritable(Path output) {
        refuseDirectory(output, "output");
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Path named = output.getParent() == null ? parent : output.getParent();
            throw new UserInputException(output + ": " + (Files.exists(parent) ? named + " is a file, not a folder"
                    : "no such folder " + named + " to write into"));
        }
    }

    /**
     * A folder given where one file is read or written: said up front, naming the path, instead of the
     * bare "Is a directory" the first read would give.
     */
    static void refuseDirectory(Path p, String role) {
        if (Files.isDirectory(p)) {
            throw new UserInputException(p + ": is a folder; the " + role + " is one JSONL file (one JSON object a line)");
        }
    }
}
