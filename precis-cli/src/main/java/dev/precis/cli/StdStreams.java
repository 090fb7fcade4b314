package dev.precis.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
        refuseDirectory(output, "output");
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
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
