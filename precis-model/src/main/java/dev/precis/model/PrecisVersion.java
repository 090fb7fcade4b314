package dev.precis.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version the build stamped into {@code precis-version.properties} (Maven resource filtering):
 * the one source for {@code --version}, the User-Agent of every fetch and the API description.
 * Immutable once loaded, so thread-safe.
 */
public final class PrecisVersion {

    private static final String VERSION = load();

    private PrecisVersion() {
    }

    /** e.g. {@code 0.1.0-SNAPSHOT}; "dev" when running from unfiltered sources. */
    public static String current() {
        return VERSION;
    }

    /** A User-Agent naming Precis, its version and the client's purpose: {@code Precis/0.1.0 (feed reader; +…)}. */
    public static String userAgent(String purpose) {
        return "Precis/" + VERSION + " (" + purpose + "; +https://github.com/precis-news)";
    }

    private static String load() {
        try (InputStream in = PrecisVersion.class.getResourceAsStream("precis-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
