package dev.precis.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A new embedded H2 library made without Flyway: what Flyway's {@code migrate} does to an empty H2 schema (its
 * schema history table, the baseline script {@value #BASELINE}, the history's row for it) done directly on the
 * library's own connection. Flyway costs a new library about 0.35 CPU-s in a fresh JVM (its configuration, class-path
 * scan, validation and its own classes; a quarter to a third of a one-line {@code ingest --analyzed} load), and
 * the library's connection no longer closes and reopens the database it has just created. The result is the
 * library Flyway makes, row for row in the history (times aside) and statement for statement in the schema
 * ({@code NewLibraryTest} compares H2's {@code SCRIPT NODATA} of both), so every later open migrates and validates
 * it with Flyway as before.
 *
 * <p>Taken only when it is the same: the library's file does not exist yet, the database it opens has no tables,
 * and the migration scripts on the class path are exactly the ones the baseline stands for ({@link #COVERED}).
 * A new migration ({@code V1_14} and up) makes the last check fail, and new libraries are made by Flyway again
 * until it is added here ({@code NewLibraryTest} fails meanwhile); Java migrations are named in
 * {@link Database#flyway} and must be older than the baseline ({@code NewLibraryTest} checks).
 */
final class NewLibrary {

    /** The baseline script Flyway runs on an empty H2 schema. */
    static final String BASELINE = "db/h2/B1_12__library.sql";
    static final String BASELINE_VERSION = "1.12";
    /** Every migration script of the H2 locations ({@link Database#locations}); Flyway runs only the baseline on an empty schema. */
    static final Set<String> COVERED = Set.of(BASELINE,
            "db/h2/V1_1__identity_cache.sql", "db/h2/V1_2__article_body_lob.sql", "db/h2/V1_7__identity_cache_larger.sql",
            "db/h2/V1_8__article_ranges.sql", "db/migration/V1__library.sql", "db/migration/V1_3__feeds.sql",
            "db/migration/V1_4__story_redirects.sql", "db/migration/V1_6__article_meaning.sql",
            "db/migration/V1_10__article_text_note.sql", "db/migration/V1_12__feed_item_attempts.sql");
    /** Flyway's schema history table for H2 (Flyway 13's {@code H2Database.getRawCreateScript}, table name filled in). */
    static final String HISTORY_TABLE = "CREATE TABLE IF NOT EXISTS \"PUBLIC\".\"flyway_schema_history\" (\n"
            + "    \"installed_rank\" INT NOT NULL,\n"
            + "    \"version\" VARCHAR(50),\n"
            + "    \"description\" VARCHAR(200) NOT NULL,\n"
            + "    \"type\" VARCHAR(20) NOT NULL,\n"
            + "    \"script\" VARCHAR(1000) NOT NULL,\n"
            + "    \"checksum\" INT,\n"
            + "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
            + "    \"installed_on\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
            + "    \"execution_time\" INT NOT NULL,\n"
            + "    \"success\" BOOLEAN NOT NULL,\n"
            + "    CONSTRAINT \"flyway_schema_history_pk\" PRIMARY KEY (\"installed_rank\")\n"
            + ") AS SELECT -1, NULL, '<< Flyway Schema History table created >>', 'TABLE', '', NULL, ?, CURRENT_TIMESTAMP, 0, TRUE";
    static final String HISTORY_INDEX =
            "CREATE INDEX \"PUBLIC\".\"flyway_schema_history_s_idx\" ON \"PUBLIC\".\"flyway_schema_history\" (\"success\")";
    static final String HISTORY_ROW = "INSERT INTO \"PUBLIC\".\"flyway_schema_history\" (\"installed_rank\", \"version\","
            + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
            + " VALUES (1, ?, ?, 'SQL_BASELINE', ?, ?, ?, ?, TRUE)";

    private NewLibrary() {
    }

    /**
     * The open connection to a library made here at {@code url} (whose file is {@code file}), or null when Flyway
     * must make or migrate it (see the class comment). A failure part-way deletes the file it began.
     */
    static Connection create(Path file, String url, Properties props) throws SQLException, IOException {
        if (Files.exists(file) || !covered()) {
            return null;
        }
        String script = text(BASELINE);
        Connection c = DriverManager.getConnection(url, props);
        boolean made = false;
        try {
            if (!empty(c)) {
                c.close(); // made by another process meanwhile: Flyway checks and migrates it
                return null;
            }
            long start = System.nanoTime();
            String user;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CURRENT_USER")) {
                rs.next();
                user = rs.getString(1);
            }
            try (PreparedStatement p = c.prepareStatement(HISTORY_TABLE)) {
                p.setString(1, user);
                p.execute();
            }
            try (Statement s = c.createStatement()) {
                s.execute(HISTORY_INDEX);
                s.execute("RUNSCRIPT FROM 'classpath:/" + BASELINE + "' CHARSET 'UTF-8'");
            }
            String name = BASELINE.substring(BASELINE.lastIndexOf('/') + 1);
            try (PreparedStatement p = c.prepareStatement(HISTORY_ROW)) {
                p.setString(1, BASELINE_VERSION);
                p.setString(2, name.substring(name.indexOf("__") + 2, name.length() - ".sql".length()).replace('_', ' '));
                p.setString(3, name);
                p.setInt(4, checksum(script));
                p.setString(5, user);
                p.setInt(6, (int) ((System.nanoTime() - start) / 1_000_000));
                p.executeUpdate();
            }
            made = true;
            return c;
        } finally {
            if (!made && !c.isClosed()) {
                try {
                    c.close();
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** True when the database has no tables of its own (the first connection to a new file). */
    private static boolean empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    /** Flyway's checksum of a SQL script: CRC32 of its lines' UTF-8 bytes, without line ends or a leading BOM. */
    static int checksum(String script) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader r = new BufferedReader(new StringReader(script))) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = NewLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** True when the migration scripts of the H2 locations are exactly {@link #COVERED}. */
    static boolean covered() throws IOException {
        return scripts().equals(new TreeSet<>(COVERED));
    }

    /**
     * The SQL scripts in the H2 locations' folders ({@code db/migration}, {@code db/h2}) of the class-path entry that
     * holds the baseline (the shaded jar, or a module's class folder); another entry holding these folders (which
     * Flyway would also scan) makes the set differ, so Flyway makes the library.
     */
    static Set<String> scripts() throws IOException {
        Set<String> out = new TreeSet<>();
        ClassLoader loader = NewLibrary.class.getClassLoader();
        for (String folder : new String[] {"db/migration/", "db/h2/"}) {
            Enumeration<URL> roots = loader.getResources(folder.substring(0, folder.length() - 1));
            int n = 0;
            while (roots.hasMoreElements()) {
                roots.nextElement();
                n++;
            }
            if (n > 1) {
                out.add("(more than one " + folder + ")");
            }
        }
        URL anchor = loader.getResource(BASELINE);
        if (anchor == null) {
            return out;
        }
        if ("jar".equals(anchor.getProtocol())) {
            URLConnection conn = anchor.openConnection();
            if (!(conn instanceof JarURLConnection jc)) {
                out.add("(not a jar)");
                return out;
            }
            jc.setUseCaches(false); // a JarFile of its own, closed below (the cached one would stay open)
            try (JarFile jar = jc.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if ((name.startsWith("db/migration/") || name.startsWith("db/h2/")) && !name.endsWith("/")) {
                        out.add(name);
                    }
                }
            }
        } else if ("file".equals(anchor.getProtocol())) {
            Path root;
            try {
                root = Path.of(anchor.toURI()).getParent().getParent().getParent();
            } catch (URISyntaxException | IllegalArgumentException e) {
                out.add("(unreadable " + anchor + ")");
                return out;
            }
            for (String folder : new String[] {"db/migration", "db/h2"}) {
                Path dir = root.resolve(folder);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(Files::isRegularFile)
                                .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
                    }
                }
            }
        } else {
            out.add("(unknown " + anchor.getProtocol() + ")");
        }
        return out;
    }
}
