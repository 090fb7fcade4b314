package dev.precis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Log settings the commands prefer, applied only where the user has not chosen: a system property
 * already set ({@code -Dorg.slf4j.simpleLogger...}) or a key in a {@code simplelogger.properties} on the
 * class path is left alone. Must run before SLF4J's simple logger initialises. Thread-safe.
 */
final class LogDefaults {

    private static final Properties FILE = load();

    private LogDefaults() {
    }

    static synchronized void set(String key, String value) {
        if (System.getProperty(key) == null && !FILE.containsKey(key)) {
            System.setProperty(key, value);
        }
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("simplelogger.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException | RuntimeException e) {
            // no readable file: nothing chosen there
        }
        return p;
    }
}
