package dev.precis.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Counts a UTF-8 stream's lines that are not {@link String#isBlank blank}, as {@link java.io.BufferedReader#readLine}
 * splits them, without decoding the lines: {@link AnalyzedLoader} counts its input once for the progress total
 * before it reads it, and decoding every line into a string for that was 4% of its writing thread's CPU
 * ({@code ingest --analyzed} of the BBC set). A line is decided by its first visible ASCII character; only a line
 * that has none (white space and non-ASCII bytes alone, rare) is decoded to see whether it is blank. Since blank
 * lines are not counted, a CR LF pair may count as two line ends.
 */
final class NonBlankLines {

    private NonBlankLines() {
    }

    static int count(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int count = 0;
        boolean visible = false;
        // the current line's non-ASCII bytes while no visible ASCII character was met (their characters decide)
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (b == '\n' || b == '\r') {
                    count += counts(visible, other) ? 1 : 0;
                    visible = false;
                    other.reset();
                } else if (!visible) {
                    if (b < 0) {
                        other.write(b);
                    } else {
                        visible = !Character.isWhitespace(b);
                    }
                }
            }
        }
        return count + (counts(visible, other) ? 1 : 0);
    }

    private static boolean counts(boolean visible, ByteArrayOutputStream other) {
        return visible || other.size() > 0 && !other.toString(StandardCharsets.UTF_8).isBlank();
    }
}
