package dev.precis.lab.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Reads a process's memory from Linux's {@code /proc/PID/status}: the resident set ({@code VmRSS}) and its
 * high-water mark ({@code VmHWM}), in kilobytes. Stateless and thread-safe.
 */
public final class ProcMemory {

    private ProcMemory() {
    }

    /**
     * One reading of process {@code pid}.
     *
     * @param rssKb current resident set, kB
     * @param hwmKb peak resident set since the process started, kB (0 when the kernel does not report it)
     */
    public record Reading(long rssKb, long hwmKb) {
    }

    /**
     * Reads {@code /proc/PID/status}.
     *
     * @throws IOException when the process does not exist (any more) or the file cannot be read
     */
    public static Reading read(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        String text;
        try {
            text = Files.readString(status);
        } catch (IOException e) {
            throw new IOException("cannot read " + status + " (no such process?)", e);
        }
        OptionalLong rss = kilobytes(text, "VmRSS");
        if (rss.isEmpty()) {
            throw new IOException(status + " has no VmRSS line (not a Linux process status?)");
        }
        return new Reading(rss.getAsLong(), kilobytes(text, "VmHWM").orElse(0));
    }

    /** The value of line {@code key:  1234 kB} in a status text, if present. */
    public static OptionalLong kilobytes(String statusText, String key) {
        for (String line : statusText.split("\n")) {
            if (line.startsWith(key + ":")) {
                String v = line.substring(key.length() + 1).strip();
                int space = v.indexOf(' ');
                try {
                    return OptionalLong.of(Long.parseLong(space < 0 ? v : v.substring(0, space)));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }
}
