package dev.precis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version the build stamped into {@code build.properties} (Maven resource filtering), for
 * {@code --version} on every command. Thread-safe (immutable once loaded).
 */
final class BuildVersion implements CommandLine.IVersionProvider {

    private static final String VERSION = load();

    /** e.g. {@code 0.1.0-SNAPSHOT}; "unknown" when the build did not stamp it (running from unfiltered sources). */
    static String version() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"precis " + VERSION};
    }

    private static String load() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isBlank() || v.startsWith("${") ? "unknown" : v.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's version", e);
        }
    }
}
