package dev.precis.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a library lives: a data directory (always needed: it holds the search index, and the embedded
 * database unless {@code jdbcUrl} is set) and optionally a PostgreSQL JDBC URL. Immutable.
 *
 * <pre>{@code
 * LibraryConfig embedded = LibraryConfig.embedded(Path.of(System.getProperty("user.home"), ".precis"));
 * LibraryConfig shared = new LibraryConfig(dir, "jdbc:postgresql://127.0.0.1/precis?user=precis");
 * }</pre>
 *
 * @param dataDir directory for the index and the embedded database
 * @param jdbcUrl a {@code jdbc:postgresql:} or {@code jdbc:h2:} URL, or null for the embedded database
 * @param password the database password, or null (none, or given in the URL); kept out of {@link #toString()}
 */
public record LibraryConfig(Path dataDir, String jdbcUrl, String password) {

    public LibraryConfig(Path dataDir, String jdbcUrl) {
        this(dataDir, jdbcUrl, null);
    }

    public LibraryConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("--db must be a jdbc:postgresql:// URL, got " + jdbcUrl);
        }
    }

    @Override
    public String toString() {
        return "LibraryConfig[dataDir=" + dataDir + ", jdbcUrl=" + (jdbcUrl == null ? null : Database.redact(jdbcUrl))
                + ", password=" + (password == null ? null : "***") + "]";
    }

    /** The embedded H2 database inside {@code dataDir}. */
    public static LibraryConfig embedded(Path dataDir) {
        return new LibraryConfig(dataDir, null);
    }

    /**
     * The JDBC URL actually used. FILE_LOCK=FS: the OS lock dies with the process (kill -9 safe).
     * WRITE_DELAY=0: H2 writes a commit to the file before the commit returns; with its default delay
     * (500 ms) a transaction committed just before a {@code kill -9} is lost. The library commits
     * articles in groups, so this costs one write per group.
     */
    String effectiveJdbcUrl() {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("library").toString().replace('\\', '/')
                + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;WRITE_DELAY=0";
    }

    /** The directory of the derived search index (one per database). */
    Path indexDir() {
        return dataDir.resolve(jdbcUrl == null ? "index" : "index-" + Integer.toHexString(jdbcUrl.hashCode()));
    }
}
